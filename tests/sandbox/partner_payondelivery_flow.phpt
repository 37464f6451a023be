--TEST--
Sandbox orders: a partner pay-on-delivery (先用后付) order from creation to payment, through the partner endpoints (204 answers)
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$partner = $instance->v3->payscore->partner;
$sub = ['service_id' => '500001', 'sub_mchid' => '1900000109'];
$created = $partner->servicepayondeliveryorder->post(['json' => $sub + [
    'appid' => 'wxd678efh567hg6787', 'sub_appid' => 'wxd678efh567hg6999', 'out_order_no' => 'SO-POD1',
    'service_introduction' => '共享充电宝', 'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 9900],
    'time_range' => ['start_time' => 'OnAccept'], 'notify_url' => WXPS_T_NOWHERE,
    'shopping_info' => ['goods' => [['name' => '充电宝', 'picture' => 'https://example.com/p.png', 'amount' => 300, 'count' => 1]]],
]])->toArray();
echo 'create: ', $created['state'], ' ', $created['sub_mchid'], ' ', isset($created['package']) ? 'package' : '-', ' ', isset($created['shopping_info']) ? 'shopping_info' : '-', "\n";
[, $confirmed] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-POD1/confirm?sub_mchid=1900000109');
echo 'confirm: ', wxps_t_state($confirmed['order']), ' sub_openid ', $confirmed['order']['sub_openid'], "\n";
$node = $partner->serviceorder->_out_order_no_;
$done = $sub + ['post_payments' => [['name' => '租借费', 'amount' => 300]], 'total_amount' => 300];
echo 'complete: ', wxps_t(fn() => $node->complete->post(['out_order_no' => 'SO-POD1', 'json' => $done])), "\n";
echo 'pay: ', wxps_t(fn() => $node->pay->post(['out_order_no' => 'SO-POD1', 'json' => $sub])), "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-POD1/pay');
$order = $partner->serviceorder->get(['query' => $sub + ['out_order_no' => 'SO-POD1']])->toArray();
echo 'query: ', wxps_t_state($order), ' ', $order['total_amount'], ' ', $order['sub_mchid'], "\n";
// The order belongs to the sub-merchant: another one, or the direct API, does not see it.
echo 'other sub_mchid: ', wxps_t(fn() => $partner->serviceorder->get(['query' => ['service_id' => '500001', 'sub_mchid' => '1900000110', 'out_order_no' => 'SO-POD1']])), "\n";
echo 'direct API: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['out_order_no' => 'SO-POD1']])), "\n";
?>
--EXPECT--
create: CREATED 1900000109 package shopping_info
confirm: DOING/USER_CONFIRM sub_openid oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
complete: 204
pay: 204
query: DONE/MCH_COMPLETE USER_PAID 300 1900000109
other sub_mchid: 404 ORDER_NOT_EXIST
direct API: 404 ORDER_NOT_EXIST
