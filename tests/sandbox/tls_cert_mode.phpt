--TEST--
Sandbox over HTTPS in platform-certificate mode: answers and notifications carry the certificate's serial and verify with the certificate
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['tls' => true, 'serial_mode' => 'cert', 'strict' => true]);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
echo parse_url($server['base_uri'], PHP_URL_SCHEME), "\n";
$created = $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-TLS1', ['notify_url' => $receiver['url']])]);
echo $created['state'], ' ', $created->getHeaderLine('Wechatpay-Serial') === $server['keys']['platform_cert_serial'] ? 'certificate serial' : 'other serial', "\n";
[$status] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-TLS1/confirm');
$got = wxps_test_receive($receiver);
echo "confirm over HTTPS: $status, notification ", wxps_t_verify($server, $got['headers'], $got['body']), ' ',
    $got['headers']['Wechatpay-Serial'] === $server['keys']['platform_cert_serial'] ? 'with the certificate serial' : 'with another serial', "\n";
// A client that only knows the PUB_KEY_ID key cannot verify these answers.
try {
    wxps_test_client($server, ['certs' => [$server['keys']['platform_serial'] => 'file://' . $server['keys']['platform_pub']]])
        ->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['out_order_no' => 'SO-TLS1']]);
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
https
CREATED certificate serial
confirm over HTTPS: 200, notification verified with the certificate serial
WxPayScore\Exception\RequestException
