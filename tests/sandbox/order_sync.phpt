--TEST--
Sandbox orders: sync (type Order_Paid) ends a USER_PAYING order as paid by the merchant (paid_type MCH), once
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-SYN1')]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-SYN1/confirm');
$node->complete->post(['out_order_no' => 'SO-SYN1', 'json' => wxps_t_completion()]);
$sync = fn($type) => $node->sync->post(['out_order_no' => 'SO-SYN1', 'json' => WXPS_T_IDS + ['type' => $type, 'detail' => ['paid_time' => '20301225121010']]]);
echo 'other type: ', wxps_t(fn() => $sync('Order_Refunded')), "\n";
$order = $sync('Order_Paid')->toArray();
$detail = $order['collection']['details'][0];
echo wxps_t_state($order), ' ', $detail['paid_type'], ' ', $detail['paid_time'], ' ', $detail['amount'], ' transaction_id:', var_export(isset($detail['transaction_id']), true), "\n";
echo 'again: ', wxps_t(fn() => $sync('Order_Paid')), "\n";
echo 'bad paid_time: ', wxps_t(fn() => $node->sync->post(['out_order_no' => 'SO-SYN1', 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => 'yesterday']]])), "\n";
?>
--EXPECT--
other type: 400 PARAM_ERROR
DONE/MCH_COMPLETE USER_PAID MCH 20301225121010 14000 transaction_id:false
again: 400 INVALID_ORDER_STATE
bad paid_time: 400 PARAM_ERROR
