--TEST--
Transfer: an answer header over libcurl's limit throws TransferException saying so; one just under it is fine
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];
// libcurl takes header lines of up to 100 KiB: 90 KiB passes, 200 KiB does not.
$r = $pay->post(['out_order_no' => 'O1', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'huge-header=90']]);
echo $r['out_order_no'], ' ', strlen($r->getHeaderLine('X-Sandbox-Padding')), "\n";
try {
    $pay->post(['out_order_no' => 'O2', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'huge-header=200']]);
    echo "no exception\n";
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), "\n  ", $e->getMessage(), "\n";
}
echo $pay->post(['out_order_no' => 'O3', 'json' => $json])['out_order_no'], "\n";
?>
--EXPECTF--
O1 92160
WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/O2/pay: answer headers too large (libcurl takes at most 100 KiB per header line)
O3
