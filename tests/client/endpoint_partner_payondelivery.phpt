--TEST--
Seed 003: partner/servicepayondeliveryorder with every documented request field
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$order = [
    'out_order_no' => 'POD20240618001',
    'appid' => 'wxd678efh567hg6787',
    'sub_mchid' => '1900000109',
    'sub_appid' => 'wxd678efh567hg6999',
    'service_id' => '2002000000000558128851361561536',
    'service_introduction' => '某某酒店',
    'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
    'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
    'time_range' => ['start_time' => '20091225091010', 'start_time_remark' => '备注1', 'end_time' => '20091225121010', 'end_time_remark' => '备注2'],
    'location' => ['start_location' => '嗨客时尚主题展餐厅', 'end_location' => '嗨客时尚主题展餐厅'],
    'risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000, 'description' => '就餐的预估费用'],
    'attach' => 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
    'notify_url' => 'https://api.test.com',
    'openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    'sub_openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    'need_user_confirm' => true,
    'mchid' => '1900000001',
    'shopping_info' => [
        'real_merchant_appid' => 'wxd678efh567hg6787',
        'jump_link' => ['jump_link_type' => 'JUMP_LINK_MINI_PROGRAM', 'appid' => 'wxd678efh567hg6787', 'path' => 'pages/order/detail'],
        'goods' => [['name' => '商品', 'picture' => 'https://example.com/a.png', 'amount' => 40000, 'count' => 1]],
    ],
];
$response = $instance->v3->payscore->partner->servicepayondeliveryorder->post(['json' => $order]);
$data = $response->toArray();
var_dump($response->getStatusCode());
var_dump($data['out_order_no'], $data['service_id'], $data['sub_mchid'], $data['state']);
var_dump(is_string($data['order_id']) && $data['order_id'] !== '', is_string($data['package']));

$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], "\n";
var_dump(json_decode($seen['body'], true) === $order);
?>
--EXPECT--
int(200)
string(14) "POD20240618001"
string(31) "2002000000000558128851361561536"
string(10) "1900000109"
string(7) "CREATED"
bool(true)
bool(true)
POST /v3/payscore/partner/servicepayondeliveryorder
bool(true)
