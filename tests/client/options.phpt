--TEST--
Options: body, headers, query strings, default headers and the User-Agent reach the server
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['headers' => ['X-Merchant-Tag' => 'shop-1', 'Accept-Language' => 'zh-CN']]);

$instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'B1',
    'body' => '{"appid":"wxd678efh567hg6787","service_id":"500001"}',
    'headers' => ['Content-Type' => 'application/json', 'accept-language' => 'en', 'X-Request-Tag' => 7],
]);
$instance->v3->payscore->serviceorder->get(['query' => '?service_id=500001&out_order_no=Q1&appid=wx1']);
$instance->v3->payscore->serviceorder->get(['query' => ['service_id' => 500001, 'flag' => true, 'off' => false, 'none' => null, 'list' => ['a', 'b'], 'out_order_no' => 'Q2', 'appid' => 'wx1']]);

[$post, $get1, $get2] = wxps_test_requests($server);
echo $post['body'], "\n";
foreach (['content-type', 'accept', 'accept-language', 'x-merchant-tag', 'x-request-tag'] as $h) {
    echo $h, ': ', $post['headers'][$h], "\n";
}
var_dump(preg_match('#^wxpayscore/\d+\.\d+\.\d+ \(Linux\) PHP/8\.\d+\.\d+\S* curl/\d+\.\d+\.\d+$#', $post['headers']['user-agent']));
var_dump(preg_match('#^WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="[0-9A-Za-z]{32}",signature="[A-Za-z0-9+/=]{344}",timestamp="\d{10}",serial_no="[0-9A-F]+"$#', $post['headers']['authorization']));
echo $get1['target'], "\n", $get2['target'], "\n";
var_dump($post['sign_ok'], $get1['sign_ok'], $get2['sign_ok'], isset($get1['headers']['content-type']));
?>
--EXPECT--
{"appid":"wxd678efh567hg6787","service_id":"500001"}
content-type: application/json
accept: application/json
accept-language: en
x-merchant-tag: shop-1
x-request-tag: 7
int(1)
int(1)
/v3/payscore/serviceorder?service_id=500001&out_order_no=Q1&appid=wx1
/v3/payscore/serviceorder?service_id=500001&flag=1&off=0&none&list=a&list=b&out_order_no=Q2&appid=wx1
bool(true)
bool(true)
bool(true)
bool(false)
