--TEST--
Transfer: an answer dripped a few bytes at a time is cut by the timeout option, though bytes keep arriving
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$json = ['appid' => 'wx1', 'service_id' => '1'];
// 8 bytes every 50 ms: the head alone takes seconds, and the connection is never idle.
$calls = [
    'sync' => fn() => $node->_out_order_no_->pay->post(['out_order_no' => 'D1', 'json' => $json, 'timeout' => 0.5,
        'headers' => ['Wechatpay-Sandbox-Fault' => 'drip=50']]),
    'async' => fn() => $node->_out_order_no_->pay->postAsync(['out_order_no' => 'D2', 'json' => $json, 'timeout' => 0.5,
        'headers' => ['Wechatpay-Sandbox-Fault' => 'drip=50']])->wait(),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\TransferException $e) {
        echo "$what: ", get_class($e), "\n  ", $e->getMessage(), "\n";
    }
}
// A short drip inside the timeout is read whole and verifies.
echo $node->_out_order_no_->pay->post(['out_order_no' => 'D3', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'drip=1']])['out_order_no'], "\n";
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECTF--
sync: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/D1/pay: Operation timed out after %d milliseconds with %d bytes received (curl error 28)
async: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/D2/pay: Operation timed out after %d milliseconds with %d bytes received (curl error 28)
D3
3
