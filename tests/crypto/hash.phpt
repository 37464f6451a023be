--TEST--
Crypto\Hash: md5, hmac, sign and equals agree with md5() and hash_hmac() over the APIv2 "data&key=KEY" rule
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
var_dump(Hash::hmac($data, $key) === hash_hmac('sha256', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'sha512') === hash_hmac('sha512', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'SHA1') === hash_hmac('sha1', "$data&key=$key", $key));
var_dump(Hash::hmac($data, '') === hash_hmac('sha256', "$data&key=", ''));
var_dump(Hash::hmac($data, $key, 'crc32b'), Hash::hmac($data, $key, 'nope'));
var_dump(Hash::sign(Hash::ALGO_HMAC_SHA256, $data, $key) === strtoupper(hash_hmac('sha256', "$data&key=$key", $key)));
var_dump(Hash::sign(Hash::ALGO_MD5, $data, $key) === strtoupper(md5("$data&key=$key")));
var_dump(Hash::sign('SHA256', $data, $key), Hash::sign('hmac-sha256', $data, $key));
var_dump(Hash::ALGO_MD5, Hash::ALGO_HMAC_SHA256);
// Tampering: one byte of the data or of the key.
$sign = Hash::sign('HMAC-SHA256', $data, $key);
var_dump(Hash::equals($sign, Hash::sign('HMAC-SHA256', $data . 'x', $key)), Hash::equals($sign, Hash::sign('HMAC-SHA256', $data, $key . 'x')));
var_dump(Hash::equals($sign, $sign), Hash::equals('', ''), Hash::equals("a\0b", "a\0c"), Hash::equals('abc', 'ab'));
var_dump(Hash::equals(null, 'x'), Hash::equals('x', null), Hash::equals(), Hash::equals('x'));
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
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
NULL
NULL
string(3) "MD5"
string(11) "HMAC-SHA256"
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
