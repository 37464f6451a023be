--TEST--
Seed 002: serviceorder/{out_order_no}/send-pendingmessage answers 204 with an empty body
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$response = $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage->post([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => [
        'service_id' => '500001',
        'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
        'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
        'total_amount' => 39900,
        'prepaid_time' => '20091225091210',
    ],
]);
var_dump($response->getStatusCode(), $response->getReasonPhrase(), (string) $response->getBody(), $response->toArray());

$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], "\n";
var_dump($seen['sign_ok'], json_decode($seen['body'], true)['post_payments'][0]['name']);
?>
--EXPECT--
int(204)
string(10) "No Content"
string(0) ""
array(0) {
}
POST /v3/payscore/serviceorder/1234323JKHDFE1243252/send-pendingmessage
bool(true)
string(12) "就餐费用"
