--TEST--
Crypto\Hash::equals(): true only for two equal strings, so a sign of tampered data or made with another key does not pass
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Hash;

$data = 'appid=wx1&mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8));
$key = 'APIv2-' . bin2hex(random_bytes(8));
// Tampering: one byte of the data or of the key.
$sign = Hash::sign('HMAC-SHA256', $data, $key);
var_dump(Hash::equals($sign, Hash::sign('HMAC-SHA256', $data . 'x', $key)), Hash::equals($sign, Hash::sign('HMAC-SHA256', $data, $key . 'x')));
var_dump(Hash::equals($sign, $sign), Hash::equals('', ''), Hash::equals("a\0b", "a\0c"), Hash::equals('abc', 'ab'));
// wechatpay-php's signature: equals(string $known_string, ?string $user_string = null); no user string is false.
var_dump(Hash::equals('x', null), Hash::equals('x'), Hash::equals(user_string: $sign, known_string: $sign));
try {
    Hash::equals();
} catch (ArgumentCountError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
ArgumentCountError
