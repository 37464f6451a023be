--TEST--
Chaining: segment normalization, the three styles name one node, nodes are memoized
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../server/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

$a = $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage;
$b = $instance->chain('v3/payscore/serviceorder/{out_order_no}/send-pendingmessage');
$c = $instance['v3/payscore/serviceorder/{out_order_no}/send-pendingmessage'];
echo $a->getPath(), "\n";
var_dump($a === $b, $b === $c, $instance->v3 === $instance->v3, $instance->V3 === $instance->v3);

foreach (['merchantService', 'MerchantService', '_out_order_no_', 'any-thing', 'v3', 'billdownload', '_'] as $name) {
    echo $name, ' => ', $instance->{$name}->getPath(), "\n";
}
echo $instance->{'v3/payscore'}->getPath(), "\n";
echo $instance->chain('/v3//payscore/')->getPath(), "\n";
echo $instance->chain('v3/sendPendingmessage')->getPath(), "\n";
echo $instance->v3->chain('payscore')['serviceorder']->getPath(), "\n";
var_dump(isset($instance->v3), isset($instance['v3']), $instance->getPath());

// Repeating a chain allocates nothing new.
$instance->v3->payscore->serviceorder->_out_order_no_->pay;
$before = memory_get_usage();
for ($i = 0; $i < 1000; $i++) {
    $instance->v3->payscore->serviceorder->_out_order_no_->pay;
    $instance['v3/payscore/serviceorder/{out_order_no}/pay'];
}
var_dump(memory_get_usage() - $before);
?>
--EXPECT--
v3/payscore/serviceorder/{out_order_no}/send-pendingmessage
bool(true)
bool(true)
bool(true)
bool(true)
merchantService => merchant-service
MerchantService => merchant-service
_out_order_no_ => {out_order_no}
any-thing => any-thing
v3 => v3
billdownload => billdownload
_ => _
v3/payscore
v3/payscore
v3/sendPendingmessage
v3/payscore/serviceorder
bool(true)
bool(true)
string(0) ""
int(0)
