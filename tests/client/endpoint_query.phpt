--TEST--
GET serviceorder with a query array: RFC 3986 encoding, signed over path and query as sent
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$response = $instance->v3->payscore->serviceorder->get([
    'query' => [
        'service_id' => '500001',
        'out_order_no' => 'A B+C/中',
        'appid' => 'wxd678efh567hg6787',
    ],
]);
var_dump($response->getStatusCode(), $response['out_order_no'], $response['state']);

$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], "\n";
var_dump($seen['sign_ok'], $seen['body']);
?>
--EXPECT--
int(200)
string(9) "A B+C/中"
string(5) "DOING"
GET /v3/payscore/serviceorder?service_id=500001&out_order_no=A%20B%2BC%2F%E4%B8%AD&appid=wxd678efh567hg6787
bool(true)
string(0) ""
