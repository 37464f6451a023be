--TEST--
Transfer: an answer whose connection closes before its body is complete throws TransferException, sized or chunked
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];
// The head is whole (a Content-Length, or chunked), then half the body, then the server closes.
foreach (['cut-body', 'cut-body,chunked'] as $fault) {
    try {
        $pay->post(['out_order_no' => 'C1', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => $fault]]);
        echo "$fault: no exception\n";
    } catch (WxPayScore\Exception\TransferException $e) {
        echo "$fault: ", get_class($e), "\n  ", $e->getMessage(), "\n";
    }
}
// Each was sent once, and the next call gets a fresh connection and its whole answer.
echo $pay->post(['out_order_no' => 'C2', 'json' => $json])['out_order_no'], "\n";
echo implode(' ', array_map(fn($r) => $r['path_vars']['out_order_no'] . '@' . $r['conn'], wxps_test_requests($server))), "\n";
?>
--EXPECTF--
cut-body: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/C1/pay: transfer closed with %d bytes remaining to read (curl error 18)
cut-body,chunked: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/C1/pay: transfer closed with outstanding read data remaining (curl error 18)
C2
C1@1 C1@2 C2@3
