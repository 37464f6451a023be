--TEST--
Hostile answers: decoding a bad body leaves the caller's json_last_error() alone
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'J1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    'headers' => ['Wechatpay-Sandbox-Fault' => 'bad-json'],
]);
json_decode('{"fine":1}');
var_dump(isset($r['x']), json_last_error());
json_decode('{broken');
try {
    $r->toArray();
} catch (WxPayScore\Exception\UnexpectedValueException $e) {
    echo get_class($e), "\n";
}
var_dump(json_last_error() === JSON_ERROR_SYNTAX);
?>
--EXPECT--
bool(false)
int(0)
WxPayScore\Exception\UnexpectedValueException
bool(true)
