--TEST--
Async: a batch of 1000 calls from one client completes, every promise fulfilled and every call seen once
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$promises = [];
for ($i = 0; $i < 1000; $i++) {
    $promises[] = $node->getAsync(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => "B$i"]]);
}
$responses = WxPayScore\Promise::all($promises)->wait();

$fulfilled = array_filter($promises, fn($p) => $p->getState() === WxPayScore\Promise::FULFILLED);
$numbers = array_map(fn($r) => $r['out_order_no'], $responses);
echo count($responses), ' ', count($fulfilled), ' ', $numbers === array_map(fn($i) => "B$i", range(0, 999)) ? 'in order' : 'mixed up', "\n";
$seen = array_map(fn($r) => $r['target'], wxps_test_requests($server));
echo count($seen), ' ', count(array_unique($seen)), "\n";
?>
--EXPECT--
1000 1000 in order
1000 1000
