--TEST--
Async: two clients with different concurrency share the engine: each keeps its own cap and order, and neither waits for the other
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$one = wxps_test_client($server, ['concurrency' => 1])->v3->payscore->serviceorder;
$three = wxps_test_client($server, ['concurrency' => 3])->v3->payscore->serviceorder;
$call = fn($node, string $no) => $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no],
    'headers' => ['Wechatpay-Sandbox-Fault' => 'delay=100']]);
$promises = [];
for ($i = 0; $i < 6; $i++) {
    $promises[] = $call($one, "ONE-$i");
    $promises[] = $call($three, "THREE-$i");
}
echo count(WxPayScore\Promise::all($promises)->wait()), "\n";

/** The most requests the server held at any one moment, of those whose order number starts with $prefix. */
function most_at_once(array $log, string $prefix): int
{
    $events = [];
    foreach ($log as $r) {
        if (str_contains($r['target'], "out_order_no=$prefix")) {
            $events[] = [$r['received_at'], 1];
            $events[] = [$r['answered_at'], -1];
        }
    }
    usort($events, fn($a, $b) => $a[0] <=> $b[0] ?: $a[1] <=> $b[1]);
    $now = $most = 0;
    foreach ($events as [, $step]) {
        $most = max($most, $now += $step);
    }
    return $most;
}
$log = wxps_test_requests($server);
var_dump(most_at_once($log, 'ONE-'), most_at_once($log, 'THREE-'), most_at_once($log, ''));
$ones = array_values(array_filter(array_map(fn($r) => preg_replace('/.*out_order_no=/', '', $r['target']), $log),
    fn($no) => str_starts_with($no, 'ONE-')));
echo implode(' ', $ones), "\n";
// The client with three slots was done while the other still had half of its calls to make.
$lastThree = max(array_map(fn($r) => $r['answered_at'], array_filter($log, fn($r) => str_contains($r['target'], 'THREE-'))));
$lastOne = max(array_map(fn($r) => $r['answered_at'], array_filter($log, fn($r) => str_contains($r['target'], 'ONE-'))));
var_dump($lastOne - $lastThree > 0.25);
?>
--EXPECT--
12
int(1)
int(3)
int(4)
ONE-0 ONE-1 ONE-2 ONE-3 ONE-4 ONE-5
bool(true)
