--TEST--
Sandbox field rules beyond the YAMLs: out_order_no, risk_fund.name, whole fen, https notify_url, real times in order; each refusal is 400 PARAM_ERROR with WeChat Pay's detail object
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]); // the sandbox's own default
$n = 0;
$create = function (array $more, ?string $no = null) use ($server, &$n) {
    $body = json_encode(wxps_t_order($no ?? 'RULE-' . ++$n, $more), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
    $answer = wxps_t_call($server, 'POST', '/v3/payscore/serviceorder', ['Content-Type' => 'application/json'], $body);
    $json = json_decode($answer['body'], true);
    return $answer['status'] . ($answer['status'] === 200 ? '' : ' ' . $json['code'] . ' ' . json_encode($json['detail'] ?? null, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION));
};
$cases = [
    'out_order_no too short' => [[], 'P1'],
    'out_order_no with a space and CJK' => [[], 'A_B-1*2 中'],
    'out_order_no of 33' => [[], str_repeat('9', 33)],
    'out_order_no of 6 with | and *' => [[], 'a|b*-_'],
    'risk_fund.name unknown' => [['risk_fund' => ['name' => 'GUARANTEE', 'amount' => 100]]],
    'risk_fund.name ESTIMATE_ORDER_COST' => [['risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 100]]],
    'risk_fund.amount 0' => [['risk_fund' => ['name' => 'DEPOSIT', 'amount' => 0]]],
    'risk_fund.amount in yuan' => [['risk_fund' => ['name' => 'DEPOSIT', 'amount' => 99.5]]],
    'risk_fund.amount 100.0' => [['risk_fund' => ['name' => 'DEPOSIT', 'amount' => 100.0]]],
    'post_payments amount negative' => [['post_payments' => [['name' => '房费', 'amount' => -1]]]],
    'notify_url http to a public host' => [['notify_url' => 'http://api.example.com/notify']],
    'notify_url not a URL' => [['notify_url' => 'api.example.com/notify']],
    'notify_url https' => [['notify_url' => 'https://api.example.com/notify']],
    'notify_url http to a private address' => [['notify_url' => 'http://192.168.1.20/notify']],
    'end_time not a date' => [['time_range' => ['start_time' => 'OnAccept', 'end_time' => '20300230120000']]],
    'start_time not a time' => [['time_range' => ['start_time' => '20301225246000', 'end_time' => '20301226']]],
    'end before start' => [['time_range' => ['start_time' => '20301226090000', 'end_time' => '20301225']]],
    'end the same day as a dated start' => [['time_range' => ['start_time' => '20301225', 'end_time' => '20301225']]],
];
foreach ($cases as $what => $case) {
    echo str_pad($what, 38), $create($case[0], $case[1] ?? null), "\n";
}
// The checks from the YAMLs answer the same way.
$order = wxps_t_order('RULE-NO-INTRO');
unset($order['service_introduction']);
$answer = wxps_t_call($server, 'POST', '/v3/payscore/serviceorder', ['Content-Type' => 'application/json'], json_encode($order));
echo 'required body field: ', $answer['status'], ' ', json_encode(json_decode($answer["body"], true)["detail"], JSON_UNESCAPED_SLASHES), "\n";
$answer = wxps_t_call($server, 'GET', '/v3/payscore/serviceorder?out_order_no=RULE-1&appid=wxd678efh567hg6787');
echo 'required query parameter: ', $answer['status'], ' ', json_encode(json_decode($answer["body"], true)["detail"], JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
out_order_no too short                400 PARAM_ERROR {"field":"/out_order_no","value":"P1","issue":"must be 6 to 32 characters of 0-9, A-Z, a-z, _, -, | and *","location":"body"}
out_order_no with a space and CJK     400 PARAM_ERROR {"field":"/out_order_no","value":"A_B-1*2 中","issue":"must be 6 to 32 characters of 0-9, A-Z, a-z, _, -, | and *","location":"body"}
out_order_no of 33                    400 PARAM_ERROR {"field":"/out_order_no","value":"999999999999999999999999999999999","issue":"must be 6 to 32 characters of 0-9, A-Z, a-z, _, -, | and *","location":"body"}
out_order_no of 6 with | and *        200
risk_fund.name unknown                400 PARAM_ERROR {"field":"/risk_fund/name","value":"GUARANTEE","issue":"must be one of DEPOSIT, ADVANCE, CASH_DEPOSIT, ESTIMATE_ORDER_COST","location":"body"}
risk_fund.name ESTIMATE_ORDER_COST    200
risk_fund.amount 0                    400 PARAM_ERROR {"field":"/risk_fund/amount","value":0,"issue":"must be more than 0 fen","location":"body"}
risk_fund.amount in yuan              400 PARAM_ERROR {"field":"/risk_fund/amount","value":99.5,"issue":"must be a whole number of fen (an integer)","location":"body"}
risk_fund.amount 100.0                400 PARAM_ERROR {"field":"/risk_fund/amount","value":100,"issue":"must be a whole number of fen (an integer)","location":"body"}
post_payments amount negative         400 PARAM_ERROR {"field":"/post_payments/0/amount","value":-1,"issue":"must not be negative","location":"body"}
notify_url http to a public host      400 PARAM_ERROR {"field":"/notify_url","value":"http://api.example.com/notify","issue":"must be an https URL (http only to a private address, as over a private line)","location":"body"}
notify_url not a URL                  400 PARAM_ERROR {"field":"/notify_url","value":"api.example.com/notify","issue":"must be an https URL","location":"body"}
notify_url https                      200
notify_url http to a private address  200
end_time not a date                   400 PARAM_ERROR {"field":"/time_range/end_time","value":"20300230120000","issue":"must be a real date and time","location":"body"}
start_time not a time                 400 PARAM_ERROR {"field":"/time_range/start_time","value":"20301225246000","issue":"must be a real date and time","location":"body"}
end before start                      400 PARAM_ERROR {"field":"/time_range/end_time","value":"20301225","issue":"must not be before time_range.start_time (20301226090000)","location":"body"}
end the same day as a dated start     200
required body field: 400 {"field":"/service_introduction","value":null,"issue":"is required","location":"body"}
required query parameter: 400 {"field":"service_id","value":null,"issue":"is required","location":"query"}
