--TEST--
Certificates: encryptor() gives the newest platform certificate and its serial; 'wechatpay_serial' => true sends that serial
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];
$instance = new WxPayScore\Client(wxps_cert_config($server));

$encryptor = $instance->encryptor();                  // downloads the certificates first
echo $encryptor['serial'] === $keys['platform_cert_serial'] ? 'the platform certificate' : $encryptor['serial'], "\n";
$ciphertext = $encryptor['encrypt']('13800138000');
openssl_private_decrypt(base64_decode($ciphertext), $plain, file_get_contents($keys['platform_key']), OPENSSL_PKCS1_OAEP_PADDING);
var_dump($plain);

$instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post([
    'out_order_no' => 'ENC-1', 'wechatpay_serial' => true,
    'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001', 'phone' => $ciphertext],
]);
$instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post([
    'out_order_no' => 'ENC-2', 'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
]);
foreach (wxps_test_requests($server) as $r) {
    $sent = $r['headers']['wechatpay-serial'] ?? '(no Wechatpay-Serial)';
    echo strtok($r['target'], '?'), ' ', $sent === $keys['platform_cert_serial'] ? "the certificate's serial" : $sent, "\n";
}
echo 'downloads: ', wxps_cert_downloads($server), "\n";
try {
    $instance->chain('v3/x')->get(['wechatpay_serial' => 'yes']);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
// Without apiv3Key and without certs, there is nothing to encrypt to.
try {
    (new WxPayScore\Client(wxps_test_config($server, ['certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_pub']]])))->encryptor()['serial'];
    echo "public key only: fine\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
the platform certificate
string(11) "13800138000"
/v3/certificates (no Wechatpay-Serial)
/v3/payscore/serviceorder/ENC-1/pay the certificate's serial
/v3/payscore/serviceorder/ENC-2/pay (no Wechatpay-Serial)
downloads: 1
"wechatpay_serial" must be true or false, string given
public key only: fine
