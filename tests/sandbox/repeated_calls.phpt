--TEST--
Sandbox orders, the same call again: a create with the same body returns the order (原参重入); pay (催收) again and again while the user has not paid, then 400; send-pendingmessage once per order, after completion too, then 400; a second sync or cancel is 400
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$order = wxps_t_order('AGAIN-1');
$first = $instance->v3->payscore->serviceorder->post(['json' => $order])->toArray();
$second = $instance->v3->payscore->serviceorder->post(['json' => $order])->toArray();
echo 'create again, same body: ', $first === $second ? 'the same order' : 'another answer', "\n";
echo 'create again, other body: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->post(['json' => ['service_introduction' => '另一家酒店'] + $order])), "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/AGAIN-1/confirm');
$node->complete->post(['out_order_no' => 'AGAIN-1', 'json' => wxps_t_completion()]);

$pay = fn() => $node->pay->post(['out_order_no' => 'AGAIN-1', 'json' => WXPS_T_IDS]);
echo 'pay: ', wxps_t($pay), ', again: ', wxps_t($pay), ', again: ', wxps_t($pay), "\n";
$message = ['service_id' => '500001', 'post_payments' => [['name' => '房费', 'amount' => 14000]], 'total_amount' => 14000, 'prepaid_time' => '20301225091210'];
$pending = fn() => $node->sendPendingmessage->post(['out_order_no' => 'AGAIN-1', 'json' => $message]);
echo 'send-pendingmessage after completion: ', wxps_t($pending), ', again: ', wxps_t($pending), "\n";
[, $stored] = wxps_test_control($server, 'GET', '/_sandbox/orders/AGAIN-1');
echo 'collection requests: ', $stored['collection_requests'], "\n";

wxps_test_control($server, 'POST', '/_sandbox/orders/AGAIN-1/pay');
echo 'pay once the user paid: ', wxps_t($pay), "\n";
echo 'send-pendingmessage once DONE: ', wxps_t($pending), "\n";
$sync = fn() => $node->sync->post(['out_order_no' => 'AGAIN-1', 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20301225121010']]]);
echo 'sync once paid: ', wxps_t($sync), "\n";

$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('AGAIN-2')]);
$cancel = fn() => $node->cancel->post(['out_order_no' => 'AGAIN-2', 'json' => WXPS_T_IDS + ['reason' => '用户取消']]);
echo 'cancel: ', wxps_t($cancel), ', again: ', wxps_t($cancel), "\n";
?>
--EXPECT--
create again, same body: the same order
create again, other body: 400 ORDER_EXISTS
pay: 200, again: 200, again: 200
send-pendingmessage after completion: 204, again: 400 INVALID_REQUEST
collection requests: 3
pay once the user paid: 400 INVALID_ORDER_STATE
send-pendingmessage once DONE: 400 INVALID_ORDER_STATE
sync once paid: 400 INVALID_ORDER_STATE
cancel: 200, again: 400 INVALID_ORDER_STATE
