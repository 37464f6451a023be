--TEST--
Chaining: keys are normalized as a whole, as wechatpay-php does: camelCase to kebab-case, _name_ to {name}
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

foreach (['merchantService', 'MerchantService', '_out_order_no_', 'any-thing', 'v3', 'billdownload', '_', '__', '_x'] as $name) {
    echo $name, ' => ', $instance->{$name}->getPath(), "\n";
}
// A chain() string and a [] offset are one key each, normalized whole.
foreach (['v3/merchantService/complaintsV2', 'V3/Marketing', 'v3/sendPendingmessage', '_out_trade_no_',
          '{openid}/coupons/{coupon_code}', '/v3//payscore/', 'v3/payscore/', '_a/b_'] as $key) {
    echo $key, ' => ', $instance->chain($key)->getPath(), ' | ', $instance[$key]->getPath(), "\n";
}
?>
--EXPECT--
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
