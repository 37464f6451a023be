--TEST--
Async: a client's calls leave in the order they were made, through any of its nodes; one made in a handler joins the end
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$client = wxps_test_client($server, ['concurrency' => 1]);
$query = fn(string $no) => ['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no]];
$nodes = [$client->v3->payscore->serviceorder, $client->chain('v3/payscore/serviceorder'), $client['v3/payscore/serviceorder']];

$promises = [];
for ($i = 0; $i < 9; $i++) {
    $promises[] = $nodes[$i % 3]->getAsync($query("F$i"));
}
// The first one's handler runs once it is answered, when the others are already queued.
$promises[] = $promises[0]->then(fn() => $nodes[0]->getAsync($query('FROM-HANDLER')));
$promises[] = $nodes[1]->getAsync($query('F9'));
WxPayScore\Promise::all($promises)->wait();

$log = wxps_test_requests($server);
echo implode(' ', array_map(fn($r) => preg_replace('/.*out_order_no=/', '', $r['target']), $log)), "\n";
// One at a time: each arrived after the one before it was answered.
$overlaps = 0;
for ($i = 1; $i < count($log); $i++) {
    $overlaps += $log[$i]['received_at'] < $log[$i - 1]['answered_at'];
}
var_dump($overlaps);
?>
--EXPECT--
F0 F1 F2 F3 F4 F5 F6 F7 F8 F9 FROM-HANDLER
int(0)
