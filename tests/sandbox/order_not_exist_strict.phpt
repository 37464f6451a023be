--TEST--
Sandbox orders: by default (strict), an order never created is 404 ORDER_NOT_EXIST for every operation, a query_id never handed out is named; query_id from the user's confirmation finds its order
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]); // the sandbox's own default
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$calls = [
    'query' => fn() => $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['out_order_no' => 'NOPE']]),
    'query_id' => fn() => $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['query_id' => 'NOPE']]),
    'pay' => fn() => $node->pay->post(['out_order_no' => 'NOPE', 'json' => WXPS_T_IDS]),
    'sync' => fn() => $node->sync->post(['out_order_no' => 'NOPE', 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20301225121010']]]),
    'cancel' => fn() => $node->cancel->post(['out_order_no' => 'NOPE', 'json' => WXPS_T_IDS + ['reason' => 'x']]),
    'complete' => fn() => $node->complete->post(['out_order_no' => 'NOPE', 'json' => wxps_t_completion()]),
    'modify' => fn() => $node->modify->post(['out_order_no' => 'NOPE', 'json' => wxps_t_completion(['reason' => 'x'])]),
    'partner pay' => fn() => $instance->v3->payscore->partner->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'NOPE', 'json' => ['service_id' => '500001', 'sub_mchid' => '1900000109']]),
];
foreach ($calls as $what => $call) {
    echo "$what: ", wxps_t($call), "\n";
}
try {
    $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['query_id' => 'QUERY-NEVER-GIVEN']]);
} catch (WxPayScore\Exception\RequestException $e) {
    echo 'query_id message: ', $e->getResponse()['message'], "\n";
}
[, $state] = wxps_test_control($server, 'GET', '/_sandbox/state');
echo 'stored after all that: ', count($state['orders']), "\n";
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-QID1')]);
[, $confirmed] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-QID1/confirm');
$found = $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS + ['query_id' => $confirmed['query_id']]]);
echo 'by query_id: ', $found['out_order_no'], ' ', wxps_t_state($found->toArray()), "\n";
echo 'neither: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->get(['query' => WXPS_T_IDS])), "\n";
echo 'other service_id: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->get(['query' => ['service_id' => '999', 'appid' => WXPS_T_IDS['appid'], 'out_order_no' => 'SO-QID1']])), "\n";
?>
--EXPECT--
query: 404 ORDER_NOT_EXIST
query_id: 404 ORDER_NOT_EXIST
pay: 404 ORDER_NOT_EXIST
sync: 404 ORDER_NOT_EXIST
cancel: 404 ORDER_NOT_EXIST
complete: 404 ORDER_NOT_EXIST
modify: 404 ORDER_NOT_EXIST
partner pay: 404 ORDER_NOT_EXIST
query_id message: no order has query_id QUERY-NEVER-GIVEN
stored after all that: 0
by query_id: SO-QID1 DOING/USER_CONFIRM
neither: 400 PARAM_ERROR
other service_id: 400 INVALID_REQUEST
