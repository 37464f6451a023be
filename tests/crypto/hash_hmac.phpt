--TEST--
Crypto\Hash::hmac(): hash_hmac() of "data&key=KEY" with KEY, SHA-256 or the algorithm named; false for one it cannot use
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Hash;

$data = 'appid=wx1&mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8));
$key = 'APIv2-' . bin2hex(random_bytes(8));
var_dump(Hash::hmac($data, $key) === hash_hmac('sha256', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'sha512') === hash_hmac('sha512', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'SHA1') === hash_hmac('sha1', "$data&key=$key", $key));
var_dump(Hash::hmac($data, '') === hash_hmac('sha256', "$data&key=", ''));
var_dump(Hash::hmac($data, $key, 'crc32b'), Hash::hmac($data, $key, 'nope'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
