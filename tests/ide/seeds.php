<?php

declare(strict_types=1);

/*
 * The documented Pay Score calls (shared/seeds), checked by PHPStan against ide/ at level max:
 * scripts/ide-check.sh expects no error here. Never run: there is no server behind $instance.
 */

$instance = new WxPayScore\Client([
    'mchid' => '1900000001',
    'serial' => '3775B6A45ACD588826D15E583A95F5DD',
    'privateKey' => 'file:///path/to/apiclient_key.pem',
    'certs' => ['PUB_KEY_ID_0114232134912410000000000000000001' => 'file:///path/to/pub_key.pem'],
]);

// Seed 001: the six call styles of "商户发起催收扣款".

// 异步纯链式
$instance->v3->payscore->serviceorder->_out_order_no_->pay->postAsync([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();

// 异步声明式
$instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->postAsync([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();

// 异步属性式
$instance['v3/payscore/serviceorder/{out_order_no}/pay']->postAsync([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();

// 同步纯链式
$response = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
]);
print_r(json_decode((string) $response->getBody(), true));

// 同步声明式
$response = $instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
]);
print_r(json_decode((string) $response->getBody(), true));

// 同步属性式
$response = $instance['v3/payscore/serviceorder/{out_order_no}/pay']->post([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
]);
print_r(json_decode((string) $response->getBody(), true));

// The typed answer: a field the YAML says is always there reads as its type, not mixed.
function wxps_ide_order_id(string $orderId): void
{
    echo $orderId, "\n";
}

$paid = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
]);
wxps_ide_order_id($paid['order_id']);
wxps_ide_order_id($paid->toArray()['out_order_no']);
$paidLater = $instance->v3->payscore->serviceorder->_out_order_no_->pay->postAsync([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
])->wait();
wxps_ide_order_id($paidLater['order_id']);

// Seed 002: 下发服务费用待处理消息 (204, no body).
$pending = $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage->post([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => [
        'service_id' => '500001',
        'post_payments' => [
            ['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4],
        ],
        'post_discounts' => [
            ['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 2],
        ],
        'total_amount' => 159800,
        'prepaid_time' => '20091225091210',
    ],
]);
$accepted = $pending->getStatusCode() === 204;

// Seed 003: 创建先用后付订单 (partner).
$created = $instance->v3->payscore->partner->servicepayondeliveryorder->post([
    'json' => [
        'out_order_no' => '1234323JKHDFE1243252',
        'appid' => 'wxd678efh567hg6787',
        'sub_mchid' => '1900000109',
        'sub_appid' => 'wxd678efh567hg6999',
        'service_id' => '500001',
        'service_introduction' => '某某酒店',
        'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
        'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 2]],
        'time_range' => [
            'start_time' => '20091225091010',
            'start_time_remark' => '备注1',
            'end_time' => '20091225121010',
            'end_time_remark' => '备注2',
        ],
        'location' => ['start_location' => '嗨客时尚主题展餐厅', 'end_location' => '嗨客时尚主题展餐厅'],
        'risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000, 'description' => '就餐的预估费用'],
        'attach' => 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        'notify_url' => 'https://api.test.com',
        'openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        'sub_openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        'need_user_confirm' => true,
        'mchid' => '1230000109',
        'shopping_info' => [
            'real_merchant_appid' => 'wxd678efh567hg6787',
            'jump_link' => ['jump_link_type' => 'MINI_PROGRAM', 'appid' => 'wxd678efh567hg6787', 'path' => 'pages/index'],
            'goods' => [['name' => '商品', 'picture' => 'https://example.com/1.png', 'amount' => 100, 'count' => 1]],
        ],
    ],
]);
print_r($created->toArray());

// Seed 004: 同步服务订单信息.
$synced = $instance->v3->payscore->serviceorder->_out_order_no_->sync->post([
    'out_order_no' => '1234323JKHDFE1243252',
    'json' => [
        'appid' => 'wxd678efh567hg6787',
        'service_id' => '500001',
        'type' => 'Order_Paid',
        'detail' => ['paid_time' => '20091225091210'],
    ],
]);
wxps_ide_order_id($synced['order_id']);

// The query the other seeds lead to: GET with required query parameters.
$order = $instance->v3->payscore->serviceorder->get([
    'query' => ['service_id' => '500001', 'appid' => 'wxd678efh567hg6787', 'out_order_no' => '1234323JKHDFE1243252'],
]);
wxps_ide_order_id($order['state']);

// Failures keep their typed surface.
try {
    $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => 'x',
        'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
        'timeout' => 2.5,
    ]);
} catch (WxPayScore\Exception\ClientException $e) {
    $code = $e->getErrorCode();
    $status = $e->getResponse()?->getStatusCode();
}
