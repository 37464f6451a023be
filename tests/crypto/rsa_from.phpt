--TEST--
Crypto\Rsa: from*() read every key form wechatpay-php reads and give OpenSSLAsymmetricKey objects; pkcs1ToSpki
--EXTENSIONS--
wxpayscore
openssl
--SKIPIF--
<?php if (!is_executable('/usr/bin/openssl') && !shell_exec('command -v openssl')) die('skip needs the openssl tool for PKCS#1 PEM'); ?>
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$der = fn(string $pem) => preg_replace('/-----[^-]+-----|\s/', '', $pem);
$tool = fn(string $args) => shell_exec("openssl $args 2>/dev/null");

$pkcs8 = file_get_contents($keys['merchant_key']);
$pkcs1 = $tool('rsa -traditional -in ' . escapeshellarg($keys['merchant_key']));
$object = openssl_pkey_get_private($pkcs8);
openssl_pkey_export($object, $encrypted, 'passphrase');
$public = openssl_pkey_get_details($object)['key'];

$privateForms = [
    'file:// PKCS#8' => fn() => Rsa::from('file://' . $keys['merchant_key']),
    'PKCS#8 PEM' => fn() => Rsa::from($pkcs8, Rsa::KEY_TYPE_PRIVATE),
    'PKCS#1 PEM' => fn() => Rsa::from($pkcs1),
    'base64 PKCS#8 DER' => fn() => Rsa::from($der($pkcs8)),
    'private.pkcs8://' => fn() => Rsa::from('private.pkcs8://' . $der($pkcs8)),
    'private.pkcs1://' => fn() => Rsa::from('private.pkcs1://' . $der($pkcs1)),
    'fromPkcs8' => fn() => Rsa::fromPkcs8($der($pkcs8)),
    'fromPkcs1' => fn() => Rsa::fromPkcs1($der($pkcs1)),
    'OpenSSLAsymmetricKey' => fn() => Rsa::from($object),
    '[encrypted, passphrase]' => fn() => Rsa::from([$encrypted, 'passphrase']),
];
foreach ($privateForms as $what => $load) {
    $key = $load();
    // A private key ext/openssl takes as it is: it signs, and its public half is the merchant's.
    openssl_sign('m', $sig, $key, OPENSSL_ALGO_SHA256);
    $ok = $key instanceof OpenSSLAsymmetricKey && openssl_pkey_get_details($key)['key'] === $public
        && isset(openssl_pkey_get_details($key)['rsa']['d'])
        && openssl_verify('m', $sig, $public, OPENSSL_ALGO_SHA256) === 1;
    echo "$what: ", $ok ? 'ok' : 'WRONG', "\n";
}

$spki = file_get_contents($keys['platform_pub']);
$rsaPublic = $tool('rsa -pubin -RSAPublicKey_out -in ' . escapeshellarg($keys['platform_pub']));
$cert = file_get_contents($keys['platform_cert']);
$platformPrivate = openssl_pkey_get_private('file://' . $keys['platform_key']);
$publicForms = [
    'file:// SPKI' => fn() => Rsa::from('file://' . $keys['platform_pub'], Rsa::KEY_TYPE_PUBLIC),
    'file:// certificate' => fn() => Rsa::from('file://' . $keys['platform_cert'], Rsa::KEY_TYPE_PUBLIC),
    'SPKI PEM' => fn() => Rsa::from($spki, Rsa::KEY_TYPE_PUBLIC),
    'PKCS#1 PEM' => fn() => Rsa::from($rsaPublic, Rsa::KEY_TYPE_PUBLIC),
    'certificate PEM' => fn() => Rsa::from($cert, Rsa::KEY_TYPE_PUBLIC),
    'base64 SPKI DER' => fn() => Rsa::from($der($spki), Rsa::KEY_TYPE_PUBLIC),
    'public.spki://' => fn() => Rsa::from('public.spki://' . $der($spki), Rsa::KEY_TYPE_PUBLIC),
    'public.pkcs1://' => fn() => Rsa::from('public.pkcs1://' . $der($rsaPublic), Rsa::KEY_TYPE_PUBLIC),
    'fromSpki' => fn() => Rsa::fromSpki($der($spki)),
    'fromPkcs1 public' => fn() => Rsa::fromPkcs1($der($rsaPublic), Rsa::KEY_TYPE_PUBLIC),
    'OpenSSLAsymmetricKey' => fn() => Rsa::from(openssl_pkey_get_public($spki), Rsa::KEY_TYPE_PUBLIC),
    'OpenSSLCertificate' => fn() => Rsa::from(openssl_x509_read($cert), Rsa::KEY_TYPE_PUBLIC),
    'public half of a private key' => fn() => Rsa::from($platformPrivate, Rsa::KEY_TYPE_PUBLIC),
];
foreach ($publicForms as $what => $load) {
    $key = $load();
    $details = openssl_pkey_get_details($key);
    $ok = $key instanceof OpenSSLAsymmetricKey && $details['key'] === $spki && !isset($details['rsa']['d']);
    echo "public $what: ", $ok ? 'ok' : 'WRONG', "\n";
}

var_dump(Rsa::pkcs1ToSpki($der($rsaPublic)) === $der($spki));
var_dump(Rsa::KEY_TYPE_PUBLIC, Rsa::KEY_TYPE_PRIVATE);

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
file:// PKCS#8: ok
PKCS#8 PEM: ok
PKCS#1 PEM: ok
base64 PKCS#8 DER: ok
private.pkcs8://: ok
private.pkcs1://: ok
fromPkcs8: ok
fromPkcs1: ok
OpenSSLAsymmetricKey: ok
[encrypted, passphrase]: ok
public file:// SPKI: ok
public file:// certificate: ok
public SPKI PEM: ok
public PKCS#1 PEM: ok
public certificate PEM: ok
public base64 SPKI DER: ok
public public.spki://: ok
public public.pkcs1://: ok
public fromSpki: ok
public fromPkcs1 public: ok
public OpenSSLAsymmetricKey: ok
public OpenSSLCertificate: ok
public public half of a private key: ok
bool(true)
string(6) "public"
string(7) "private"
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
