--TEST--
Crypto\Hash::sign(): the upper-case md5() or HMAC-SHA256 of "data&key=KEY" for ALGO_MD5 and ALGO_HMAC_SHA256, wechatpay-php's type names
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Hash;

$data = 'appid=wx1&mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8));
$key = 'APIv2-' . bin2hex(random_bytes(8));
var_dump(Hash::sign(Hash::ALGO_HMAC_SHA256, $data, $key) === strtoupper(hash_hmac('sha256', "$data&key=$key", $key)));
var_dump(Hash::sign(Hash::ALGO_MD5, $data, $key) === strtoupper(md5("$data&key=$key")));
var_dump(Hash::sign('SHA256', $data, $key), Hash::sign('hmac-sha256', $data, $key));
var_dump(Hash::ALGO_MD5, Hash::ALGO_HMAC_SHA256);
?>
--EXPECT--
bool(true)
bool(true)
NULL
NULL
string(3) "MD5"
string(11) "HMAC-SHA256"
