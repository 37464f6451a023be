--TEST--
Seed 004: serviceorder/{out_order_no}/sync answers the whole order
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$response = $instance->v3->payscore->serviceorder->_out_order_no_->sync->post([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => [
        'appid' => 'wxd678efh567hg6787',
        'service_id' => '500001',
        'type' => 'Order_Paid',
        'detail' => ['paid_time' => '20091225091210'],
    ],
]);
$order = $response->toArray();
foreach (['out_order_no', 'appid', 'service_id', 'state', 'order_id', 'total_amount', 'need_collection'] as $field) {
    echo $field, ': ', var_export($order[$field], true), "\n";
}
echo 'collection.state: ', $response['collection']['state'], "\n";
echo 'collection.details[0].paid_type: ', gettype($response['collection']['details'][0]['paid_type']), "\n";
?>
--EXPECTF--
out_order_no: '1234323JKHDFE1243252'
appid: 'wxd678efh567hg6787'
service_id: '500001'
state: 'DONE'
order_id: '%s'
total_amount: %d
need_collection: true
collection.state: USER_PAID
collection.details[0].paid_type: string
