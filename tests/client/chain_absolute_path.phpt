--TEST--
Chaining: a path with a leading '/' is from the origin, as Guzzle resolves it against base_uri; others are below base_uri
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['base_uri' => $server['base_uri'] . 'gateway/']);
$query = ['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'ABS-1']];

$r = $instance->chain('/v3/payscore/serviceorder')->get($query);
echo $r->getStatusCode(), ' ', $r['out_order_no'], "\n";
try {
    $instance->chain('v3/payscore/serviceorder')->get($query);
} catch (WxPayScore\Exception\ClientException $e) {
    echo $e->getResponse()->getStatusCode(), "\n";
}
foreach (wxps_test_requests($server) as $seen) {
    echo $seen['sign_ok'] ? 'verified ' : 'REFUSED ', strtok($seen['target'], '?'), "\n";
}
?>
--EXPECT--
200 ABS-1
404
verified /v3/payscore/serviceorder
verified /gateway/v3/payscore/serviceorder
