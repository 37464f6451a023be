--TEST--
Path variables: {+name} is reserved expansion and keeps "/" and existing %XX
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
try {
    $instance->chain('v3/{+rest}')->get(['rest' => 'payscore/serviceorder', 'query' => 'service_id=500001&out_order_no=R%2F1&appid=wx1']);
} catch (WxPayScore\Exception\ClientException $e) {
    echo get_class($e), "\n";
}
$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], "\n";
var_dump($seen['sign_ok']);
?>
--EXPECT--
GET /v3/payscore/serviceorder?service_id=500001&out_order_no=R%2F1&appid=wx1
bool(true)
