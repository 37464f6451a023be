--TEST--
Async: inside a then() callback, waiting on a promise whose parent settled alongside works
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$query = fn(string $no) => ['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => $no]];

$a = $node->getAsync($query('NESTED-A'));
$b = $node->getAsync($query('NESTED-B'));
WxPayScore\Promise::all([$a, $b])->wait();          // both settled, nothing queued yet

// Both handlers are queued together: $a's, then $b's. $a's waits on what $b's settles.
$b2 = null;
$outer = $a->then(function ($response) use (&$b2) {
    return [$response['out_order_no'], $b2->wait()];
});
$b2 = $b->then(fn($response) => $response['out_order_no'] . ' via then');
var_dump($outer->wait());
var_dump($b2->getState());

// The same one level deeper, with calls still in flight when the outer wait starts.
$c = $node->getAsync($query('NESTED-C'));
$d = $node->getAsync($query('NESTED-D'));
$d2 = $d->then(fn($response) => $response['out_order_no']);
$e = $c->then(fn($response) => $d2->then(fn($no) => "$no after " . $response['out_order_no'])->wait());
var_dump($e->wait());
?>
--EXPECT--
array(2) {
  [0]=>
  string(8) "NESTED-A"
  [1]=>
  string(17) "NESTED-B via then"
}
string(9) "fulfilled"
string(23) "NESTED-D after NESTED-C"
