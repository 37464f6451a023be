--TEST--
Crypto\Rsa: from(), fromSpki() and fromPkcs1() read every public key form wechatpay-php reads, certificates too, and give OpenSSLAsymmetricKey objects
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
?>
--EXPECT--
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
