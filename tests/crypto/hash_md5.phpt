--TEST--
Crypto\Hash::md5(): md5() of the data alone, of "data&key=KEY", or of "data&secret=KEY" for an agency; a falsy key ("", "0") is none, as in the SDK
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Hash;

$data = 'appid=wx1&mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8));
$key = 'APIv2-' . bin2hex(random_bytes(8));
var_dump(Hash::md5($data) === md5($data));
var_dump(Hash::md5($data, $key) === md5("$data&key=$key"));
var_dump(Hash::md5($data, $key, true) === md5("$data&secret=$key"));
var_dump(Hash::md5($data, $key, '1000002') === md5("$data&secret=$key"));
var_dump(Hash::md5($data, '', true) === md5($data));
// The SDK appends the key only when PHP finds it truthy: "0" is no key, "00" is one.
var_dump(Hash::md5($data, '0') === md5($data), Hash::md5($data, '00') === md5("$data&key=00"));
// Hash::sign() follows the same rules: MD5 with "0" is the bare digest, HMAC-SHA256 refuses an empty key.
var_dump(Hash::sign(Hash::ALGO_MD5, $data, '0') === strtoupper(md5($data)));
try {
    Hash::sign(Hash::ALGO_HMAC_SHA256, $data, '');
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Hash::sign(): the HMAC-SHA256 key is empty
