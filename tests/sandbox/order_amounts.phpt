--TEST--
Sandbox orders: total_amount must be payments minus discounts, a deposit caps it, modify changes what is collected, 0 fen ends the order
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$ready = function (string $no, array $order = []) use ($instance, $server) {
    $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order($no, $order)]);
    wxps_test_control($server, 'POST', "/_sandbox/orders/$no/confirm");
};
$complete = fn($no, $json) => $node->complete->post(['out_order_no' => $no, 'json' => $json]);
$why = function (callable $call) {
    try {
        $call();
        return 'accepted';
    } catch (WxPayScore\Exception\ClientException $e) {
        return $e->getErrorCode() . ': ' . $e->getResponse()['message'];
    }
};
$ready('SO-AMT1');
echo $why(fn() => $complete('SO-AMT1', wxps_t_completion(['total_amount' => 15000]))), "\n";
echo $why(fn() => $complete('SO-AMT1', wxps_t_completion(['post_payments' => [['name' => '房费', 'amount' => 30000]], 'total_amount' => 29000]))), "\n";
echo $why(fn() => $complete('SO-AMT1', wxps_t_completion())), "\n";

$modify = fn($json) => $node->modify->post(['out_order_no' => 'SO-AMT1', 'json' => $json + ['reason' => '少收房费']]);
echo $why(fn() => $modify(wxps_t_completion(['post_payments' => [['name' => '房费', 'amount' => 12000]], 'post_discounts' => [], 'total_amount' => 12000]))), "\n";
echo $why(fn() => $modify(wxps_t_completion(['post_payments' => [['name' => '房费', 'amount' => 12000]], 'post_discounts' => [], 'total_amount' => 11000]))), "\n";
$seen = wxps_t_query($instance, 'SO-AMT1');
echo 'after modify: total ', $seen['total_amount'], ', paying ', $seen['collection']['paying_amount'], ', ', count($seen['post_payments']), " payment\n";

// An estimate is no cap.
$ready('SO-AMT2', ['risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 100]]);
echo $why(fn() => $complete('SO-AMT2', wxps_t_completion())), "\n";
// Nothing to collect: the order is done at once.
$ready('SO-AMT3');
$done = $complete('SO-AMT3', wxps_t_completion(['post_payments' => [['name' => '免费', 'amount' => 0]], 'post_discounts' => [], 'total_amount' => 0]))->toArray();
echo wxps_t_state($done), ' need_collection=', var_export($done['need_collection'], true), "\n";
?>
--EXPECT--
PARAM_ERROR: total_amount must be 14000: post_payments minus post_discounts
PARAM_ERROR: total_amount must not exceed risk_fund.amount (20000) for a DEPOSIT risk fund
accepted
accepted
PARAM_ERROR: total_amount must be 12000: post_payments minus post_discounts
after modify: total 12000, paying 12000, 1 payment
accepted
DONE/MCH_COMPLETE need_collection=false
