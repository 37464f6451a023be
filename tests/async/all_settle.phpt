--TEST--
Async: Promise::all and Promise::settle with mixed outcomes, plain values, string keys and iterators
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$ok = fn($no, $delay = 0) => $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no],
    'headers' => ['Wechatpay-Sandbox-Fault' => "delay=$delay"]]);
$fail = fn() => $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=503']]);

$all = WxPayScore\Promise::all(['slow' => $ok('A', 150), 'plain' => 42, 'fast' => $ok('B')])->wait();
echo implode(',', array_keys($all)), ' ', $all['slow']['out_order_no'], ' ', $all['plain'], ' ', $all['fast']['out_order_no'], "\n";

try {
    WxPayScore\Promise::all([$ok('C'), $fail(), $ok('D')])->wait();
} catch (WxPayScore\Exception\ServerException $e) {
    echo 'all rejected: ', $e->getErrorCode(), "\n";
}

$settled = WxPayScore\Promise::settle(new ArrayIterator(['a' => $ok('E'), 'b' => $fail(), 'c' => 'value']))->wait();
foreach ($settled as $key => $outcome) {
    echo $key, ': ', $outcome['state'], ' ', isset($outcome['value']) ? 'value' : 'reason', "\n";
}
echo get_class($settled['b']['reason']), "\n";
var_dump(WxPayScore\Promise::all([])->wait(), WxPayScore\Promise::all([])->getState());
?>
--EXPECT--
slow,plain,fast A 42 B
all rejected: SYSTEM_ERROR
a: fulfilled value
b: rejected reason
c: fulfilled value
WxPayScore\Exception\ServerException
array(0) {
}
string(9) "fulfilled"
