--TEST--
Sandbox field rules on complete and modify: a DEPOSIT caps the total, an ESTIMATE_ORDER_COST does not; modify only lowers what is collected; whole fen and real times; each refusal carries the detail object
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]);
$instance = wxps_test_client($server);
$node = $instance->v3->payscore->serviceorder->_out_order_no_;
$ready = function (string $no, array $order = []) use ($instance, $server) {
    $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order($no, $order)]);
    wxps_test_control($server, 'POST', "/_sandbox/orders/$no/confirm");
};
$show = function (callable $call) {
    try {
        return (string) $call()->getStatusCode();
    } catch (WxPayScore\Exception\ClientException $e) {
        $answer = $e->getResponse();
        return $e->getCode() . ' ' . $e->getErrorCode() . ' ' . json_encode($answer['detail'] ?? null, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
};
$complete = fn(string $no, array $more = []) => $show(fn() => $node->complete->post(['out_order_no' => $no, 'json' => wxps_t_completion($more)]));
$modify = fn(string $no, int $room) => $show(fn() => $node->modify->post(['out_order_no' => $no, 'json' => wxps_t_completion([
    'post_payments' => [['name' => '房费', 'amount' => $room]], 'post_discounts' => [], 'total_amount' => $room, 'reason' => '少收房费'])]));

$ready('CAP-DEPOSIT', ['risk_fund' => ['name' => 'DEPOSIT', 'amount' => 10000]]);
echo 'complete above a DEPOSIT: ', $complete('CAP-DEPOSIT'), "\n";
$ready('CAP-ESTIMATE', ['risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000]]);
echo 'complete above an ESTIMATE_ORDER_COST: ', $complete('CAP-ESTIMATE'), "\n";
$ready('SUM-WRONG');
echo 'total not payments minus discounts: ', $complete('SUM-WRONG', ['total_amount' => 15000]), "\n";
echo 'total in yuan: ', $complete('SUM-WRONG', ['post_payments' => [['name' => '房费', 'amount' => 150.5]], 'post_discounts' => [], 'total_amount' => 150.5]), "\n";
echo 'end before the order\'s start: ', $complete('SUM-WRONG', ['time_range' => ['start_time' => '20301225090000', 'end_time' => '20301224']]), "\n";
echo 'end not a date: ', $complete('SUM-WRONG', ['time_range' => ['end_time' => '20301301']]), "\n";

// CAP-ESTIMATE is collecting 14000.
echo 'modify to the same amount: ', $modify('CAP-ESTIMATE', 14000), "\n";
echo 'modify up: ', $modify('CAP-ESTIMATE', 15000), "\n";
echo 'modify down: ', $modify('CAP-ESTIMATE', 12000), "\n";
echo 'modify down again: ', $modify('CAP-ESTIMATE', 12000), "\n";
echo 'modify further down: ', $modify('CAP-ESTIMATE', 11000), "\n";
echo 'collecting: ', wxps_t_query($instance, 'CAP-ESTIMATE')['collection']['paying_amount'], "\n";
?>
--EXPECT--
complete above a DEPOSIT: 400 PARAM_ERROR {"field":"/total_amount","value":14000,"issue":"must not exceed risk_fund.amount (10000) for a DEPOSIT risk fund","location":"body"}
complete above an ESTIMATE_ORDER_COST: 200
total not payments minus discounts: 400 PARAM_ERROR {"field":"/total_amount","value":15000,"issue":"must be 14000: post_payments minus post_discounts","location":"body"}
total in yuan: 400 PARAM_ERROR {"field":"/post_payments/0/amount","value":150.5,"issue":"must be a whole number of fen (an integer)","location":"body"}
end before the order's start: 400 PARAM_ERROR {"field":"/time_range/end_time","value":"20301224","issue":"must not be before time_range.start_time (20301225090000)","location":"body"}
end not a date: 400 PARAM_ERROR {"field":"/time_range/end_time","value":"20301301","issue":"must be a real date and time","location":"body"}
modify to the same amount: 400 PARAM_ERROR {"field":"/total_amount","value":14000,"issue":"must be less than the amount being collected (14000): modify only lowers it","location":"body"}
modify up: 400 PARAM_ERROR {"field":"/total_amount","value":15000,"issue":"must be less than the amount being collected (14000): modify only lowers it","location":"body"}
modify down: 200
modify down again: 400 PARAM_ERROR {"field":"/total_amount","value":12000,"issue":"must be less than the amount being collected (12000): modify only lowers it","location":"body"}
modify further down: 200
collecting: 11000
