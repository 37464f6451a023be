--TEST--
Crypto\Hash::md5(): md5() of the data alone, of "data&key=KEY", or of "data&secret=KEY" for an agency
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
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
