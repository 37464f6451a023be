--TEST--
Sandbox lenient mode (--lenient, what the test helper starts unless told otherwise): an order never created is made up in the state the call needs, and marked so
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
echo 'pay "": ', wxps_t(fn() => $node->pay->post(['out_order_no' => '', 'json' => WXPS_T_IDS])), "\n";
echo 'pay "../x": ', wxps_t(fn() => $node->pay->post(['out_order_no' => '../x', 'json' => WXPS_T_IDS])), "\n";
echo 'query: ', wxps_t_state(wxps_t_query($instance, 'L1')), "\n";
echo 'sync: ', wxps_t_state($node->sync->post(['out_order_no' => 'L2', 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20301225121010']]])->toArray()), "\n";
echo 'send-pendingmessage: ', wxps_t(fn() => $node->sendPendingmessage->post(['out_order_no' => 'L3', 'json' => [
    'service_id' => '500001', 'post_payments' => [['name' => '房费', 'amount' => 100]], 'total_amount' => 100, 'prepaid_time' => '20301225121010']])), "\n";
echo 'complete: ', wxps_t(fn() => $node->complete->post(['out_order_no' => 'L4', 'json' => wxps_t_completion()])), "\n";
// A made-up order is a real one from then on: the state machine applies.
echo 'complete again: ', wxps_t(fn() => $node->complete->post(['out_order_no' => 'L4', 'json' => wxps_t_completion()])), "\n";
echo 'still checked: ', wxps_t(fn() => $node->pay->post(['out_order_no' => 'L5', 'json' => ['appid' => 'wx1']])), "\n";
[, $listed] = wxps_test_control($server, 'GET', '/_sandbox/orders');
foreach ($listed['orders'] as $o) {
    echo var_export($o['order']['out_order_no'], true), ' made_up=', var_export($o['made_up'], true), ' ', wxps_t_state($o['order']), "\n";
}
?>
--EXPECT--
pay "": 200
pay "../x": 200
query: DOING/MCH_COMPLETE USER_PAYING
sync: DONE/MCH_COMPLETE USER_PAID
send-pendingmessage: 204
complete: 200
complete again: 400 INVALID_ORDER_STATE
still checked: 400 PARAM_ERROR
'' made_up=true DOING/MCH_COMPLETE USER_PAYING
'../x' made_up=true DOING/MCH_COMPLETE USER_PAYING
'L1' made_up=true DOING/MCH_COMPLETE USER_PAYING
'L2' made_up=true DONE/MCH_COMPLETE USER_PAID
'L3' made_up=true DOING/USER_CONFIRM
'L4' made_up=true DOING/MCH_COMPLETE USER_PAYING
