--TEST--
Async: cancel() stops a pending call and rejects it with CancellationException; a settled promise ignores it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$slow = $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'delay=5000']]);
$child = $slow->then(fn() => 'fulfilled?', fn($e) => 'child saw ' . get_class($e));
$slow->cancel();
echo $slow->getState(), "\n";
echo $child->wait(), "\n";
try {
    $slow->wait();
} catch (WxPayScore\Exception\CancellationException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$done = $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'Z']]);
$done->wait();
$done->cancel();
echo $done->getState(), "\n";
// The cancelled call's connection is gone; new calls still work.
echo $node->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'after']])['out_order_no'], "\n";
?>
--EXPECT--
rejected
child saw WxPayScore\Exception\CancellationException
WxPayScore\Exception\CancellationException: the call was cancelled
fulfilled
after
