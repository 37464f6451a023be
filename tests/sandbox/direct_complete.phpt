--TEST--
Sandbox orders: direct-complete (创单结单合并) creates an order already completed, waiting for the user's payment
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$order = WXPS_T_IDS + [
    'out_order_no' => 'SO-DC1', 'service_introduction' => '停车', 'openid' => 'oUSER3',
    'post_payments' => [['name' => '停车费', 'amount' => 800, 'count' => 1]],
    'total_amount' => 800, 'time_range' => ['start_time' => '20301225091010', 'end_time' => '20301225121010'],
    'notify_url' => WXPS_T_NOWHERE,
];
$answer = $instance->v3->payscore->serviceorder->directComplete->post(['json' => $order])->toArray();
echo 'direct-complete: ', wxps_t_state($answer), ' ', $answer['total_amount'], "\n";
echo 'query: ', wxps_t_state(wxps_t_query($instance, 'SO-DC1')), "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-DC1/pay');
echo 'after the user pays: ', wxps_t_state(wxps_t_query($instance, 'SO-DC1')), "\n";
echo 'amounts off: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->directComplete->post(['json' => ['out_order_no' => 'SO-DC2', 'total_amount' => 900] + $order])), "\n";
echo 'bad end_time: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->directComplete->post(['json' => ['out_order_no' => 'SO-DC3', 'time_range' => ['start_time' => '20301225091010', 'end_time' => 'tonight']] + $order])), "\n";
$free = $instance->v3->payscore->serviceorder->directComplete->post(['json' => ['out_order_no' => 'SO-DC4', 'post_payments' => [['name' => '免费', 'amount' => 0]], 'total_amount' => 0] + $order]);
echo 'free: ', wxps_t_state($free->toArray()), "\n";
?>
--EXPECT--
direct-complete: DOING/MCH_COMPLETE 800
query: DOING/MCH_COMPLETE USER_PAYING
after the user pays: DONE/MCH_COMPLETE USER_PAID
amounts off: 400 PARAM_ERROR
bad end_time: 400 PARAM_ERROR
free: DONE/MCH_COMPLETE
