<?php

declare(strict_types=1);

/*
 * Pay Score service orders, kept through their states:
 *
 *   CREATED --user confirms--> DOING/USER_CONFIRM --complete--> DOING/MCH_COMPLETE, collection USER_PAYING
 *      |                          |                                 |  (modify, pay = ask the user to pay)
 *      |                          |                                 +--user pays / sync--> DONE, collection USER_PAID
 *      +--expires--> EXPIRED      +--cancel (also from CREATED and USER_PAYING)--> REVOKED
 *
 * need_user_confirm=false creates an order at DOING/USER_CONFIRM; direct-complete creates one
 * at DOING/MCH_COMPLETE; a complete or direct-complete for 0 fen ends at DONE at once.
 * One machine serves every family: direct, partner, acquiringbank, oversea/partner, and the
 * older payafter-orders and smartretail-orders, whose answers use their own field names.
 */

require_once __DIR__ . '/spec.php';
require_once __DIR__ . '/store.php';
require_once __DIR__ . '/rules.php';

// Path prefix => family; its orders answer to POST prefix (create), GET prefix (query), POST prefix/{out_order_no}/action.
const WXPS_ORDER_FAMILIES = [
    '/v3/payscore/serviceorder' => 'direct',
    '/v3/payscore/partner/serviceorder' => 'partner',
    '/v3/payscore/acquiringbank/serviceorder' => 'acquiringbank',
    '/v3/payscore/oversea/partner/serviceorder' => 'oversea',
    '/v3/payscore/payafter-orders' => 'payafter',
    '/v3/payscore/smartretail-orders' => 'smartretail',
];

// Other ways to create an order: path => [family, kind].
const WXPS_ORDER_CREATORS = [
    '/v3/payscore/servicepayondeliveryorder' => ['direct', 'pay-on-delivery'],
    '/v3/payscore/partner/servicepayondeliveryorder' => ['partner', 'pay-on-delivery'],
    '/v3/payscore/acquiringbank/servicepayondeliveryorder' => ['acquiringbank', 'pay-on-delivery'],
    '/v3/payscore/serviceorder/direct-complete' => ['direct', 'direct-complete'],
    '/v3/payscore/partner/serviceorder/direct-complete' => ['partner', 'direct-complete'],
    '/v3/payscore/sign-plan/serviceorder' => ['direct', 'sign-plan'],
    '/v3/payscore/sign-plan/partner/serviceorder' => ['partner', 'sign-plan'],
];

const WXPS_LEGACY_FAMILIES = ['payafter', 'smartretail'];

// The state each operation needs; in lenient mode an unknown order is made up in it.
const WXPS_ORDER_NEEDS = [
    'query' => 'USER_PAYING',
    'pay' => 'USER_PAYING',
    'sync' => 'USER_PAYING',
    'modify' => 'USER_PAYING',
    'registerdeductinfo' => 'USER_PAYING',
    'deduction' => 'USER_PAYING',
    'complete' => 'USER_CONFIRM',
    'cancel' => 'USER_CONFIRM',
    'send-pendingmessage' => 'USER_CONFIRM',
    'send-prepaidmessage' => 'USER_CONFIRM',
];

// Field order of an order as WeChat Pay answers it.
const WXPS_ORDER_FIELD_ORDER = [
    'out_order_no', 'service_id', 'appid', 'mchid', 'sub_appid', 'sub_mchid', 'channel_id',
    'service_introduction', 'state', 'state_description', 'post_payments', 'post_discounts',
    'risk_fund', 'total_amount', 'need_collection', 'collection', 'time_range', 'location',
    'attach', 'notify_url', 'openid', 'sub_openid', 'order_id', 'package', 'shopping_info',
    'currency',
];

// Risk funds that cap what completing an order may charge (an estimate does not).
const WXPS_CAPPING_RISK_FUNDS = ['DEPOSIT', 'ADVANCE', 'CASH_DEPOSIT'];

final class WxpsOrderApi
{
    public function __construct(private WxpsWorld $world)
    {
    }

    /** [status, body or null] for an order endpoint; null when $endpoint is not one. */
    public function handle(array $endpoint, WxpsCall $call): ?array
    {
        $route = wxps_order_route($endpoint);
        if ($route === null) {
            return null;
        }
        [$action, $family, $kind] = $route;
        return match ($action) {
            'create' => $this->create($endpoint, $call, $family, $kind),
            'query' => $this->query($endpoint, $call, $family),
            'deduction' => $this->deduction($call),
            default => $this->act($endpoint, $call, $family, $action),
        };
    }

    private function create(array $endpoint, WxpsCall $call, string $family, string $kind): array
    {
        $request = $call->json();
        $outOrderNo = $request[$kind === 'sign-plan' ? 'out_trade_no' : 'out_order_no'];
        $key = wxps_order_key($family, $request['sub_mchid'] ?? '', $outOrderNo);
        $existing = $this->world->store->orders[$key] ?? null;
        if ($existing !== null) {
            // The same request again (a retry after a lost answer) gets the same order back.
            if ($existing['request'] !== $request) {
                throw new WxpsApiError(400, 'ORDER_EXISTS', "out_order_no $outOrderNo already names another order; use a new out_order_no");
            }
            return $this->answer($endpoint, $existing);
        }
        $record = in_array($family, WXPS_LEGACY_FAMILIES, true)
            ? $this->newLegacyOrder($family, $key, $request)
            : $this->newOrder($family, $kind, $key, $outOrderNo, $request);
        $record['request'] = $request;
        $this->save($record, 'create');
        $answer = $this->answer($endpoint, $record);
        if (in_array($family, WXPS_LEGACY_FAMILIES, true) && $endpoint['status'] === 200) {
            $answer[1] = wxps_schema_example($endpoint['response'], $answer[1]); // the mini-program jump fields
        }
        return $answer;
    }

    private function newOrder(string $family, string $kind, string $key, string $outOrderNo, array $request): array
    {
        wxps_check_time_range($family, $request);
        wxps_rules_new_order($family, $request);
        $confirm = $kind !== 'sign-plan' && $kind !== 'direct-complete' && ($request['need_user_confirm'] ?? true);
        if (!$confirm && $kind !== 'direct-complete' && !isset($request['openid']) && !isset($request['sub_openid'])) {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'openid is required when need_user_confirm is false');
        }
        $order = wxps_pick($request, [
            'appid', 'sub_appid', 'sub_mchid', 'channel_id', 'service_id', 'service_introduction', 'post_payments',
            'post_discounts', 'risk_fund', 'time_range', 'location', 'attach', 'notify_url', 'openid', 'sub_openid',
            'shopping_info', 'currency',
        ]);
        $order = ['out_order_no' => $outOrderNo, 'mchid' => $this->world->mchid] + $order + ['order_id' => wxps_order_id($key)];
        $record = ['key' => $key, 'family' => $family, 'kind' => $kind, 'order' => $order] + wxps_order_record_defaults();
        if ($kind === 'direct-complete') {
            wxps_check_amounts($request, 'post_payments', 'post_discounts', 'amount', 'amount');
            wxps_order_set_state($record, 'DOING', 'USER_CONFIRM');
            wxps_order_complete($record, $request['total_amount'], $request);
        } elseif ($confirm) {
            $record['order']['package'] = wxps_package($key);
            wxps_order_set_state($record, 'CREATED', null);
        } else {
            wxps_order_set_state($record, 'DOING', 'USER_CONFIRM');
        }
        return $record;
    }

    private function newLegacyOrder(string $family, string $key, array $request): array
    {
        $order = ['out_order_no' => $request['out_order_no'], 'mchid' => $this->world->mchid] + $request + ['order_id' => wxps_order_id($key)];
        unset($order['need_user_confirm'], $order['name'], $order['phone'], $order['userid'], $order['address']);
        $record = ['key' => $key, 'family' => $family, 'kind' => 'serviceorder', 'order' => $order] + wxps_order_record_defaults();
        if ($request['need_user_confirm'] ?? true) {
            $record['order']['package'] = wxps_package($key);
            wxps_order_set_state($record, 'CREATED', null);
        } else {
            wxps_order_set_state($record, 'DOING', 'USER_CONFIRM');
        }
        return $record;
    }

    private function query(array $endpoint, WxpsCall $call, string $family): array
    {
        $query = $call->query;
        $outOrderNo = $query['out_order_no'] ?? '';
        $queryId = $query['query_id'] ?? '';
        if ($outOrderNo === '' && $queryId === '') {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'out_order_no or query_id is required');
        }
        if ($outOrderNo === '') {
            $key = $this->world->store->queryIds[$queryId] ?? null;
            $record = $key === null ? null : $this->world->store->orders[$key] ?? null;
            if ($record === null && $this->world->strict) {
                throw new WxpsApiError(404, 'ORDER_NOT_EXIST', "no order has query_id $queryId");
            }
            if ($record === null) {
                // Lenient: a query_id never handed out stands for an order of its own.
                $record = $this->findOrMake($family, $query['sub_mchid'] ?? '', wxps_order_id("query_id:$queryId"), 'query', $query);
                $this->world->store->queryIds[$queryId] = $record['key'];
            }
        } else {
            $record = $this->findOrMake($family, $query['sub_mchid'] ?? '', $outOrderNo, 'query', $query);
        }
        wxps_order_check_ids($record, $query);
        return $this->answer($endpoint, $record);
    }

    /** GET acquiringbank/serviceorder/deduction: what registerdeductinfo recorded. */
    private function deduction(WxpsCall $call): array
    {
        $query = $call->query;
        if (($query['out_order_no'] ?? '') === '') {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'out_order_no is required');
        }
        $record = $this->findOrMake('acquiringbank', $query['sub_mchid'], $query['out_order_no'], 'deduction', $query);
        wxps_order_check_ids($record, $query);
        $outTradeNo = $record['deduct_out_trade_no'] ?? null;
        if ($outTradeNo === null && $this->world->strict) {
            throw new WxpsApiError(404, 'RESOURCE_NOT_EXISTS', 'no deduction information registered for this order');
        }
        return [200, ['description' => '扣款信息', 'out_trade_no' => $outTradeNo ?? 'sandbox' . $record['order']['order_id']]];
    }

    private function act(array $endpoint, WxpsCall $call, string $family, string $action): array
    {
        $request = $call->json();
        if ($family === 'direct' && $action === 'pay') {
            // The official pages mark both required, though the YAML does not.
            wxps_require($request, ['appid' => 'string', 'service_id' => 'string']);
        }
        $record = $this->findOrMake($family, $request['sub_mchid'] ?? '', $call->vars['out_order_no'], $action, $request);
        wxps_order_check_ids($record, $request);
        $legacy = in_array($family, WXPS_LEGACY_FAMILIES, true);
        match ($action) {
            'cancel' => $this->cancel($record),
            'complete' => $legacy ? $this->completeLegacy($record, $request) : $this->complete($record, $request),
            'modify' => $this->modify($record, $request),
            'pay' => $this->pay($record),
            'sync' => $this->sync($record, $request),
            'send-pendingmessage', 'send-prepaidmessage' => $this->message($record, $action, $request),
            'registerdeductinfo' => $this->registerDeduction($record, $request),
            default => throw new WxpsApiError(404, 'NOT_FOUND', "no order operation $action"),
        };
        $this->save($record, $action);
        if ($action === 'registerdeductinfo') {
            return [200, ['description' => '登记成功']];
        }
        return $this->answer($endpoint, $record);
    }

    private function cancel(array &$record): void
    {
        wxps_order_expect($record, ['CREATED', 'DOING'], 'cancel');
        wxps_order_set_state($record, 'REVOKED', null);
    }

    private function complete(array &$record, array $request): void
    {
        wxps_order_expect_description($record, 'USER_CONFIRM', 'complete');
        wxps_check_time_range($record['family'], $request);
        wxps_rule_amounts($request);
        wxps_rule_time_range($record['family'], array_replace($record['order']['time_range'] ?? [], $request['time_range'] ?? []));
        wxps_check_amounts($request, 'post_payments', 'post_discounts', 'amount', 'amount');
        wxps_check_risk_fund($record['order'], $request['total_amount']);
        wxps_order_complete($record, $request['total_amount'], $request);
    }

    /** payafter-orders and smartretail-orders: finish_type 2 charges the fees, 1 ends the order free. */
    private function completeLegacy(array &$record, array $request): void
    {
        wxps_order_expect_description($record, 'USER_CONFIRM', 'complete');
        $total = 0;
        if (($request['finish_type'] ?? 2) === 2) {
            wxps_check_amounts($request, 'fees', 'discounts', 'fee_amount', 'discount_amount');
            $total = $request['total_amount'];
            if (is_int($record['order']['risk_amount'] ?? null) && $total > $record['order']['risk_amount']) {
                throw new WxpsApiError(400, 'PARAM_ERROR', "total_amount must not exceed risk_amount ({$record['order']['risk_amount']})");
            }
        } elseif (($request['cancel_reason'] ?? '') === '') {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'cancel_reason is required when finish_type is 1');
        }
        $record['order'] = array_replace($record['order'], wxps_pick($request, [
            'finish_type', 'cancel_reason', 'real_service_start_time', 'real_service_end_time',
            'real_service_end_location', 'fees', 'discounts', 'finish_ticket', 'profit_sharing',
        ]));
        wxps_order_complete($record, $total, []);
    }

    private function modify(array &$record, array $request): void
    {
        wxps_order_expect_collection($record, 'modify');
        wxps_rule_amounts($request);
        wxps_check_amounts($request, 'post_payments', 'post_discounts', 'amount', 'amount');
        wxps_rule_modify_lowers($record['order']['collection']['total_amount'], $request['total_amount']);
        $order = &$record['order'];
        $order['post_payments'] = $request['post_payments'];
        $order['post_discounts'] = $request['post_discounts'] ?? [];
        $order['total_amount'] = $request['total_amount'];
        $order['collection']['total_amount'] = $request['total_amount'];
        $order['collection']['paying_amount'] = $request['total_amount'] - $order['collection']['paid_amount'];
        if ($order['collection']['paying_amount'] <= 0) {
            wxps_order_paid($record, 'MCH', wxps_now()); // modified down to what was already paid
        }
    }

    /**
     * 催收: asks the user to pay; the order stays USER_PAYING until the user pays. The page's
     * only rule is its precondition ("服务订单支付状态处于'待支付'状态"); it sets no limit on
     * asking again, so each call while USER_PAYING is a 200, counted (not confirmed either way).
     */
    private function pay(array &$record): void
    {
        wxps_order_expect_collection($record, 'pay');
        $record['collection_requests'] = ($record['collection_requests'] ?? 0) + 1;
    }

    /** The merchant says the user paid by other means (type Order_Paid). */
    private function sync(array &$record, array $request): void
    {
        if ($request['type'] !== 'Order_Paid') {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'type must be Order_Paid');
        }
        wxps_order_expect_collection($record, 'sync');
        wxps_order_paid($record, 'MCH', $request['detail']['paid_time']);
    }

    /**
     * 待处理 / 预扣费 messages: "一笔服务订单仅可以发送一次" (each page), so a second is a 400.
     * While DOING, before or after completion: the pages found name no state, so only DONE,
     * REVOKED and the like are refused (not confirmed).
     */
    private function message(array &$record, string $action, array $request): void
    {
        wxps_order_expect($record, ['DOING'], $action);
        wxps_rule_amounts($request);
        wxps_check_amounts($request, 'post_payments', 'post_discounts', 'amount', 'amount');
        if (isset($record['messages'][$action])) {
            throw new WxpsApiError(400, 'INVALID_REQUEST', "$action was already sent for this order; an order takes one");
        }
        $record['messages'][$action] = ['at' => microtime(true), 'total_amount' => $request['total_amount'], 'prepaid_time' => $request['prepaid_time']];
    }

    private function registerDeduction(array &$record, array $request): void
    {
        wxps_order_expect_collection($record, 'registerdeductinfo');
        $record['deduct_out_trade_no'] = $request['out_trade_no'] ?? null;
    }

    /** The stored order under these ids; in lenient mode one is made up, in the state $action needs. */
    private function findOrMake(string $family, string $subMchid, string $outOrderNo, string $action, array $ids): array
    {
        $key = wxps_order_key($family, $subMchid, $outOrderNo);
        $record = $this->world->store->orders[$key] ?? null;
        if ($record !== null) {
            return $record;
        }
        if ($this->world->strict) {
            throw new WxpsApiError(404, 'ORDER_NOT_EXIST', "order $outOrderNo does not exist");
        }
        $record = wxps_sample_order_record($family, $key, $outOrderNo, $ids + ['sub_mchid' => $subMchid], $this->world->mchid, WXPS_ORDER_NEEDS[$action]);
        $this->save($record, 'made up for ' . $action);
        $this->forgetOldMadeUp($key);
        return $record;
    }

    /** Made-up orders are few in tests but endless in a benchmark: only the newest are kept. */
    private function forgetOldMadeUp(string $key): void
    {
        $store = $this->world->store;
        $store->madeUp[$key] = true;
        while (count($store->madeUp) > WXPS_MADE_UP_ORDERS) {
            $oldest = array_key_first($store->madeUp);
            unset($store->madeUp[$oldest]);
            if ($store->orders[$oldest]['made_up'] ?? false) {
                unset($store->orders[$oldest]);
            }
        }
    }

    private function save(array &$record, string $event): void
    {
        wxps_order_history($record, $event);
        $this->world->store->orders[$record['key']] = $record;
        $this->world->store->changed();
    }

    /** The endpoint's documented answer for this order: its fields, or none for a 204. */
    private function answer(array $endpoint, array $record): array
    {
        if ($endpoint['status'] === 204) {
            return [204, null];
        }
        return [$endpoint['status'], wxps_schema_pick($endpoint['response'], wxps_order_view($record))];
    }
}

/** [action, family, kind] for an order endpoint, or null. */
function wxps_order_route(array $endpoint): ?array
{
    $path = $endpoint['path'];
    if (isset(WXPS_ORDER_CREATORS[$path]) && $endpoint['method'] === 'POST') {
        return ['create', ...WXPS_ORDER_CREATORS[$path]];
    }
    if (isset(WXPS_ORDER_FAMILIES[$path])) {
        return [$endpoint['method'] === 'POST' ? 'create' : 'query', WXPS_ORDER_FAMILIES[$path], 'serviceorder'];
    }
    if ($path === '/v3/payscore/acquiringbank/serviceorder/deduction') {
        return ['deduction', 'acquiringbank', 'serviceorder'];
    }
    if (preg_match('#^(.+)/\{out_order_no\}/([a-z-]+)$#', $path, $m) && isset(WXPS_ORDER_FAMILIES[$m[1]])) {
        return [$m[2], WXPS_ORDER_FAMILIES[$m[1]], 'serviceorder'];
    }
    return null;
}

/** Orders of one family and sub-merchant are told apart by out_order_no. */
function wxps_order_key(string $family, string $subMchid, string $outOrderNo): string
{
    return "$family|$subMchid|$outOrderNo";
}

// How many made-up orders lenient mode keeps; the oldest are forgotten (and made up again if asked for).
const WXPS_MADE_UP_ORDERS = 10000;

// An order keeps this many history entries (a benchmark may call pay on one order forever).
const WXPS_ORDER_HISTORY = 50;

function wxps_order_history(array &$record, string $event): void
{
    $now = microtime(true);
    $record['updated_at'] = $now;
    $record['history'][] = ['at' => $now, 'event' => $event, 'state' => $record['order']['state'], 'state_description' => $record['order']['state_description'] ?? null];
    if (count($record['history']) > WXPS_ORDER_HISTORY) {
        $record['history'] = array_slice($record['history'], -WXPS_ORDER_HISTORY);
    }
}

function wxps_order_record_defaults(): array
{
    $now = microtime(true);
    return ['query_id' => null, 'messages' => [], 'made_up' => false, 'payment_failures' => 0, 'created_at' => $now, 'updated_at' => $now, 'history' => []];
}

function wxps_order_set_state(array &$record, string $state, ?string $description): void
{
    $record['order']['state'] = $state;
    if ($description === null) {
        unset($record['order']['state_description']);
    } else {
        $record['order']['state_description'] = $description;
    }
}

/** Completion: the amount to collect is fixed; 0 fen ends the order at once. */
function wxps_order_complete(array &$record, int|float $total, array $request): void
{
    $order = &$record['order'];
    foreach (['post_payments', 'post_discounts'] as $field) {
        if (isset($request[$field])) {
            $order[$field] = $request[$field];
        }
    }
    if (isset($request['time_range'])) {
        $order['time_range'] = array_replace($order['time_range'] ?? [], $request['time_range']);
    }
    if (isset($request['location'])) {
        $order['location'] = array_replace($order['location'] ?? [], $request['location']);
    }
    $order['total_amount'] = $total;
    $order['need_collection'] = $total > 0;
    $order['collection'] = ['state' => 'USER_PAYING', 'total_amount' => $total, 'paying_amount' => $total, 'paid_amount' => 0, 'details' => []];
    wxps_order_set_state($record, 'DOING', 'MCH_COMPLETE');
    if ($total <= 0) {
        wxps_order_paid($record, 'MCH', wxps_now());
    }
}

/** The user paid (NEWTON: through Pay Score) or the merchant says so (MCH): DONE, USER_PAID. */
function wxps_order_paid(array &$record, string $paidType, string $paidTime): void
{
    $collection = &$record['order']['collection'];
    $amount = $collection['paying_amount'];
    if ($amount > 0) {
        $detail = ['seq' => count($collection['details']) + 1, 'amount' => $amount, 'paid_type' => $paidType, 'paid_time' => $paidTime];
        if ($paidType === 'NEWTON') {
            $detail['transaction_id'] = wxps_transaction_id();
        }
        $collection['details'][] = $detail;
    }
    $collection['state'] = 'USER_PAID';
    $collection['paid_amount'] += $amount;
    $collection['paying_amount'] = 0;
    unset($collection);
    wxps_order_set_state($record, 'DONE', 'MCH_COMPLETE');
}

function wxps_order_expect(array $record, array $states, string $action): void
{
    $state = $record['order']['state'];
    if (!in_array($state, $states, true)) {
        throw new WxpsApiError(400, 'INVALID_ORDER_STATE', "cannot $action an order in state $state (needs " . implode(' or ', $states) . ')');
    }
}

function wxps_order_expect_description(array $record, string $description, string $action): void
{
    wxps_order_expect($record, ['DOING'], $action);
    $actual = $record['order']['state_description'] ?? '';
    if ($actual !== $description) {
        throw new WxpsApiError(400, 'INVALID_ORDER_STATE', "cannot $action an order at DOING/$actual (needs DOING/$description)");
    }
}

/** The order is completed and waits for the user's payment. */
function wxps_order_expect_collection(array $record, string $action): void
{
    wxps_order_expect_description($record, 'MCH_COMPLETE', $action);
    if (($record['order']['collection']['state'] ?? '') !== 'USER_PAYING') {
        throw new WxpsApiError(400, 'INVALID_ORDER_STATE', "cannot $action an order whose collection is not USER_PAYING");
    }
}

/** Calls name an order by out_order_no, and must agree with it on service_id and appid. */
function wxps_order_check_ids(array $record, array $ids): void
{
    foreach (['service_id', 'appid'] as $field) {
        $given = $ids[$field] ?? null;
        $own = $record['order'][$field] ?? null;
        if (is_string($given) && is_string($own) && $given !== $own) {
            throw new WxpsApiError(400, 'INVALID_REQUEST', "$field $given is not the order's ($own)");
        }
    }
}

/**
 * Service times are yyyyMMdd or yyyyMMddHHmmss (a start may be OnAccept), as the shared
 * order definition says; not every endpoint YAML repeats the pattern. Oversea orders use
 * RFC 3339 times, which their YAMLs check.
 */
function wxps_check_time_range(string $family, array $request): void
{
    if ($family === 'oversea') {
        return;
    }
    $patterns = ['start_time' => '\d{8}|\d{14}|OnAccept', 'end_time' => '\d{8}|\d{14}'];
    foreach ($patterns as $field => $pattern) {
        $value = $request['time_range'][$field] ?? null;
        if (is_string($value)) {
            wxps_check_value($value, ['type' => 'string', 'pattern' => $pattern], "time_range.$field");
        }
    }
}

/** total_amount must be what the payments come to, minus the discounts (收款总金额=后付费项目amount和-优惠项目amount和). */
function wxps_check_amounts(array $request, string $payments, string $discounts, string $paymentAmount, string $discountAmount): void
{
    if (!isset($request['total_amount'])) {
        return;
    }
    $due = wxps_sum_amounts($request[$payments] ?? [], $paymentAmount) - wxps_sum_amounts($request[$discounts] ?? [], $discountAmount);
    if ($request['total_amount'] != $due) {
        throw wxps_param_error('total_amount', $request['total_amount'], "must be $due: $payments minus $discounts");
    }
    if ($request['total_amount'] < 0) {
        throw wxps_param_error('total_amount', $request['total_amount'], 'must not be negative');
    }
}

/**
 * 先免模式 (DEPOSIT, ADVANCE, CASH_DEPOSIT): "total_amount<=创单risk_fund.amount"; 先享模式
 * (ESTIMATE_ORDER_COST): "total_amount<=服务ID风险金额上限", a limit per service_id that WeChat Pay
 * agrees with each merchant and the sandbox does not know, so above the estimate is allowed.
 */
function wxps_check_risk_fund(array $order, int|float $total): void
{
    $fund = $order['risk_fund'] ?? null;
    if (is_array($fund) && in_array($fund['name'] ?? '', WXPS_CAPPING_RISK_FUNDS, true) && $total > ($fund['amount'] ?? 0)) {
        throw wxps_param_error('total_amount', $total, "must not exceed risk_fund.amount ({$fund['amount']}) for a $fund[name] risk fund");
    }
}

function wxps_sum_amounts(mixed $items, string $field = 'amount'): int|float
{
    $sum = 0;
    foreach (is_array($items) ? $items : [] as $item) {
        $amount = is_array($item) ? $item[$field] ?? 0 : 0;
        $sum += is_int($amount) || is_float($amount) ? $amount : 0;
    }
    return $sum;
}

/** The order as WeChat Pay shows it; payafter/smartretail orders in their own terms. */
function wxps_order_view(array $record): array
{
    $order = $record['order'];
    if (!in_array($record['family'], WXPS_LEGACY_FAMILIES, true)) {
        return wxps_pick($order, WXPS_ORDER_FIELD_ORDER) + $order;
    }
    $paid = ($order['collection']['paid_amount'] ?? 0) > 0;
    $order['state'] = match ($order['state']) {
        'CREATED' => 'CREATED',
        'DOING' => ($order['state_description'] ?? '') === 'MCH_COMPLETE' ? 'FINISHED' : 'USER_ACCEPTED',
        'DONE' => $paid ? 'USER_PAID' : 'FINISHED',
        default => $order['state'],
    };
    if ($paid) {
        $last = end($order['collection']['details']);
        $order['pay_succ_time'] = $last['paid_time'];
        $order['finish_transaction_id'] = $last['transaction_id'] ?? null;
    }
    unset($order['state_description'], $order['collection'], $order['need_collection']);
    return array_filter($order, fn ($v) => $v !== null);
}

/** The hotel stay of the Pay Score docs, under the caller's ids, in the state an operation needs. */
function wxps_sample_order_record(string $family, string $key, string $outOrderNo, array $ids, string $mchid, string $needs): array
{
    $order = wxps_sample_order($outOrderNo, $ids, $mchid, $key);
    $record = ['key' => $key, 'family' => $family, 'kind' => 'serviceorder', 'order' => $order, 'request' => null] + wxps_order_record_defaults();
    $record['made_up'] = true;
    wxps_order_set_state($record, 'DOING', 'USER_CONFIRM');
    if ($needs === 'USER_PAYING') {
        wxps_order_complete($record, 39900, []);
    }
    if (in_array($family, WXPS_LEGACY_FAMILIES, true)) {
        $record['order'] = array_diff_key($record['order'], array_flip(['post_payments', 'post_discounts', 'risk_fund', 'time_range', 'location', 'notify_url']));
        $record['order'] += [
            'service_introduction' => '某某酒店',
            'fees' => [['fee_name' => '就餐费用', 'fee_count' => 4, 'fee_amount' => 40000, 'fee_desc' => '就餐人均100元']],
            'discounts' => [['discount_name' => '满20减1元', 'discount_desc' => '不与其他优惠叠加', 'discount_amount' => 100]],
            'risk_amount' => 50000,
        ];
    }
    return $record;
}

function wxps_sample_order(string $outOrderNo, array $ids, string $mchid, string $key): array
{
    $order = [
        'out_order_no' => $outOrderNo,
        'service_id' => (string) ($ids['service_id'] ?? '500001'),
        'appid' => (string) ($ids['appid'] ?? 'wxd678efh567hg6787'),
        'mchid' => $mchid,
    ];
    foreach (['sub_mchid', 'sub_appid', 'channel_id'] as $field) {
        if (($ids[$field] ?? '') !== '') {
            $order[$field] = (string) $ids[$field];
        }
    }
    return $order + [
        'service_introduction' => '某某酒店',
        'post_payments' => [['name' => '就餐费用', 'amount' => 40000, 'description' => '就餐人均100元', 'count' => 4]],
        'post_discounts' => [['name' => '满20减1元', 'description' => '不与其他优惠叠加', 'amount' => 100, 'count' => 1]],
        'risk_fund' => ['name' => 'ESTIMATE_ORDER_COST', 'amount' => 10000, 'description' => '就餐的预估费用'],
        'time_range' => ['start_time' => '20091225091010', 'end_time' => '20091225121010', 'start_time_remark' => '备注1', 'end_time_remark' => '备注2'],
        'location' => ['start_location' => '嗨客时尚主题展餐厅', 'end_location' => '嗨客时尚主题展餐厅'],
        'attach' => 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        'notify_url' => 'https://api.test.com',
        'openid' => WxpsWorld::SAMPLE_OPENID,
        'order_id' => wxps_order_id($key),
    ];
}

/** A 20-digit order id, the same for one order key every time. */
function wxps_order_id(string $key): string
{
    return sprintf('1%09u%010u', crc32("order:$key") % 1000000000, crc32($key));
}

/** The opaque "package" that the confirm-order page takes. */
function wxps_package(string $key): string
{
    return rtrim(strtr(base64_encode(hash('sha256', "package:$key", true)), '+/', '-_'), '=');
}

/** A 28-digit WeChat Pay transaction id. */
function wxps_transaction_id(): string
{
    return '4200' . date('Ymd') . sprintf('%08d%08d', random_int(0, 99999999), random_int(0, 99999999));
}
