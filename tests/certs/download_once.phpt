--TEST--
Certificates: with only apiv3Key, the seed calls download the platform certificates exactly once and verify every answer with them
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$config = wxps_cert_config($server);
unset($config['certs']);                              // certs may be absent altogether
$instance = new WxPayScore\Client($config);

foreach (['CERT-1', 'CERT-2', 'CERT-3'] as $no) {
    echo wxps_cert_call($instance, $no)['out_order_no'], "\n";
}
$r = $instance->v3->payscore->serviceorder->getAsync(['query' => ['service_id' => '500001', 'appid' => 'wxd678efh567hg6787', 'out_order_no' => 'CERT-1']])->wait();
echo $r['out_order_no'], "\n";
// A second client of the same merchant in this process uses what the first one downloaded.
echo wxps_cert_call(new WxPayScore\Client($config), 'CERT-4')['out_order_no'], "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";

$certs = $instance->certificates();
$serial = $server['keys']['platform_cert_serial'];
echo implode(',', array_keys($certs)) === $serial ? 'the platform certificate' : 'OTHER: ' . implode(',', array_keys($certs)), "\n";
$row = $certs[$serial];
echo $row['source'], ' ', str_starts_with($row['pem'], '-----BEGIN CERTIFICATE-----') ? 'pem' : 'no pem', ' ',
    openssl_x509_fingerprint($row['pem']) === openssl_x509_fingerprint(file_get_contents($server['keys']['platform_cert'])) ? 'same' : 'DIFFERENT', "\n";
var_dump(strtotime($row['effective_time']) <= time(), strtotime($row['expire_time']) > time());
echo 'downloads: ', wxps_cert_downloads($server), "\n";
?>
--EXPECT--
CERT-1
CERT-2
CERT-3
CERT-1
CERT-4
downloads: 1
the platform certificate
download pem same
bool(true)
bool(true)
downloads: 1
