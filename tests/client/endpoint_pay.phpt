--TEST--
Seed 000: serviceorder/{out_order_no}/pay answers every documented field, read through the Response
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$response = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => '2304203423948239423',
    'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
]);
['appid' => $appid, 'mchid' => $mchid, 'out_order_no' => $no, 'service_id' => $sid, 'order_id' => $oid] = $response->toArray();
var_dump($appid, $mchid, $no, $sid, (bool) preg_match('/^\d+$/', $oid));
var_dump($response['out_order_no'], isset($response['order_id']), isset($response['nothing']), $response['nothing']);
var_dump(json_encode($response) === (string) $response->getBody() || json_decode(json_encode($response), true) === $response->toArray());
?>
--EXPECT--
string(18) "wxd678efh567hg6787"
string(10) "1900000001"
string(19) "2304203423948239423"
string(6) "500001"
bool(true)
string(19) "2304203423948239423"
bool(true)
bool(false)
NULL
bool(true)
