--TEST--
Transfer: a POST dropped on a reused keep-alive connection reaches the server exactly once
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'];
$pay->post(['out_order_no' => 'warm', 'json' => $json]);
try {
    $pay->post(['out_order_no' => 'once', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'drop']]);
    echo "no exception\n";
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$requests = wxps_test_requests($server);
$once = array_values(array_filter($requests, fn($r) => $r['path_vars']['out_order_no'] === 'once'));
echo 'received: ', count($once), "\n";
var_dump($requests[0]['conn'] === $once[0]['conn']);
// The connection is gone; the next call opens a new one and works.
echo $pay->post(['out_order_no' => 'after', 'json' => $json])['out_order_no'], "\n";
?>
--EXPECTF--
WxPayScore\Exception\TransferException: POST http://127.0.0.1:%d/v3/payscore/serviceorder/once/pay: connection closed after the request was sent; not re-sent, since the server may have received it
received: 1
bool(true)
after
