--TEST--
Chaining: the node memo stays bounded over many distinct ids, and a node the caller holds outlives it
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
?>
--EXPECT--
bool(true)
v3/payscore/serviceorder/{out_order_no}
