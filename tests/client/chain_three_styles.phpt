--TEST--
Chaining: properties, chain() and [] name one path, and mix in one chain
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

$a = $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage;
$b = $instance->chain('v3/payscore/serviceorder/{out_order_no}/send-pendingmessage');
echo $a->getPath(), "\n";
var_dump($a->getPath() === $b->getPath());
echo $instance->{'v3/payscore'}->getPath(), "\n";
echo $instance->v3->chain('payscore')['serviceorder']->getPath(), "\n";
echo $instance->V3->Marketing->Busifavor->Users['{openid}/coupons/{coupon_code}']->Appids['_appid_']->getPath(), "\n";
var_dump(isset($instance->v3), isset($instance['v3']), $instance->getPath());
?>
--EXPECT--
v3/payscore/serviceorder/{out_order_no}/send-pendingmessage
bool(true)
v3/payscore
v3/payscore/serviceorder
v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}
bool(true)
bool(true)
string(0) ""
