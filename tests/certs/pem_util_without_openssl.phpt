--TEST--
Util\PemUtil without ext/openssl: serials and private keys still work (a Key object); an OpenSSLCertificate cannot be made, which is an UnexpectedValueException saying so
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
// A PHP of its own with nothing but this extension, ext/openssl's functions switched off.
$script = <<<'PHP'
use WxPayScore\Util\PemUtil;
$keys = json_decode(stream_get_contents(STDIN), true);
set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
var_dump(function_exists('openssl_x509_read'));
var_dump(PemUtil::parseCertificateSerialNo('file://' . $keys['merchant_cert']) === $keys['merchant_serial']);
var_dump(PemUtil::parseCertificateSerialNo(file_get_contents($keys['platform_cert'])) === $keys['platform_cert_serial']);
var_dump(get_class(PemUtil::loadPrivateKey($keys['merchant_key'])));
foreach ([fn() => PemUtil::loadCertificate($keys['platform_cert']), fn() => PemUtil::loadCertificateFromString(file_get_contents($keys['platform_cert']))] as $call) {
    try {
        $call();
        echo "accepted\n";
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        echo $e->getMessage(), "\n";
    }
}
PHP;
$io = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$off = 'openssl_x509_read,openssl_x509_export,openssl_pkey_get_private,openssl_pkey_get_public,openssl_pkey_export,openssl_pkey_get_details';
$command = [PHP_BINARY, '-n', '-d', "disable_functions=$off", '-d', 'extension=' . dirname(__DIR__, 2) . '/modules/wxpayscore.so', '-r', $script];
$child = proc_open($command, $io, $pipes);
fwrite($pipes[0], json_encode($keys));
fclose($pipes[0]);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($child);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(21) "WxPayScore\Crypto\Key"
an OpenSSLCertificate needs ext/openssl; PemUtil::parseCertificateSerialNo() and the config take the file as it is
an OpenSSLCertificate needs ext/openssl; PemUtil::parseCertificateSerialNo() and the config take the file as it is
