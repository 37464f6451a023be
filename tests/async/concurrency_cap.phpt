--TEST--
Async: the concurrency option caps the calls of a client in flight; the rest wait their turn
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server, ['concurrency' => 4])->v3->payscore->serviceorder;
$promises = [];
for ($i = 0; $i < 12; $i++) {
    $promises[] = $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => "C$i"],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'delay=100']]);
}
echo count(WxPayScore\Promise::all($promises)->wait()), "\n";

// The most requests the server held at any one moment.
$events = [];
foreach (wxps_test_requests($server) as $r) {
    $events[] = [$r['received_at'], 1];
    $events[] = [$r['answered_at'], -1];
}
usort($events, fn($a, $b) => $a[0] <=> $b[0] ?: $a[1] <=> $b[1]);
$now = $most = 0;
foreach ($events as [, $step]) {
    $most = max($most, $now += $step);
}
var_dump($most);
?>
--EXPECT--
12
int(4)
