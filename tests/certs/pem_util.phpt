--TEST--
Util\PemUtil: a config built as wechatpay-php's README builds it (serial from the merchant certificate, platform certificate and serial from its file) calls the sandbox; serials agree with openssl_x509_parse() for any serial
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Util\PemUtil;

require __DIR__ . '/../utils/server.inc';
set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];

// The SDK's quick start, with WeChatPay\ read as WxPayScore\.
$merchantPrivateKeyInstance = PemUtil::loadPrivateKey($keys['merchant_key']);
$merchantCertificateSerial = PemUtil::parseCertificateSerialNo('file://' . $keys['merchant_cert']);
$platformCertificateInstance = PemUtil::loadCertificate($keys['platform_cert']);
$platformCertificateSerial = PemUtil::parseCertificateSerialNo($platformCertificateInstance);
var_dump(
    $merchantPrivateKeyInstance instanceof OpenSSLAsymmetricKey,
    $merchantCertificateSerial === $keys['merchant_serial'],
    $platformCertificateInstance instanceof OpenSSLCertificate,
    $platformCertificateSerial === $keys['platform_cert_serial'],
);
$instance = new WxPayScore\Client([
    'mchid' => $keys['mchid'],
    'serial' => $merchantCertificateSerial,
    'privateKey' => $merchantPrivateKeyInstance,
    'certs' => [$platformCertificateSerial => $platformCertificateInstance],
    'base_uri' => $server['base_uri'],
    'verify' => $keys['ca'],
]);
$r = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'PEMUTIL-1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
]);
echo $r->getStatusCode(), ' ', $r->getHeaderLine('Wechatpay-Serial') === $platformCertificateSerial ? 'verified with the loaded certificate' : 'other serial', "\n";

// Every form names the same certificate: file:// path, PEM text, base64 DER, an OpenSSLCertificate.
$pem = file_get_contents($keys['platform_cert']);
$der = base64_encode(base64_decode(preg_replace('/-----[A-Z ]+-----|\s/', '', $pem)));
$forms = ['file://' . $keys['platform_cert'], $pem, $der, chunk_split($der, 64), $platformCertificateInstance];
$serials = array_map([PemUtil::class, 'parseCertificateSerialNo'], $forms);
var_dump(count(array_unique($serials)) === 1);
$again = PemUtil::loadCertificateFromString($pem);
var_dump($again instanceof OpenSSLCertificate, openssl_x509_fingerprint($again) === openssl_x509_fingerprint($platformCertificateInstance));
var_dump(openssl_x509_fingerprint(PemUtil::loadCertificateFromString($der)) === openssl_x509_fingerprint($again));
var_dump(PemUtil::loadPrivateKeyFromString('file://' . $keys['merchant_key']) instanceof OpenSSLAsymmetricKey);

// Serials as ext/openssl's serialNumberHex gives them, leading zero nibbles, high bits and all.
$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$csr = openssl_csr_new(['commonName' => 'serial test'], $key, ['digest_alg' => 'sha256']);
$bad = 0;
foreach ([1, 15, 16, 127, 128, 255, 256, 4095, 65536, 2147483647, PHP_INT_MAX, random_int(1, PHP_INT_MAX)] as $n) {
    $cert = openssl_csr_sign($csr, null, $key, 1, ['digest_alg' => 'sha256'], $n);
    openssl_x509_export($cert, $text);
    $want = strtoupper(openssl_x509_parse($cert)['serialNumberHex']);
    if (PemUtil::parseCertificateSerialNo($text) !== $want || PemUtil::parseCertificateSerialNo($cert) !== $want) {
        $bad++;
        echo "serial $n: want $want, got ", PemUtil::parseCertificateSerialNo($text), "\n";
    }
}
echo "serials: $bad wrong\n";

// What is not a certificate is an UnexpectedValueException naming the parameter, never a warning.
$inputs = [
    'empty' => fn() => PemUtil::parseCertificateSerialNo(''),
    'text' => fn() => PemUtil::parseCertificateSerialNo('not a certificate'),
    'private key' => fn() => PemUtil::parseCertificateSerialNo('file://' . $keys['merchant_key']),
    'public key' => fn() => PemUtil::loadCertificateFromString(file_get_contents($keys['platform_pub'])),
    'missing file' => fn() => PemUtil::loadCertificate('/nonexistent/cert.pem'),
    'not a file url' => fn() => PemUtil::loadCertificate('http://127.0.0.1:9/cert.pem'),
    'array' => fn() => PemUtil::parseCertificateSerialNo([$pem]),
    'key object' => fn() => PemUtil::parseCertificateSerialNo($merchantPrivateKeyInstance),
    'private key file' => fn() => PemUtil::loadPrivateKey('/nonexistent/key.pem'),
];
foreach ($inputs as $what => $call) {
    try {
        $call();
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
200 verified with the loaded certificate
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
serials: 0 wrong
empty: $certificate: certificate is empty
text: $certificate: not an X.509 certificate (PEM or base64 DER)
private key: $certificate: not an X.509 certificate (PEM or base64 DER)
public key: $content: not an X.509 certificate (PEM or base64 DER)
missing file: $filepath: cannot read certificate file %s
not a file url: $filepath: cannot read certificate file %s
array: $certificate must be a string or an OpenSSLCertificate, array given
key object: $certificate must be a string or an OpenSSLCertificate, OpenSSLAsymmetricKey given
private key file: %s
