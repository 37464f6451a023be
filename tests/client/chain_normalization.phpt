--TEST--
Chaining: keys are normalized as a whole, as wechatpay-php does; the three styles name one path; nodes are memoized
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

$a = $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage;
$b = $instance->chain('v3/payscore/serviceorder/{out_order_no}/send-pendingmessage');
$c = $instance['v3/payscore/serviceorder/{out_order_no}/send-pendingmessage'];
echo $a->getPath(), "\n";
var_dump($a->getPath() === $b->getPath(), $b === $c, $instance->v3 === $instance->v3, $instance->V3 === $instance->v3);

foreach (['merchantService', 'MerchantService', '_out_order_no_', 'any-thing', 'v3', 'billdownload', '_', '__', '_x'] as $name) {
    echo $name, ' => ', $instance->{$name}->getPath(), "\n";
}
// A chain() string and a [] offset are one key each, normalized whole.
foreach (['v3/merchantService/complaintsV2', 'V3/Marketing', 'v3/sendPendingmessage', '_out_trade_no_',
          '{openid}/coupons/{coupon_code}', '/v3//payscore/', 'v3/payscore/', '_a/b_'] as $key) {
    echo $key, ' => ', $instance->chain($key)->getPath(), ' | ', $instance[$key]->getPath(), "\n";
}
echo $instance->{'v3/payscore'}->getPath(), "\n";
echo $instance->v3->chain('payscore')['serviceorder']->getPath(), "\n";
echo $instance->V3->Marketing->Busifavor->Users['{openid}/coupons/{coupon_code}']->Appids['_appid_']->getPath(), "\n";
var_dump(isset($instance->v3), isset($instance['v3']), $instance->getPath());

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
__ => {}
_x => _x
v3/merchantService/complaintsV2 => v3/merchant-service/complaints-v2 | v3/merchant-service/complaints-v2
V3/Marketing => v3/-marketing | v3/-marketing
v3/sendPendingmessage => v3/send-pendingmessage | v3/send-pendingmessage
_out_trade_no_ => {out_trade_no} | {out_trade_no}
{openid}/coupons/{coupon_code} => {openid}/coupons/{coupon_code} | {openid}/coupons/{coupon_code}
/v3//payscore/ => /v3//payscore/ | /v3//payscore/
v3/payscore/ => v3/payscore/ | v3/payscore/
_a/b_ => {a/b} | {a/b}
v3/payscore
v3/payscore/serviceorder
v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}
bool(true)
bool(true)
string(0) ""
int(0)
