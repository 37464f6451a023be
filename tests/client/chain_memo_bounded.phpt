--TEST--
Chaining: the node memo stays bounded over many distinct ids, and over-long paths are refused before any node is built
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));
$orders = $instance->v3->payscore->serviceorder;

// Warm up, then many distinct ids through every style of chaining: memory stays where it was.
for ($i = 10000; $i < 10200; $i++) {        // ids as long as those below, so the same sizes
    $orders->{"ORDER$i"}->pay;
    $instance->chain("v3/payscore/serviceorder/ORDER$i/pay");
    $instance["v3/payscore/serviceorder/ORDER$i"];
}
$before = memory_get_usage();
for ($i = 20000; $i < 70000; $i++) {
    $orders->{"ORDER$i"}->pay;
    $instance->chain("v3/payscore/serviceorder/ORDER$i/pay");
    $instance["v3/payscore/serviceorder/ORDER$i"];
}
$grown = memory_get_usage() - $before;
var_dump($grown < 64 * 1024);

// A node the caller holds outlives the memo, and still works.
$held = $orders->_out_order_no_;
for ($i = 0; $i < 200; $i++) {
    $orders->{"X$i"};
}
echo $held->getPath(), "\n";

// Over-long keys and paths: refused with a clear message, and nothing is kept.
$before = memory_get_usage();
foreach ([fn() => $instance->chain(str_repeat('v3/segment/', 1500)),
          fn() => $instance[str_repeat('a', 5000)],
          fn() => $instance->{str_repeat('b', 5000)}] as $call) {
    try {
        $call();
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$node = $instance;
try {
    for ($i = 0; $i < 10000; $i++) {
        $node = $node->{'segment' . $i};
    }
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $i, ' deep: ', $e->getMessage(), "\n";
}
unset($node);
var_dump(memory_get_usage() - $before < 64 * 1024);
?>
--EXPECTF--
bool(true)
v3/payscore/serviceorder/{out_order_no}
a Client path is 16500 bytes long; at most 4096 are taken
a Client path is 5000 bytes long; at most 4096 are taken
a Client path is 5000 bytes long; at most 4096 are taken
%d deep: a Client path is %d bytes long; at most 4096 are taken
bool(true)
