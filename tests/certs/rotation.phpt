--TEST--
Certificates: a rotation mid-run costs exactly one more download and no failed call
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$instance = new WxPayScore\Client(wxps_cert_config($server));

echo wxps_cert_call($instance, 'ROT-1')['out_order_no'], "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";
sleep(5);                                             // downloads of one merchant are 5 s apart at least
[, $rotated] = wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
for ($i = 2; $i <= 4; $i++) {
    echo wxps_cert_call($instance, "ROT-$i")['out_order_no'], "\n";
}
echo 'downloads: ', wxps_cert_downloads($server), "\n";

$certs = $instance->certificates();
ksort($certs);
echo count($certs), ' certificates: ', isset($certs[$rotated['serial_no']], $certs[$rotated['previous']]) ? 'old and new' : 'WRONG', "\n";
var_dump($certs[$rotated['serial_no']]['source'], strtotime($certs[$rotated['previous']]['expire_time']) < strtotime($certs[$rotated['serial_no']]['expire_time']));
// Every call was answered once, and none was sent again.
$pays = array_filter(wxps_test_requests($server), fn($r) => str_ends_with($r['target'], '/pay'));
echo count($pays), ' calls, ', count(array_filter($pays, fn($r) => $r['status'] === 200 && $r['sign_ok'])), " answered 200\n";
?>
--EXPECT--
ROT-1
downloads: 1
ROT-2
ROT-3
ROT-4
downloads: 2
2 certificates: old and new
string(8) "download"
bool(true)
4 calls, 4 answered 200
