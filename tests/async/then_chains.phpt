--TEST--
Async: then/otherwise callbacks return values or promises, or throw; a callback may start another call
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$query = fn($no) => ['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no]];

// A value, then a promise for a second call made from inside the callback.
$result = $node->getAsync($query('first'))
    ->then(fn($r) => $r['out_order_no'] . '-then')
    ->then(fn($no) => $node->getAsync($query($no)))
    ->then(fn($r) => 'second saw ' . $r['out_order_no'])
    ->wait();
echo $result, "\n";

// A throwing callback rejects the next promise; otherwise() recovers.
$recovered = $node->getAsync($query('t'))
    ->then(function () { throw new DomainException('merchant rule'); })
    ->then(fn() => 'skipped')
    ->otherwise(fn($e) => get_class($e) . ': ' . $e->getMessage())
    ->wait();
echo $recovered, "\n";

// A rejection passes through then() without an onRejected.
$reason = $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=404']])
    ->then(fn() => 'not called')
    ->then(null, fn($e) => $e->getErrorCode())
    ->wait();
echo $reason, "\n";

// Callbacks run inside wait(), not inside then().
$log = [];
$p = $node->getAsync($query('late'));
$p->wait();
$q = $p->then(function ($r) use (&$log) { $log[] = 'ran'; return 1; });
echo count($log), ' ', $q->getState(), "\n";
echo $q->wait(), ' ', count($log), "\n";

// A callback that returns the promise it resolves is rejected, not a loop.
$self = null;
$self = $node->getAsync($query('s'))->then(function () use (&$self) { return $self; });
try {
    $self->wait();
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
unset($self);
?>
--EXPECT--
second saw first-then
DomainException: merchant rule
ORDER_NOT_EXIST
0 pending
1 1
a then() callback returned the promise it resolves
