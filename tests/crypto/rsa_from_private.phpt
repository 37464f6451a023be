--TEST--
Crypto\Rsa: from(), fromPkcs8() and fromPkcs1() read every private key form wechatpay-php reads and give OpenSSLAsymmetricKey objects
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
