--TEST--
Crypto\Rsa: sign and verify agree with openssl_sign/openssl_verify both ways, and every tampering fails
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$priv = openssl_pkey_get_private('file://' . $keys['merchant_key']);
$pub = openssl_pkey_get_public('file://' . $keys['merchant_cert']);
$other = openssl_pkey_get_public('file://' . $keys['other_pub']);
$message = "POST\n/v3/payscore/serviceorder\n1700000000\nNONCE\n{\"a\":\"中文\"}\n";

// Ours -> openssl_verify, and PKCS#1 v1.5 is deterministic: the very same bytes.
$ours = Rsa::sign($message, 'file://' . $keys['merchant_key']);
openssl_sign($message, $theirs, $priv, OPENSSL_ALGO_SHA256);
var_dump(openssl_verify($message, base64_decode($ours), $pub, OPENSSL_ALGO_SHA256));
var_dump($ours === base64_encode($theirs));
// openssl_sign -> ours, with the key in each form it may come in.
foreach (['file://' . $keys['merchant_cert'], file_get_contents($keys['merchant_cert']), $pub, $priv,
          openssl_x509_read(file_get_contents($keys['merchant_cert'])), Rsa::from($pub, Rsa::KEY_TYPE_PUBLIC)] as $key) {
    echo Rsa::verify($message, base64_encode($theirs), $key) ? 'verifies' : 'FAILS', ' ';
}
echo "\n";

// Tampering: one byte of the message, of the signature, or another key.
var_dump(Rsa::verify($message . ' ', $ours, $pub));
var_dump(Rsa::verify(substr_replace($message, 'G', 0, 1), $ours, $pub));
$sig = base64_decode($ours);
$sig[100] = chr(ord($sig[100]) ^ 1);
var_dump(Rsa::verify($message, base64_encode($sig), $pub));
var_dump(Rsa::verify($message, $ours, $other));
var_dump(Rsa::verify($message, 'not base64 at all', $pub));
var_dump(Rsa::verify($message, '', $pub));

// Signing with a key that is not there, or is public, is an error, not a false result.
foreach ([$pub, 'file:///nonexistent/key.pem', 42, ['x']] as $bad) {
    try {
        Rsa::sign($message, $bad);
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    Rsa::verify($message, $ours, 'garbage');
} catch (\UnexpectedValueException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
int(1)
bool(true)
verifies verifies verifies verifies verifies verifies 
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
WxPayScore\Exception\UnexpectedValueException: $privateKey: the OpenSSLAsymmetricKey holds no private key to use
WxPayScore\Exception\UnexpectedValueException: $privateKey: cannot read private key file "/nonexistent/key.pem"
WxPayScore\Exception\UnexpectedValueException: $privateKey must be a string or an OpenSSLAsymmetricKey, int given
WxPayScore\Exception\UnexpectedValueException: $privateKey as an array must be [string $privateKey, string $passphrase]
$publicKey: not a valid RSA public key (PEM or base64 DER)
