--TEST--
Async: a call queued behind the concurrency cap is signed when it is sent, not when it was made
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server, ['concurrency' => 1])->v3->payscore->serviceorder;
$made = time();
$promises = [];
for ($i = 0; $i < 3; $i++) {
    $promises[] = $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => "QUEUED-$i"],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'delay=1100']]);
}
WxPayScore\Promise::all($promises)->wait();

foreach (wxps_test_requests($server) as $i => $r) {
    preg_match('/timestamp="(\d+)"/', $r['headers']['authorization'], $m);
    $age = $r['received_at'] - (int) $m[1];            // seconds between signing and arrival
    printf("%d: signed %s, arrived %s\n", $i, $age >= 0 && $age < 1.5 ? 'fresh' : "{$age}s before",
        $r['sign_ok'] ? 'verified' : 'refused');
}
// The last one left the queue after two answers of 1.1 s each.
$last = end($promises)->wait();
var_dump($last->getStatusCode(), (int) $m[1] - $made >= 2);
?>
--EXPECT--
0: signed fresh, arrived verified
1: signed fresh, arrived verified
2: signed fresh, arrived verified
int(200)
bool(true)
