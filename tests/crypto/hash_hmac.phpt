--TEST--
Crypto\Hash::hmac(): hash_hmac() of "data&key=KEY" with KEY, SHA-256 or the algorithm named; an algorithm HMAC cannot use or an empty key is an InvalidArgumentException
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Hash;
use WxPayScore\Exception\InvalidArgumentException;

set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
$data = 'appid=wx1&mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8));
$key = 'APIv2-' . bin2hex(random_bytes(8));
var_dump(Hash::hmac($data, $key) === hash_hmac('sha256', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'sha512') === hash_hmac('sha512', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'SHA1') === hash_hmac('sha1', "$data&key=$key", $key));
var_dump(Hash::hmac($data, $key, 'md5') === hash_hmac('md5', "$data&key=$key", $key));
// An empty key is refused, as hash_init() refuses an HMAC without one in the SDK.
try {
    Hash::hmac($data, '');
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
// The SDK's hash_init() refuses these too (a ValueError there); the name is quoted only when it is one.
foreach (['crc32b', 'nope', '', "sha256\0x", str_repeat('a', 33), "sha\n256"] as $algorithm) {
    try {
        Hash::hmac($data, $key, $algorithm);
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump((new ReflectionMethod(Hash::class, 'hmac'))->getReturnType()->getName());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
Hash::hmac(): the key is empty
Hash::hmac(): HMAC cannot use the algorithm "crc32b"
Hash::hmac(): HMAC cannot use the algorithm "nope"
Hash::hmac(): the algorithm is not a hash name
Hash::hmac(): the algorithm is not a hash name
Hash::hmac(): the algorithm is not a hash name
Hash::hmac(): the algorithm is not a hash name
string(6) "string"
