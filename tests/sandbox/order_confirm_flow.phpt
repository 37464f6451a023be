--TEST--
Sandbox orders: create → user confirms → complete → 催收 pay → user pays, each state as the query API shows it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$order = $instance->v3->payscore->serviceorder;

$created = $order->post(['json' => wxps_t_order('SO-FLOW1')])->toArray();
echo 'create: ', wxps_t_state($created), ', package ', isset($created['package']) ? 'yes' : 'no', "\n";
echo 'query: ', wxps_t_state(wxps_t_query($instance, 'SO-FLOW1')), "\n";

[$status, $confirmed] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-FLOW1/confirm', ['openid' => 'oUSER1']);
echo "user confirms: $status ", wxps_t_state($confirmed['order']), "\n";
$seen = wxps_t_query($instance, 'SO-FLOW1');
echo 'query: ', wxps_t_state($seen), ', openid ', $seen['openid'], "\n";

$completed = $order->_out_order_no_->complete->post(['out_order_no' => 'SO-FLOW1', 'json' => wxps_t_completion()])->toArray();
echo 'complete: ', wxps_t_state($completed), ', total ', $completed['total_amount'], "\n";
$seen = wxps_t_query($instance, 'SO-FLOW1');
echo 'query: ', wxps_t_state($seen), ', paying ', $seen['collection']['paying_amount'], "\n";

$paid = $order->_out_order_no_->pay->post(['out_order_no' => 'SO-FLOW1', 'json' => WXPS_T_IDS]);
echo 'pay (催收): ', $paid->getStatusCode(), ' ', $paid['order_id'] === $created['order_id'] ? 'same order_id' : 'other order_id', "\n";
echo 'query: ', wxps_t_state(wxps_t_query($instance, 'SO-FLOW1')), "\n";

[$status, $afterPay] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-FLOW1/pay');
echo "user pays: $status ", wxps_t_state($afterPay['order']), "\n";
$seen = wxps_t_query($instance, 'SO-FLOW1');
$detail = $seen['collection']['details'][0];
echo 'query: ', wxps_t_state($seen), ', paid ', $seen['collection']['paid_amount'], ', paying ', $seen['collection']['paying_amount'], "\n";
echo 'detail: ', $detail['seq'], ' ', $detail['amount'], ' ', $detail['paid_type'], ' ', preg_match('/^\d{14}$/', $detail['paid_time']), ' ', preg_match('/^\d{28}$/', $detail['transaction_id']), "\n";
?>
--EXPECT--
create: CREATED, package yes
query: CREATED
user confirms: 200 DOING/USER_CONFIRM
query: DOING/USER_CONFIRM, openid oUSER1
complete: DOING/MCH_COMPLETE, total 14000
query: DOING/MCH_COMPLETE USER_PAYING, paying 14000
pay (催收): 200 same order_id
query: DOING/MCH_COMPLETE USER_PAYING
user pays: 200 DONE/MCH_COMPLETE USER_PAID
query: DONE/MCH_COMPLETE USER_PAID, paid 14000, paying 0
detail: 1 14000 NEWTON 1 1
