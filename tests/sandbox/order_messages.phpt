--TEST--
Sandbox orders: send-pendingmessage and send-prepaidmessage, once each while the service runs, with amounts that add up
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$message = [
    'service_id' => '500001',
    'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
    'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
    'total_amount' => 39900,
    'prepaid_time' => '20301225091210',
];
$pending = fn($json) => $node->sendPendingmessage->post(['out_order_no' => 'SO-MSG1', 'json' => $json]);
$prepaid = fn($json) => $node->sendPrepaidmessage->post(['out_order_no' => 'SO-MSG1', 'json' => $json]);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-MSG1')]);
echo 'before the user confirms: ', wxps_t(fn() => $pending($message)), "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-MSG1/confirm');
echo 'amounts off: ', wxps_t(fn() => $pending(['total_amount' => 40000] + $message)), "\n";
echo 'pending: ', wxps_t(fn() => $pending($message)), "\n";
echo 'pending again: ', wxps_t(fn() => $pending($message)), "\n";
echo 'prepaid: ', wxps_t(fn() => $prepaid($message)), "\n";
echo 'prepaid again: ', wxps_t(fn() => $prepaid($message)), "\n";
[, $order] = wxps_test_control($server, 'GET', '/_sandbox/orders/SO-MSG1');
echo implode(', ', array_keys($order['messages'])), ' ', $order['messages']['send-pendingmessage']['total_amount'], "\n";
?>
--EXPECT--
before the user confirms: 400 INVALID_ORDER_STATE
amounts off: 400 PARAM_ERROR
pending: 204
pending again: 400 INVALID_REQUEST
prepaid: 204
prepaid again: 400 INVALID_REQUEST
send-pendingmessage, send-prepaidmessage 39900
