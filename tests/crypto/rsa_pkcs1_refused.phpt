--TEST--
Crypto\Rsa: encrypt() and decrypt() refuse OPENSSL_PKCS1_PADDING (a padding oracle) and every padding but OAEP, before touching the key, as wechatpay-php >= 1.4.10
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$priv = openssl_pkey_get_private('file://' . $keys['platform_key']);
$pub = openssl_pkey_get_public('file://' . $keys['platform_pub']);
$plain = '张三 110101199003071234';

function attempt(string $what, callable $call): void
{
    try {
        $result = $call();
        echo "$what: accepted, ", is_string($result) ? strlen($result) . ' bytes' : gettype($result), "\n";
    } catch (\UnexpectedValueException $e) {
        // The SDK's class, as ours extends it; and one of the extension's own.
        printf("%s: %s%s\n", $what, $e instanceof WxPayScore\Exception\UnexpectedValueException ? '' : get_class($e) . ' ', $e->getMessage());
    }
}

// A real PKCS#1 v1.5 ciphertext, made by ext/openssl: refused, never decrypted.
var_dump(openssl_public_encrypt($plain, $pkcs1, $pub, OPENSSL_PKCS1_PADDING));
var_dump(openssl_private_decrypt($pkcs1, $check, $priv, OPENSSL_PKCS1_PADDING) && $check === $plain);
attempt('decrypt PKCS#1 ciphertext', fn() => Rsa::decrypt(base64_encode($pkcs1), $priv, OPENSSL_PKCS1_PADDING));
attempt('decrypt PKCS#1, key as a path', fn() => Rsa::decrypt(base64_encode($pkcs1), 'file://' . $keys['platform_key'], OPENSSL_PKCS1_PADDING));
attempt('encrypt PKCS#1', fn() => Rsa::encrypt($plain, $pub, OPENSSL_PKCS1_PADDING));
// The padding is looked at before the key: a bad key does not hide the refusal.
attempt('encrypt PKCS#1, no key', fn() => Rsa::encrypt($plain, 'not a key', OPENSSL_PKCS1_PADDING));
attempt('decrypt PKCS#1, no key', fn() => Rsa::decrypt('%%%', [], OPENSSL_PKCS1_PADDING));

// Every other padding but OAEP: SSLv23 (2), none (3), and values beyond an int.
foreach ([0, 2, OPENSSL_NO_PADDING, 5, -1, -4, 2 ** 32 + 4, PHP_INT_MAX, PHP_INT_MIN] as $padding) {
    attempt("encrypt padding $padding", fn() => Rsa::encrypt($plain, $pub, $padding));
    attempt("decrypt padding $padding", fn() => Rsa::decrypt(base64_encode($pkcs1), $priv, $padding));
}

// OAEP stays the default and works both ways with ext/openssl.
$ours = Rsa::encrypt($plain, $pub);
var_dump(openssl_private_decrypt(base64_decode($ours), $out, $priv, OPENSSL_PKCS1_OAEP_PADDING) && $out === $plain);
var_dump(openssl_private_decrypt(base64_decode($ours), $out, $priv, OPENSSL_PKCS1_PADDING) && $out === $plain);
var_dump(openssl_public_encrypt($plain, $theirs, $pub, OPENSSL_PKCS1_OAEP_PADDING));
var_dump(Rsa::decrypt(base64_encode($theirs), $priv) === $plain, Rsa::decrypt(base64_encode($theirs), $priv, OPENSSL_PKCS1_OAEP_PADDING) === $plain);
var_dump(Rsa::decrypt(Rsa::encrypt($plain, $pub, OPENSSL_PKCS1_OAEP_PADDING), $priv) === $plain);
// A PKCS#1 ciphertext given to OAEP decryption does not decrypt.
attempt('PKCS#1 ciphertext as OAEP', fn() => Rsa::decrypt(base64_encode($pkcs1), $priv));
?>
--EXPECT--
bool(true)
bool(true)
decrypt PKCS#1 ciphertext: OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt PKCS#1, key as a path: OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt PKCS#1: OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt PKCS#1, no key: OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt PKCS#1, no key: OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 0: padding 0 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 0: padding 0 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 2: padding 2 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 2: padding 2 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 3: padding 3 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 3: padding 3 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 5: padding 5 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 5: padding 5 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding -1: padding -1 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding -1: padding -1 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding -4: padding -4 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding -4: padding -4 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 4294967300: padding 4294967300 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 4294967300: padding 4294967300 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding 9223372036854775807: padding 9223372036854775807 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding 9223372036854775807: padding 9223372036854775807 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
encrypt padding -9223372036854775808: padding -9223372036854775808 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
decrypt padding -9223372036854775808: padding -9223372036854775808 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
PKCS#1 ciphertext as OAEP: RSA OAEP ciphertext does not decrypt with this key (wrong key, padding, or altered)
