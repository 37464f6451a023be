--TEST--
Config: keys as file:// paths, PEM text, X.509 certificates and OpenSSLAsymmetricKey objects all sign and verify
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$keys = $server['keys'];
$forms = [
    'file paths' => [],
    'PEM text' => ['privateKey' => file_get_contents($keys['merchant_key']), 'certs' => [$keys['platform_serial'] => file_get_contents($keys['platform_pub'])]],
    'objects' => ['privateKey' => openssl_pkey_get_private('file://' . $keys['merchant_key']), 'certs' => [$keys['platform_serial'] => openssl_pkey_get_public('file://' . $keys['platform_pub'])]],
    'certificate' => ['certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']]],
];
foreach ($forms as $what => $override) {
    $r = wxps_test_client($server, $override)->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => 'K1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    ]);
    echo $what, ': ', $r->getStatusCode(), "\n";
}
?>
--EXPECT--
file paths: 200
PEM text: 200
objects: 200
certificate: 200
