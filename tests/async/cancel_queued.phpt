--TEST--
Async: cancel() of a call still waiting for a slot takes it out of the queue: it never reaches the server, the others do
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server, ['concurrency' => 1])->v3->payscore->serviceorder;
$call = fn(string $no, int $delay = 0) => $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no],
    'headers' => ['Wechatpay-Sandbox-Fault' => "delay=$delay"]]);

$first = $call('Q-0', 200);
$queued = $call('Q-1');
$last = $call('Q-2');
$queued->cancel();
echo $queued->getState(), "\n";
try {
    $queued->wait();
} catch (WxPayScore\Exception\CancellationException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$settled = WxPayScore\Promise::settle([$first, $queued, $last])->wait();
echo implode(' ', array_column($settled, 'state')), "\n";

// Cancelling the call in flight gives its slot to the next one at once.
$numbers = fn() => array_map(fn($r) => preg_replace('/.*out_order_no=/', '', $r['target']), wxps_test_requests($server));
$slow = $call('R-0', 5000);
$next = $call('R-1');
$node->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'SYNC']]); // drives the engine: R-0 goes out
for ($deadline = microtime(true) + 2; !in_array('R-0', $numbers()) && microtime(true) < $deadline; usleep(10000));
$started = microtime(true);
$slow->cancel();
echo $next->wait()['out_order_no'], "\n";
var_dump(microtime(true) - $started < 2.0);

$seen = $numbers();
sort($seen);
echo implode(' ', $seen), "\n";
?>
--EXPECT--
rejected
WxPayScore\Exception\CancellationException: the call was cancelled
fulfilled rejected fulfilled
R-1
bool(true)
Q-0 Q-2 R-0 R-1 SYNC
