--TEST--
Crypto\Rsa::pkcs1ToSpki(): a base64 PKCS#1 RSA public key becomes the base64 SPKI of the same key
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
var_dump(Rsa::pkcs1ToSpki($der($rsaPublic)) === $der($spki));
?>
--EXPECT--
bool(true)
