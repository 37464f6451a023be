<?php

declare(strict_types=1);

/*
 * The Pay Score endpoints. Stateless for now: answers are built from the request, and ids
 * are derived from out_order_no so that create, query and pay agree on an order.
 * Each handler returns [status, body array or null].
 */

require_once __DIR__ . '/routes.php';

const WXPS_PAYSCORE_ROUTES = [
    ['POST', '/v3/payscore/serviceorder', 'wxps_payscore_create'],
    ['GET', '/v3/payscore/serviceorder', 'wxps_payscore_query'],
    ['POST', '/v3/payscore/serviceorder/{out_order_no}/pay', 'wxps_payscore_pay'],
    ['POST', '/v3/payscore/serviceorder/{out_order_no}/send-pendingmessage', 'wxps_payscore_send_pending_message'],
    ['POST', '/v3/payscore/serviceorder/{out_order_no}/sync', 'wxps_payscore_sync'],
    ['POST', '/v3/payscore/partner/servicepayondeliveryorder', 'wxps_payscore_partner_pay_on_delivery'],
];

// The order fields that an answer echoes from the request (serviceorder.yaml, 200).
const WXPS_ORDER_FIELDS = [
    'appid', 'mchid', 'out_order_no', 'service_id', 'service_introduction', 'post_payments',
    'post_discounts', 'risk_fund', 'time_range', 'location', 'attach', 'notify_url',
];

function wxps_payscore_create(WxpsCall $call): array
{
    $order = $call->json();
    wxps_require($order, [
        'out_order_no' => 'string', 'appid' => 'string', 'service_id' => 'string',
        'service_introduction' => 'string', 'time_range' => 'object', 'time_range.start_time' => 'string',
        'risk_fund' => 'object', 'risk_fund.name' => 'string', 'risk_fund.amount' => 'int',
        'notify_url' => 'string', 'post_payments.*.name' => 'string',
        'post_discounts.*.name' => 'string', 'post_discounts.*.description' => 'string',
    ]);
    return [200, wxps_created_order($order, WXPS_ORDER_FIELDS)];
}

function wxps_payscore_query(WxpsCall $call): array
{
    $query = $call->query;
    foreach (['service_id', 'appid'] as $name) {
        if (($query[$name] ?? '') === '') {
            throw new WxpsApiError(400, 'PARAM_ERROR', "$name is required");
        }
    }
    $outOrderNo = $query['out_order_no'] ?? '';
    $queryId = $query['query_id'] ?? '';
    if ($outOrderNo === '' && $queryId === '') {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'out_order_no or query_id is required');
    }
    $order = wxps_sample_order($outOrderNo !== '' ? $outOrderNo : wxps_order_id("query_id:$queryId"), $query);
    $paying = ['state' => 'USER_PAYING', 'paying_amount' => $order['total_amount'], 'paid_amount' => 0, 'details' => []];
    return [200, ['state' => 'DOING', 'state_description' => 'USER_CONFIRM'] + $order + ['collection' => $paying]];
}

function wxps_payscore_pay(WxpsCall $call): array
{
    $request = $call->json();
    wxps_require($request, ['appid' => 'string', 'service_id' => 'string']);
    $outOrderNo = $call->vars['out_order_no'];
    return [200, [
        'appid' => $request['appid'],
        'mchid' => WXPS_MCHID,
        'out_order_no' => $outOrderNo,
        'service_id' => $request['service_id'],
        'order_id' => wxps_order_id($outOrderNo),
    ]];
}

function wxps_payscore_send_pending_message(WxpsCall $call): array
{
    $message = $call->json();
    wxps_require($message, ['service_id' => 'string', 'total_amount' => 'int']);
    if (isset($message['post_payments'])) {
        $due = wxps_sum_amounts($message['post_payments']) - wxps_sum_amounts($message['post_discounts'] ?? []);
        if ($message['total_amount'] !== $due) {
            throw new WxpsApiError(400, 'PARAM_ERROR', "total_amount must be $due: post_payments minus post_discounts");
        }
    }
    return [204, null];
}

function wxps_payscore_sync(WxpsCall $call): array
{
    $sync = $call->json();
    wxps_require($sync, [
        'appid' => 'string', 'service_id' => 'string', 'type' => 'string',
        'detail' => 'object', 'detail.paid_time' => 'string',
    ]);
    if ($sync['type'] !== 'Order_Paid') {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'type must be Order_Paid');
    }
    $order = wxps_sample_order($call->vars['out_order_no'], $sync);
    $payment = ['seq' => 1, 'amount' => $order['total_amount'], 'paid_type' => 'MCH', 'paid_time' => $sync['detail']['paid_time']];
    $paid = ['state' => 'USER_PAID', 'paying_amount' => 0, 'paid_amount' => $order['total_amount'], 'details' => [$payment]];
    return [200, ['state' => 'DONE', 'state_description' => 'MCH_COMPLETE'] + $order + ['collection' => $paid]];
}

function wxps_payscore_partner_pay_on_delivery(WxpsCall $call): array
{
    $order = $call->json();
    wxps_require($order, [
        'service_id' => 'string', 'appid' => 'string', 'sub_mchid' => 'string', 'out_order_no' => 'string',
        'service_introduction' => 'string', 'risk_fund' => 'object', 'risk_fund.name' => 'string',
        'risk_fund.amount' => 'int', 'time_range' => 'object', 'notify_url' => 'string',
        'shopping_info' => 'object',
    ]);
    return [200, wxps_created_order($order, [...WXPS_ORDER_FIELDS, 'sub_appid', 'sub_mchid', 'shopping_info'])];
}

/** A new order as WeChat Pay answers it: the request echoed, with state, order_id and package. */
function wxps_created_order(array $request, array $fields): array
{
    $order = wxps_pick($request + ['mchid' => WXPS_MCHID], $fields);
    $order += ['state' => 'CREATED', 'order_id' => wxps_order_id($request['out_order_no'])];
    if ($request['need_user_confirm'] ?? true) {
        $order['package'] = wxps_package($request['out_order_no']);
    }
    return $order;
}

/** The hotel stay that the Pay Score docs use as their example, under the caller's ids. */
function wxps_sample_order(string $outOrderNo, array $ids): array
{
    return [
        'out_order_no' => $outOrderNo,
        'service_id' => $ids['service_id'],
        'appid' => $ids['appid'],
        'mchid' => WXPS_MCHID,
        'service_introduction' => '某某酒店',
        'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
        'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
        'risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000, 'description' => '就餐的预估费用'],
        'time_range' => ['start_time' => '20091225091010', 'end_time' => '20091225121010', 'start_time_remark' => '备注1', 'end_time_remark' => '备注2'],
        'location' => ['start_location' => '嗨客时尚主题展餐厅', 'end_location' => '嗨客时尚主题展餐厅'],
        'attach' => 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        'notify_url' => 'https://api.test.com',
        'openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        'order_id' => wxps_order_id($outOrderNo),
        'total_amount' => 39900,
        'need_collection' => true,
    ];
}

function wxps_sum_amounts(mixed $items): int
{
    $sum = 0;
    foreach (is_array($items) ? $items : [] as $item) {
        $sum += is_array($item) && is_int($item['amount'] ?? null) ? $item['amount'] : 0;
    }
    return $sum;
}

/** A 20-digit order id, the same for one out_order_no every time. */
function wxps_order_id(string $outOrderNo): string
{
    return sprintf('1%09u%010u', crc32("order:$outOrderNo") % 1000000000, crc32($outOrderNo));
}

/** The opaque "package" that the confirm-order page takes. */
function wxps_package(string $outOrderNo): string
{
    return rtrim(strtr(base64_encode(hash('sha256', "package:$outOrderNo", true)), '+/', '-_'), '=');
}
