--TEST--
Seed 001, 同步声明式: $instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post()
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$response = $instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
]);
print_r(json_decode((string) $response->getBody(), true));

$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], ' ', $seen['sign_ok'] ? 'signed' : 'unsigned', "\n";
echo $seen['body'], "\n";
?>
--EXPECTF--
Array
(
    [appid] => wxd678efh567hg6787
    [mchid] => 1900000001
    [out_order_no] => 
    [service_id] => 500001
    [order_id] => %d
)
POST /v3/payscore/serviceorder//pay signed
{"appid":"wxd678efh567hg6787","service_id":"500001"}
