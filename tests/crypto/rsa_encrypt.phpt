--TEST--
Crypto\Rsa: OAEP (SHA-1) encryption agrees with openssl_public_encrypt/openssl_private_decrypt both ways
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$priv = openssl_pkey_get_private('file://' . $keys['platform_key']);
$pub = openssl_pkey_get_public('file://' . $keys['platform_pub']);
$plain = '张三 110101199003071234';

$padding = OPENSSL_PKCS1_OAEP_PADDING;
// Ours -> ext/openssl (the default padding is OAEP, as wechatpay-php's).
$ours = Rsa::encrypt($plain, $pub);
var_dump(openssl_private_decrypt(base64_decode($ours), $out, $priv, $padding) && $out === $plain);
// ext/openssl -> ours.
openssl_public_encrypt($plain, $theirs, $pub, $padding);
var_dump(Rsa::decrypt(base64_encode($theirs), 'file://' . $keys['platform_key']) === $plain);
var_dump(Rsa::decrypt(base64_encode($theirs), $priv, $padding) === $plain);
// Randomized padding: two encryptions of one text differ.
var_dump($ours !== Rsa::encrypt($plain, $pub, $padding), strlen(base64_decode($ours)));

$c = Rsa::encrypt($plain, 'file://' . $keys['platform_cert']);
$bytes = base64_decode($c);
$bytes[17] = chr(ord($bytes[17]) ^ 0x40);
$cases = [
    'tampered' => fn() => Rsa::decrypt(base64_encode($bytes), $priv),
    'other key' => fn() => Rsa::decrypt($c, 'file://' . $keys['other_key']),
    'not base64' => fn() => Rsa::decrypt('%%%', $priv),
    'public key to decrypt' => fn() => Rsa::decrypt($c, $pub),
    'padding 3' => fn() => Rsa::encrypt($plain, $pub, 3),
    'padding 99 to decrypt' => fn() => Rsa::decrypt($c, $priv, 99),
    'too long for OAEP' => fn() => Rsa::encrypt(str_repeat('x', 215), $pub),
    'just fits OAEP' => fn() => strlen(Rsa::decrypt(Rsa::encrypt(str_repeat('x', 214), $pub), $priv)),
];
foreach ($cases as $what => $case) {
    try {
        $result = $case();
        echo "$what: ", var_export($result, true), "\n";
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(256)
tampered: RSA OAEP ciphertext does not decrypt with this key (wrong key, padding, or altered)
other key: RSA OAEP ciphertext does not decrypt with this key (wrong key, padding, or altered)
not base64: RSA ciphertext is not base64
public key to decrypt: $privateKey: the OpenSSLAsymmetricKey holds no private key to use
padding 3: padding 3 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
padding 99 to decrypt: padding 99 is not supported: use OPENSSL_PKCS1_OAEP_PADDING (4)
too long for OAEP: plaintext of 215 bytes is too long: a 2048-bit key carries at most 214 with OAEP
just fits OAEP: 214
