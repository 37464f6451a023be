--TEST--
Sandbox checks: types, patterns, lengths and enums from the YAMLs, bad JSON, unknown paths and wrong methods
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$why = function (callable $call) {
    try {
        $call();
        return 'accepted';
    } catch (WxPayScore\Exception\ClientException $e) {
        return $e->getCode() . ' ' . $e->getErrorCode() . ': ' . $e->getResponse()['message'];
    }
};
$create = fn(array $json) => $instance->v3->payscore->serviceorder->post(['json' => $json]);
echo $why(fn() => $create(wxps_t_order('F1', ['time_range' => ['start_time' => 'tomorrow']]))), "\n";
echo $why(fn() => $create(wxps_t_order('F1', ['risk_fund' => ['name' => 'DEPOSIT', 'amount' => '100']]))), "\n";
echo $why(fn() => $create(wxps_t_order('F1', ['need_user_confirm' => 'no']))), "\n";
echo $why(fn() => $create(wxps_t_order('F1', ['post_payments' => [['amount' => 1]]]))), "\n";
echo $why(fn() => $create(wxps_t_order('F1', ['time_range' => 'OnAccept']))), "\n";
echo $why(fn() => $create(wxps_t_order('F1', ['post_payments' => ['name' => 'x']]))), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorder->directComplete->post(['json' => WXPS_T_IDS + [
    'out_order_no' => 'F2', 'time_range' => ['start_time' => 'OnAccept'], 'total_amount' => 0,
    'post_payments' => [['name' => str_repeat('长', 21), 'amount' => 0]]]])), "\n";
echo $why(fn() => $instance->v3->payscore->partner->serviceorder->post(['json' => wxps_t_order('F3', ['sub_mchid' => '1900000109', 'risk_fund' => ['name' => 'GUESS', 'amount' => 1]])])), "\n";
echo $why(fn() => $instance->v3->payscore->oversea->partner->serviceorder->post(['json' => wxps_t_order('F4', [
    'sub_mchid' => '1900000109', 'currency' => 'HKD', 'time_range' => ['start_time' => '20191111162405']])])), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorder->post(['body' => '{"out_order_no":', 'headers' => ['Content-Type' => 'application/json']])), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorder->post(['body' => '[1,2]', 'headers' => ['Content-Type' => 'application/json']])), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorder->get(['query' => ['appid' => 'wx1', 'out_order_no' => 'x']])), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorder->put(['json' => []])), "\n";
echo $why(fn() => $instance->v3->payscore->serviceorders->get()), "\n";
?>
--EXPECT--
400 PARAM_ERROR: time_range.start_time does not match /\d{8}|\d{14}|OnAccept/
400 PARAM_ERROR: risk_fund.amount must be a number
400 PARAM_ERROR: need_user_confirm must be a boolean
400 PARAM_ERROR: post_payments[0].name is required
400 PARAM_ERROR: time_range must be a JSON object
400 PARAM_ERROR: post_payments must be a JSON array
400 PARAM_ERROR: post_payments[0].name is longer than 20 characters
400 PARAM_ERROR: risk_fund.name must be one of DEPOSIT, ADVANCE, CASH_DEPOSIT, ESTIMATE_ORDER_COST
400 PARAM_ERROR: time_range.start_time must be an RFC 3339 time, e.g. 2019-11-11T16:24:05+08:00
400 PARAM_ERROR: request body is not a JSON object
400 PARAM_ERROR: request body is not a JSON object
400 PARAM_ERROR: service_id is required
404 NOT_FOUND: no API at PUT /v3/payscore/serviceorder (it takes POST, GET)
404 NOT_FOUND: no API at GET /v3/payscore/serviceorders
