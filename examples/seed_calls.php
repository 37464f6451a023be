<?php
/*
 * The documented Pay Score calls (the seed pages), one by one, against the local sandbox.
 * Run it with scripts/demo.sh --seeds, which builds the extension first; the sandbox is
 * started here (tests/utils/server.inc) and stops with the script. The sandbox runs with
 * --lenient: pay, sync and the query find an order even though none was created first.
 */
declare(strict_types=1);

require __DIR__ . '/../tests/utils/server.inc';

$server = wxps_test_server(['tls' => true, 'lenient' => true]);
$instance = wxps_test_client($server);
printf("WeChat Pay sandbox at %s (HTTPS, test CA)\n\n", $server['base_uri']);

function step(string $title, callable $call): void
{
    echo "== $title\n";
    try {
        $response = $call();
        printf("%d %s\n", $response->getStatusCode(), $response->getReasonPhrase());
        $body = $response->toArray();
        echo $body ? json_encode($body, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n" : '';
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        printf("%s: %s\n", get_class($e), $e->getMessage());
    }
    echo "\n";
}

$json = ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'];

step('催收扣款 pay: $instance->v3->payscore->serviceorder->_out_order_no_->pay->post()', fn() =>
    $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => '1234323JKHDFE1243252', 'json' => $json]));

step('the same, declared: $instance->chain(\'v3/payscore/serviceorder/{out_order_no}/pay\')->post()', fn() =>
    $instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post(['out_order_no' => '1234323JKHDFE1243252', 'json' => $json]));

step('the same, as an offset: $instance[\'v3/payscore/serviceorder/{out_order_no}/pay\']->post()', fn() =>
    $instance['v3/payscore/serviceorder/{out_order_no}/pay']->post(['out_order_no' => '1234323JKHDFE1243252', 'json' => $json]));

step('下发待处理消息 send-pendingmessage', fn() =>
    $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmessage->post([
        'out_order_no' => '1234323JKHDFE1243252',
        'json' => [
            'service_id' => '500001',
            'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
            'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
            'total_amount' => 39900,
            'prepaid_time' => '20091225091210',
        ],
    ]));

step('先用后付 partner/servicepayondeliveryorder', fn() =>
    $instance->v3->payscore->partner->servicepayondeliveryorder->post(['json' => [
        'out_order_no' => 'POD20240618001',
        'appid' => 'wxd678efh567hg6787',
        'sub_mchid' => '1900000109',
        'service_id' => '500001',
        'service_introduction' => '某某酒店',
        'time_range' => ['start_time' => '20091225091010'],
        'risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000],
        'notify_url' => 'https://api.test.com',
        'need_user_confirm' => true,
        'shopping_info' => ['goods' => [['name' => '商品', 'picture' => 'https://example.com/a.png', 'amount' => 40000, 'count' => 1]]],
    ]]));

step('同步订单 sync', fn() =>
    $instance->v3->payscore->serviceorder->_out_order_no_->sync->post([
        'out_order_no' => '1234323JKHDFE1243252',
        'json' => $json + ['type' => 'Order_Paid', 'detail' => ['paid_time' => '20091225091210']],
    ]));

step('查询订单 GET serviceorder', fn() =>
    $instance->v3->payscore->serviceorder->get(['query' => ['service_id' => '500001', 'out_order_no' => '1234323JKHDFE1243252', 'appid' => 'wxd678efh567hg6787']]));

step('an answer that fails verification keeps its response', fn() =>
    $instance->v3->payscore->serviceorder->get(['query' => ['service_id' => '500001', 'out_order_no' => 'X', 'appid' => 'wx1'],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'bad-signature']]));
