--TEST--
Sandbox control: a notification sample for an out_order_no encrypts the stored order as it stands; an order never created is 404 by default
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]);
$instance = wxps_test_client($server);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SAMPLE1', ['attach' => 'mine'])]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SAMPLE1/confirm');
[$status, $s] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample?event_type=PAYSCORE.USER_CONFIRM&out_order_no=SAMPLE1');
$resource = wxps_t_decrypt($server, $s['body']);
echo $status, ' ', wxps_t_verify($server, $s['headers'], $s['body']), ' ', $resource['out_order_no'], ' ', wxps_t_state($resource), ' ', $resource['attach'], ' ',
    $resource['order_id'] === wxps_t_query($instance, 'SAMPLE1')['order_id'] ? 'same order_id' : 'another order_id', "\n";
[$status, $error] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample?out_order_no=NEVER1');
echo $status, ' ', $error['code'], "\n";
[$status, $s] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample');
echo $status, ' without out_order_no: ', wxps_t_decrypt($server, $s['body'])['out_order_no'], "\n";
?>
--EXPECT--
200 verified SAMPLE1 DOING/USER_CONFIRM mine same order_id
404 ORDER_NOT_EXIST
200 without out_order_no: 1234323JKHDFE1243252
