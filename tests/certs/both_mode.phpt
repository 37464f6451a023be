--TEST--
Certificates: during the migration (public key and certificates both), answers come signed by the public key, certificate-signed answers and notifications are verified with a downloaded certificate
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'both']);
$keys = $server['keys'];
$instance = new WxPayScore\Client(wxps_cert_config($server, [], [$keys['platform_serial'] => 'file://' . $keys['platform_pub']]));

// The client names its public key, so WeChat Pay answers with it: nothing to download.
echo wxps_cert_call($instance, 'BOTH-1')['out_order_no'], "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";

// A notification is signed by the platform certificate: downloaded once, then verified.
[, $sample] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample?event_type=PAYSCORE.USER_CONFIRM&out_order_no=BOTH-1');
$n = $instance->notification($sample['headers'], $sample['body']);
echo $n['event_type'], ' ', $n['resource']['out_order_no'], ' ', $sample['headers']['Wechatpay-Serial'] === $keys['migration_cert_serial'] ? 'by the certificate' : 'by ' . $sample['headers']['Wechatpay-Serial'], "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";

// An answer the certificate signs (the request names no public key): verified with the download.
$r = wxps_cert_call($instance, 'BOTH-2', ['headers' => ['Wechatpay-Serial' => $keys['migration_cert_serial']]]);
echo $r['out_order_no'], ' ', $r->getHeaderLine('Wechatpay-Serial') === $keys['migration_cert_serial'] ? 'by the certificate' : 'by the public key', "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";

$certs = $instance->certificates();
ksort($certs);
foreach ($certs as $serial => $row) {
    echo $serial === $keys['platform_serial'] ? 'public key' : ($serial === $keys['migration_cert_serial'] ? 'certificate' : $serial), ': ', $row['source'], "\n";
}
// Sensitive fields go to the public key, and the call names it.
['serial' => $serial] = $instance->encryptor();
echo $serial === $keys['platform_serial'] ? 'encrypt to the public key' : "encrypt to $serial", "\n";
?>
--EXPECT--
BOTH-1
downloads: 0
PAYSCORE.USER_CONFIRM BOTH-1 by the certificate
downloads: 1
BOTH-2 by the certificate
downloads: 1
certificate: download
public key: config
encrypt to the public key
