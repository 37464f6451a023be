--TEST--
Verification: answers signed under a new Wechatpay-Serial per call verify while certs lists the key; an unlisted serial is refused
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$keys = $server['keys'];
// Both platform keys listed, as during a rotation; the certificate serial of the first is not.
$client = wxps_test_client($server, ['certs' => [
    $keys['platform_serial'] => 'file://' . $keys['platform_pub'],
    $keys['other_serial'] => 'file://' . $keys['other_pub'],
]]);
$pay = $client->v3->payscore->serviceorder->_out_order_no_->pay;
$options = fn($no) => ['out_order_no' => $no, 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    'headers' => ['Wechatpay-Sandbox-Fault' => 'rotate-serial']];
// rotate-serial: the platform key, the other key, the platform key under its certificate serial, again.
foreach (['S1', 'S2', 'S3', 'S4'] as $no) {
    try {
        $r = $pay->post($options($no));
        echo "$no: ", $r['out_order_no'], ' ', $r->getHeaderLine('Wechatpay-Serial') === $keys['platform_serial'] ? 'platform' : 'other', "\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        echo "$no: ", get_class($e), "\n  ", str_replace($keys['platform_cert_serial'], 'CERT_SERIAL', $e->getMessage()), "\n";
    }
}
// Concurrent calls: whichever order they are answered in, two of three verify.
$outcomes = WxPayScore\Promise::settle(array_map(fn($no) => $pay->postAsync($options($no)), ['A1', 'A2', 'A3']))->wait();
$states = array_count_values(array_column($outcomes, 'state'));
ksort($states);
var_dump($states);
foreach ($outcomes as $outcome) {
    if ($outcome['state'] === 'rejected') {
        echo get_class($outcome['reason']), ' ', $outcome['reason']->getResponse()->getHeaderLine('Wechatpay-Serial') === $keys['platform_cert_serial'] ? 'CERT_SERIAL' : '?', "\n";
    }
}
?>
--EXPECT--
S1: S1 platform
S2: S2 other
S3: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/S3/pay: answer is signed with serial "CERT_SERIAL", which is not in config "certs"
S4: S4 platform
array(2) {
  ["fulfilled"]=>
  int(2)
  ["rejected"]=>
  int(1)
}
WxPayScore\Exception\RequestException CERT_SERIAL
