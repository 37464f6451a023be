--TEST--
Sandbox orders: every operation in a state that does not allow it answers 400 INVALID_ORDER_STATE
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$ops = [
    'complete' => fn($no) => $node->complete->post(['out_order_no' => $no, 'json' => wxps_t_completion()]),
    'modify' => fn($no) => $node->modify->post(['out_order_no' => $no, 'json' => wxps_t_completion([ // 1000 less: modify only lowers
        'post_discounts' => [['name' => '新客券', 'description' => '立减', 'amount' => 2000, 'count' => 1]], 'total_amount' => 13000, 'reason' => '改价'])]),
    'pay' => fn($no) => $node->pay->post(['out_order_no' => $no, 'json' => WXPS_T_IDS]),
    'sync' => fn($no) => $node->sync->post(['out_order_no' => $no, 'json' => WXPS_T_IDS + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20301225121010']]]),
    'cancel' => fn($no) => $node->cancel->post(['out_order_no' => $no, 'json' => WXPS_T_IDS + ['reason' => '用户取消']]),
    'send-pendingmessage' => fn($no) => $node->sendPendingmessage->post(['out_order_no' => $no, 'json' => [
        'service_id' => '500001', 'post_payments' => [['name' => '房费', 'amount' => 100]], 'total_amount' => 100, 'prepaid_time' => '20301225121010']]),
];
$control = fn($no, $action) => wxps_test_control($server, 'POST', "/_sandbox/orders/$no/$action")[0];
// Each order is brought to one state, then every operation is tried on a copy of it.
$states = [
    'CREATED' => fn($no) => null,
    'DOING/USER_CONFIRM' => fn($no) => $control($no, 'confirm'),
    'DOING/MCH_COMPLETE USER_PAYING' => function ($no) use ($control, $ops) { $control($no, 'confirm'); $ops['complete']($no); },
    'DONE USER_PAID' => function ($no) use ($control, $ops) { $control($no, 'confirm'); $ops['complete']($no); $control($no, 'pay'); },
    'REVOKED' => fn($no) => $ops['cancel']($no),
    'EXPIRED' => fn($no) => $control($no, 'expire'),
];
$n = 0;
foreach ($states as $state => $reach) {
    $line = [];
    foreach ($ops as $op => $call) {
        $no = 'SO-ILL' . ++$n;
        $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order($no)]);
        $reach($no);
        $line[] = "$op " . wxps_t(fn() => $call($no));
    }
    foreach (['confirm', 'pay', 'expire'] as $action) {
        $no = 'SO-ILL' . ++$n;
        $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order($no)]);
        $reach($no);
        $line[] = "user-$action " . $control($no, $action);
    }
    echo "$state:\n  ", implode("\n  ", $line), "\n";
}
?>
--EXPECT--
CREATED:
  complete 400 INVALID_ORDER_STATE
  modify 400 INVALID_ORDER_STATE
  pay 400 INVALID_ORDER_STATE
  sync 400 INVALID_ORDER_STATE
  cancel 200
  send-pendingmessage 400 INVALID_ORDER_STATE
  user-confirm 200
  user-pay 400
  user-expire 200
DOING/USER_CONFIRM:
  complete 200
  modify 400 INVALID_ORDER_STATE
  pay 400 INVALID_ORDER_STATE
  sync 400 INVALID_ORDER_STATE
  cancel 200
  send-pendingmessage 204
  user-confirm 400
  user-pay 400
  user-expire 400
DOING/MCH_COMPLETE USER_PAYING:
  complete 400 INVALID_ORDER_STATE
  modify 200
  pay 200
  sync 200
  cancel 200
  send-pendingmessage 204
  user-confirm 400
  user-pay 200
  user-expire 400
DONE USER_PAID:
  complete 400 INVALID_ORDER_STATE
  modify 400 INVALID_ORDER_STATE
  pay 400 INVALID_ORDER_STATE
  sync 400 INVALID_ORDER_STATE
  cancel 400 INVALID_ORDER_STATE
  send-pendingmessage 400 INVALID_ORDER_STATE
  user-confirm 400
  user-pay 400
  user-expire 400
REVOKED:
  complete 400 INVALID_ORDER_STATE
  modify 400 INVALID_ORDER_STATE
  pay 400 INVALID_ORDER_STATE
  sync 400 INVALID_ORDER_STATE
  cancel 400 INVALID_ORDER_STATE
  send-pendingmessage 400 INVALID_ORDER_STATE
  user-confirm 400
  user-pay 400
  user-expire 400
EXPIRED:
  complete 400 INVALID_ORDER_STATE
  modify 400 INVALID_ORDER_STATE
  pay 400 INVALID_ORDER_STATE
  sync 400 INVALID_ORDER_STATE
  cancel 400 INVALID_ORDER_STATE
  send-pendingmessage 400 INVALID_ORDER_STATE
  user-confirm 400
  user-pay 400
  user-expire 400
