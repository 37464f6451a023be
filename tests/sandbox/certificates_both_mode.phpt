--TEST--
Sandbox in both mode (WeChat Pay's migration): answers are signed by the public key when the request's Wechatpay-Serial names it, else by a platform certificate with a key of its own; notifications by the certificate
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['serial_mode' => 'both']);
$keys = $server['keys'];
$pub = 'file://' . $keys['platform_pub'];
$signer = function (array $answer) use ($keys, $pub, &$cert): string {
    $serial = $answer['headers']['wechatpay-serial'];
    $name = [$keys['platform_serial'] => 'public key', $keys['migration_cert_serial'] => 'certificate'][$serial] ?? $serial;
    $by = array_keys(array_filter(['public key' => $pub, 'certificate' => $cert], fn($key) => $key !== null && wxps_t_signed_by($answer['headers'], $answer['body'], $key)));
    return "$name, verified by " . (implode(' and ', $by) ?: 'nothing');
};
$cert = null;
$download = wxps_t_call($server, 'GET', '/v3/certificates');
[$entry] = wxps_t_certificates($server, $download['body']);
$cert = $entry['pem'];
echo 'download: ', $download['status'], ', lists migration_cert: ', var_export($entry['serial_no'] === $keys['migration_cert_serial'], true),
    ', its own key: ', var_export(openssl_pkey_get_details(openssl_pkey_get_public($cert))['key'] !== file_get_contents($keys['platform_pub']), true), "\n";
echo 'download signed by: ', $signer($download), "\n";

$query = '/v3/payscore/serviceorder?out_order_no=BM1&service_id=500001&appid=wxd678efh567hg6787';
echo 'no Wechatpay-Serial: ', $signer(wxps_t_call($server, 'GET', $query)), "\n";
echo 'Wechatpay-Serial PUB_KEY_ID: ', $signer(wxps_t_call($server, 'GET', $query, ['Wechatpay-Serial' => $keys['platform_serial']])), "\n";
echo 'Wechatpay-Serial of the certificate: ', $signer(wxps_t_call($server, 'GET', $query, ['Wechatpay-Serial' => $entry['serial_no']])), "\n";
echo 'download with PUB_KEY_ID: ', $signer(wxps_t_call($server, 'GET', '/v3/certificates', ['Wechatpay-Serial' => $keys['platform_serial']])), "\n";
echo 'an error answer with PUB_KEY_ID: ', $signer(wxps_t_call($server, 'GET', '/v3/payscore/nothing', ['Wechatpay-Serial' => $keys['platform_serial']])), "\n";

// Notifications: by the certificate, whatever the requests carried.
[, $sample] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample');
echo 'notification sample: ', $signer(['headers' => array_change_key_case($sample['headers']), 'body' => $sample['body']]), "\n";
$receiver = wxps_test_receiver();
$create = wxps_t_call($server, 'POST', '/v3/payscore/serviceorder', ['Content-Type' => 'application/json', 'Wechatpay-Serial' => $keys['platform_serial']],
    json_encode(wxps_t_order('SO-BM2', ['notify_url' => $receiver['url']])));
echo 'create: ', $create['status'], ' ', $signer($create), "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-BM2/confirm');
$got = wxps_test_receive($receiver);
echo 'notification sent: ', $signer(['headers' => array_change_key_case($got['headers']), 'body' => $got['body']]), "\n";
?>
--EXPECT--
download: 200, lists migration_cert: true, its own key: true
download signed by: certificate, verified by certificate
no Wechatpay-Serial: certificate, verified by certificate
Wechatpay-Serial PUB_KEY_ID: public key, verified by public key
Wechatpay-Serial of the certificate: certificate, verified by certificate
download with PUB_KEY_ID: public key, verified by public key
an error answer with PUB_KEY_ID: public key, verified by public key
notification sample: certificate, verified by certificate
create: 200 public key, verified by public key
notification sent: certificate, verified by certificate
