--TEST--
Limits: an answer body of max_response_size bytes is read, one byte more throws TransferException naming the limit
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$json = ['appid' => 'wx1', 'service_id' => '1'];
$pay = fn(array $config, string $fault) => wxps_test_client($server, $config)->v3->payscore->serviceorder->_out_order_no_->pay
    ->post(['out_order_no' => 'B1', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => $fault]]);
// pad=N: a correctly signed answer of exactly N bytes.
$r = $pay(['max_response_size' => 4096], 'pad=4096');
echo strlen((string) $r->getBody()), ' ', $r['out_order_no'], "\n";
$cases = [
    'over the limit' => [['max_response_size' => 4096], 'pad=4097'],
    'chunked, over the limit' => [['max_response_size' => 4096], 'pad=4097,chunked'],
    'over the default of 32 MiB' => [[], 'pad=' . (32 * 1024 * 1024 + 1)],
];
foreach ($cases as $what => [$config, $fault]) {
    try {
        $pay($config, $fault);
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\TransferException $e) {
        echo "$what: ", get_class($e), "\n  ", $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECTF--
4096 B1
over the limit: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/B1/pay: answer body larger than 4096 bytes
chunked, over the limit: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/B1/pay: answer body larger than 4096 bytes
over the default of 32 MiB: WxPayScore\Exception\TransferException
  POST http://127.0.0.1:%d/v3/payscore/serviceorder/B1/pay: answer body larger than 33554432 bytes
4
