--TEST--
Sandbox control: unknown paths, unknown orders, ambiguous out_order_no and bad bodies answer clear errors; control needs no signature
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$show = fn(array $answer) => $answer[0] . ' ' . ($answer[1]['code'] ?? '') . ': ' . ($answer[1]['message'] ?? json_encode($answer[1]));
echo $show(wxps_test_control($server, 'GET', '/_sandbox/health')), "\n";
echo $show(wxps_test_control($server, 'POST', '/_sandbox/nothing')), "\n";
echo $show(wxps_test_control($server, 'POST', '/_sandbox/orders/NONE/confirm')), "\n";
echo $show(wxps_test_control($server, 'GET', '/_sandbox/notifications/EV-1')), "\n";
// One out_order_no under two sub-merchants: the control path needs to know which.
$partner = fn($sub) => $instance->v3->payscore->partner->serviceorder->post(['json' => wxps_t_order('SO-AMB1', ['sub_mchid' => $sub])]);
$a = $partner('1900000109')['order_id'];
$partner('1900000110');
echo $show(wxps_test_control($server, 'POST', '/_sandbox/orders/SO-AMB1/confirm')), "\n";
[$status, $by] = wxps_test_control($server, 'POST', "/_sandbox/orders/$a/confirm");
echo "by order_id: $status ", $by['order']['sub_mchid'], "\n";
[$status, $by] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-AMB1/confirm?sub_mchid=1900000110');
echo "by sub_mchid: $status ", $by['order']['sub_mchid'], "\n";
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-CB1')]);
$raw = stream_context_create(['http' => ['method' => 'POST', 'content' => '{oops', 'ignore_errors' => true, 'header' => "Content-Type: application/json\r\n"]]);
echo 'bad body: ', file_get_contents($server['base_uri'] . '_sandbox/orders/SO-CB1/confirm', false, $raw), "\n";
[, $state] = wxps_test_control($server, 'GET', '/_sandbox/state');
echo implode(',', array_keys($state)), ' strict=', var_export($state['settings']['strict'], true), "\n";
?>
--EXPECT--
200 : {"status":"UP"}
404 NOT_FOUND: no sandbox control at POST /_sandbox/nothing
404 ORDER_NOT_EXIST: no order NONE in the sandbox
404 NOT_FOUND: no notification EV-1
400 PARAM_ERROR: out_order_no SO-AMB1 names several orders; give order_id, sub_mchid or family
by order_id: 200 1900000109
by sub_mchid: 200 1900000110
bad body: {"code":"PARAM_ERROR","message":"request body is not a JSON object"}
settings,version,orders,query_ids,records,notifications strict=true
