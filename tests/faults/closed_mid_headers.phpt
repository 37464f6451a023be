--TEST--
Transfer: an answer whose connection closes halfway through its headers throws TransferException, not a half answer
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$calls = [
    'sync' => fn() => $node->_out_order_no_->pay->post(['out_order_no' => 'H1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'cut-head']]),
    'async' => fn() => $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'cut-head']])->wait(),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        echo "$what: ", get_class($e), "\n  ", $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECTF--
sync: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/H1/pay: connection closed before the answer's headers were complete
async: WxPayScore\Exception\TransferException
  GET http://127.0.0.1:%d/v3/payscore/serviceorder: connection closed before the answer's headers were complete
2
