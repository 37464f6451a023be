--TEST--
README: the Pay Score recipes run as written against the sandbox
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['secret' => 'APIv2SecretAPIv2SecretAPIv2Secr']);

$ids = ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'];

$order = $instance->v3->payscore->serviceorder->post(['json' => $ids + [
    'out_order_no' => 'HOTEL20261122001',
    'service_introduction' => '某某酒店',
    'time_range' => ['start_time' => 'OnAccept'],
    'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 50000, 'description' => '住宿押金'],
    'notify_url' => 'https://example.com/wxpay/notify',
    'need_user_confirm' => true,
]]);
$page = $instance->payScoreUseParams($order);
echo $order['state'], ' ', implode(',', array_keys($page)), "\n";

wxps_test_control($server, 'POST', '/_sandbox/orders/HOTEL20261122001/confirm');
$state = $instance->v3->payscore->serviceorder->get(['query' => $ids + ['out_order_no' => 'HOTEL20261122001']])['state'];
echo $state, "\n";

$done = $instance->v3->payscore->serviceorder->_out_order_no_->complete->post([
    'out_order_no' => 'HOTEL20261122001',
    'json' => $ids + [
        'post_payments' => [['name' => '房费', 'amount' => 38800, 'description' => '大床房一晚', 'count' => 1]],
        'post_discounts' => [['name' => '会员优惠', 'description' => '银卡会员', 'amount' => 2000, 'count' => 1]],
        'total_amount' => 36800,
    ],
]);
echo $done['state'], ' ', $done['total_amount'], "\n";

echo $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'HOTEL20261122001', 'json' => $ids])['out_order_no'], "\n";
echo $instance->v3->payscore->serviceorder->_out_order_no_->sync->post(['out_order_no' => 'HOTEL20261122001',
    'json' => $ids + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20261122120000']]])['state'], "\n";
$instance->v3->payscore->serviceorder->post(['json' => $ids + [
    'out_order_no' => 'HOTEL20261122002', 'service_introduction' => '某某酒店', 'time_range' => ['start_time' => 'OnAccept'],
    'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 50000], 'notify_url' => 'https://example.com/wxpay/notify',
]]);
echo $instance->v3->payscore->serviceorder->_out_order_no_->cancel->post(['out_order_no' => 'HOTEL20261122002',
    'json' => $ids + ['reason' => '用户取消']])->getStatusCode(), ' ',
    $instance->v3->payscore->serviceorder->get(['query' => $ids + ['out_order_no' => 'HOTEL20261122002']])['state'], "\n";

$detail = $instance->payScoreDetailParams(['service_id' => '500001', 'out_order_no' => 'HOTEL20261122001']);
echo $detail['businessType'], ' ', $detail['extraData']['sign_type'], "\n";
?>
--EXPECT--
CREATED businessType,extraData,queryString,query
DOING
DOING 36800
HOTEL20261122001
DONE
200 REVOKED
wxpayScoreDetail HMAC-SHA256
