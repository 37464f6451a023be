--TEST--
Sandbox orders: a retried create gets the same order back, another order under the same out_order_no is ORDER_EXISTS; sub-merchants have their own numbers
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$first = $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-DUP1')]);
$again = $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-DUP1')]);
echo $again->getStatusCode(), ' ', $again['order_id'] === $first['order_id'] ? 'same order' : 'new order', "\n";
echo 'other order: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-DUP1', ['service_introduction' => '另一家酒店'])])), "\n";
// Retrying after the user confirmed shows the order as it is now.
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-DUP1/confirm');
echo 'retry after confirm: ', $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-DUP1')])['state'], "\n";

$partner = fn($sub) => $instance->v3->payscore->partner->serviceorder->post(['json' => [
    'service_id' => '500001', 'appid' => 'wxd678efh567hg6787', 'sub_mchid' => $sub, 'out_order_no' => 'SO-DUP1',
    'service_introduction' => '某某酒店', 'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 100],
    'time_range' => ['start_time' => 'OnAccept'], 'notify_url' => WXPS_T_NOWHERE,
]]);
$a = $partner('1900000109');
$b = $partner('1900000110');
echo 'partner: ', $a['state'], ' ', $b['state'], ' ', $a['order_id'] !== $b['order_id'] ? 'two orders' : 'one order', "\n";
[, $listed] = wxps_test_control($server, 'GET', '/_sandbox/orders');
echo count($listed['orders']), " orders in the sandbox\n";
?>
--EXPECT--
200 same order
other order: 400 ORDER_EXISTS
retry after confirm: DOING
partner: CREATED CREATED two orders
3 orders in the sandbox
