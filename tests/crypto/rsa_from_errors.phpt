--TEST--
Crypto\Rsa: from*() and pkcs1ToSpki() refuse what is not an RSA key of the asked type with UnexpectedValueException, never quoting the key
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$der = fn(string $pem) => preg_replace('/-----[^-]+-----|\s/', '', $pem);

$pkcs8 = file_get_contents($keys['merchant_key']);
openssl_pkey_export(openssl_pkey_get_private($pkcs8), $encrypted, 'passphrase');
$spki = file_get_contents($keys['platform_pub']);
$cert = file_get_contents($keys['platform_cert']);

$ec = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
openssl_pkey_export($ec, $ecPem);
$bad = [
    'garbage' => fn() => Rsa::from('not a key'),
    'int' => fn() => Rsa::from(42),
    'public as private' => fn() => Rsa::from($spki),
    'private as public' => fn() => Rsa::from($pkcs8, Rsa::KEY_TYPE_PUBLIC),
    'certificate as private' => fn() => Rsa::from(openssl_x509_read($cert)),
    'encrypted, no passphrase' => fn() => Rsa::from($encrypted),
    'wrong passphrase' => fn() => Rsa::from([$encrypted, 'wrong']),
    'public.spki:// as private' => fn() => Rsa::from('public.spki://' . $der($spki)),
    'bad $type' => fn() => Rsa::from($pkcs8, 'secret'),
    'EC key' => fn() => Rsa::from($ecPem),
    'fromPkcs8 garbage' => fn() => Rsa::fromPkcs8('AAAA'),
    'fromSpki not base64' => fn() => Rsa::fromSpki('@@@@'),
    'pkcs1ToSpki not a key' => fn() => Rsa::pkcs1ToSpki('AAAA'),
];
foreach ($bad as $what => $load) {
    try {
        $load();
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        $leak = str_contains($e->getMessage(), substr($der($pkcs8), 50, 20)) || str_contains($e->getMessage(), 'BEGIN');
        echo "$what: ", $e->getMessage(), $leak ? ' LEAKS' : '', "\n";
    }
}
?>
--EXPECT--
garbage: $thing: not a valid RSA private key (PEM or base64 DER)
int: $thing must be a string or an OpenSSLAsymmetricKey, int given
public as private: $thing: PEM holds no private key (found a "PUBLIC KEY" block)
private as public: $thing: PEM holds no public key (found a "PRIVATE KEY" block)
certificate as private: $thing must be a string or an OpenSSLAsymmetricKey, OpenSSLCertificate given
encrypted, no passphrase: $thing: private key is encrypted; give it unencrypted (openssl pkey -in key.pem)
wrong passphrase: $thing: the encrypted private key does not open with this passphrase
public.spki:// as private: $thing: "public.spki://" holds a public key, a private key is wanted
bad $type: $type must be Rsa::KEY_TYPE_PRIVATE or Rsa::KEY_TYPE_PUBLIC
EC key: $thing: private key is EC, only RSA keys are accepted
fromPkcs8 garbage: $thing: not a valid RSA private key (PEM or base64 DER)
fromSpki not base64: $thing: "public.spki://" must be followed by base64 DER
pkcs1ToSpki not a key: $thing: not a valid RSA public key (PEM or base64 DER)
