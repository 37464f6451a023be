--TEST--
Sandbox orders: payafter-orders (先享后付) and smartretail-orders keep their own states: CREATED, USER_ACCEPTED, FINISHED, USER_PAID, REVOKED
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$orders = $instance->v3->payscore->payafterOrders;
// These YAMLs also require time_range (and out_order_no in the body of complete).
$range = ['time_range' => ['start_time' => '20301225091010']];
$query = fn($no) => $orders->get(['query' => WXPS_T_IDS + ['out_order_no' => $no]])->toArray();
$created = $orders->post(['json' => WXPS_T_IDS + [
    'out_order_no' => 'PA1', 'service_start_time' => '20301225091010', 'service_introduction' => '租借雨伞',
    'risk_amount' => 5000, 'fees' => [['fee_name' => '租金', 'fee_count' => 1, 'fee_amount' => 200]],
] + $range])->toArray();
echo 'create: ', isset($created['package']) ? 'package ' : '', $query('PA1')['state'], "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/PA1/confirm');
echo 'confirm: ', $query('PA1')['state'], "\n";
$finish = WXPS_T_IDS + $range + ['out_order_no' => 'PA1', 'finish_type' => 2, 'fees' => [['fee_name' => '租金', 'fee_count' => 2, 'fee_amount' => 400]], 'discounts' => [['discount_name' => '券', 'discount_amount' => 100]]];
echo 'complete off: ', wxps_t(fn() => $orders->_out_order_no_->complete->post(['out_order_no' => 'PA1', 'json' => $finish + ['total_amount' => 400]])), "\n";
echo 'complete: ', wxps_t(fn() => $orders->_out_order_no_->complete->post(['out_order_no' => 'PA1', 'json' => $finish + ['total_amount' => 300]])), "\n";
$seen = $query('PA1');
echo $seen['state'], ' ', $seen['total_amount'], ' finish_type ', $seen['finish_type'], "\n";
echo 'sync: ', wxps_t(fn() => $orders->_out_order_no_->sync->post(['out_order_no' => 'PA1', 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20301225121010']]])), "\n";
$seen = $query('PA1');
echo $seen['state'], ' ', $seen['pay_succ_time'], "\n";

$retail = $instance->v3->payscore->smartretailOrders;
$retail->post(['json' => WXPS_T_IDS + ['out_order_no' => 'SR1', 'service_start_time' => '20301225091010'] + $range]);
echo 'smartretail cancel: ', wxps_t(fn() => $retail->_out_order_no_->cancel->post(['out_order_no' => 'SR1', 'json' => WXPS_T_IDS + ['reason' => '不用了']])), ' ';
echo $retail->get(['query' => WXPS_T_IDS + ['out_order_no' => 'SR1']])['state'], "\n";
echo 'payafter and smartretail are apart: ', wxps_t(fn() => $orders->get(['query' => WXPS_T_IDS + ['out_order_no' => 'SR1']])), "\n";
?>
--EXPECT--
create: package CREATED
confirm: USER_ACCEPTED
complete off: 400 PARAM_ERROR
complete: 200
FINISHED 300 finish_type 2
sync: 200
USER_PAID 20301225121010
smartretail cancel: 200 REVOKED
payafter and smartretail are apart: 404 ORDER_NOT_EXIST
