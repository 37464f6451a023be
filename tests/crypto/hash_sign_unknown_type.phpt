--TEST--
Crypto\Hash::sign(): null for a type other than exactly "MD5" or "HMAC-SHA256" (sha256, lower case, NUL-suffixed...), as wechatpay-php's ?string
--EXTENSIONS--
wxpayscore
--FILE--
<?php
declare(strict_types=1);

use WxPayScore\Crypto\Hash;

set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
$data = 'mch_id=1900000001&nonce_str=' . bin2hex(random_bytes(8)) . '&service_id=500001';
$key = 'APIv2-' . bin2hex(random_bytes(16));

// wechatpay-php's HashTest: 'sha256' is not a sign type, and the answer is null.
var_dump(Hash::sign('sha256', $data, $key));
$others = ['SHA256', 'md5', 'Md5', 'hmac-sha256', 'HMAC-SHA512', 'HMAC_SHA256', 'HMACSHA256', 'HMAC-SHA256 ', ' MD5', '', "MD5\0", "HMAC-SHA256\0x", "\0", 'SM3'];
foreach ($others as $type) {
    $sign = Hash::sign($type, $data, $key);
    printf("%s: %s\n", json_encode($type), var_export($sign, true));
}

// The two types it takes, exactly as the constants spell them, against md5() and hash_hmac().
var_dump(Hash::sign(Hash::ALGO_MD5, $data, $key) === strtoupper(md5("$data&key=$key")));
var_dump(Hash::sign('HMAC-SHA256', $data, $key) === strtoupper(hash_hmac('sha256', "$data&key=$key", $key)));
var_dump(Hash::sign(Hash::ALGO_MD5, '', '') === strtoupper(md5('')));
foreach ([Hash::ALGO_MD5 => 32, Hash::ALGO_HMAC_SHA256 => 64] as $type => $length) {
    $sign = Hash::sign($type, $data, $key);
    var_dump(strlen($sign) === $length && preg_match('/^[0-9A-F]+$/', $sign) === 1);
}

// The declared return type is the SDK's.
$type = (new ReflectionMethod(Hash::class, 'sign'))->getReturnType();
var_dump((string) $type, $type->allowsNull());
?>
--EXPECT--
NULL
"SHA256": NULL
"md5": NULL
"Md5": NULL
"hmac-sha256": NULL
"HMAC-SHA512": NULL
"HMAC_SHA256": NULL
"HMACSHA256": NULL
"HMAC-SHA256 ": NULL
" MD5": NULL
"": NULL
"MD5\u0000": NULL
"HMAC-SHA256\u0000x": NULL
"\u0000": NULL
"SM3": NULL
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "?string"
bool(true)
