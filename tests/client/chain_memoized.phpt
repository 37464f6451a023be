--TEST--
Chaining: nodes are memoized: one key gives one node in any style or case, and repeating a chain allocates nothing
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

$b = $instance->chain('v3/payscore/serviceorder/{out_order_no}/send-pendingmessage');
$c = $instance['v3/payscore/serviceorder/{out_order_no}/send-pendingmessage'];
var_dump($b === $c, $instance->v3 === $instance->v3, $instance->V3 === $instance->v3);

// Repeating a chain allocates nothing new.
$instance->v3->payscore->serviceorder->_out_order_no_->pay;
$instance['v3/payscore/serviceorder/{out_order_no}/pay'];
$before = memory_get_usage();
for ($i = 0; $i < 1000; $i++) {
    $instance->v3->payscore->serviceorder->_out_order_no_->pay;
    $instance['v3/payscore/serviceorder/{out_order_no}/pay'];
}
var_dump(memory_get_usage() - $before);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
