<?php

declare(strict_types=1);

/*
 * The sandbox's own endpoints under /_sandbox/ (no signature needed): what a user does on
 * the phone (confirm an order, pay it, fail to pay, let it expire, grant or withdraw an
 * authorization), each followed by the notification WeChat Pay would send, what WeChat Pay
 * itself does (rotate the platform certificate), and a look at the sandbox's state.
 */

require_once __DIR__ . '/orders.php';
require_once __DIR__ . '/records.php';
require_once __DIR__ . '/notify.php';
require_once __DIR__ . '/certificates.php';

final class WxpsControl
{
    public const ROUTES = [
        ['GET', '/_sandbox/health', 'health'],
        ['GET', '/_sandbox/state', 'state'],
        ['POST', '/_sandbox/reset', 'reset'],
        ['GET', '/_sandbox/orders', 'orders'],
        ['GET', '/_sandbox/orders/{id}', 'order'],
        ['POST', '/_sandbox/orders/{id}/confirm', 'confirm'],
        ['POST', '/_sandbox/orders/{id}/pay', 'pay'],
        ['POST', '/_sandbox/orders/{id}/fail-payment', 'failPayment'],
        ['POST', '/_sandbox/orders/{id}/expire', 'expire'],
        ['POST', '/_sandbox/permissions/{authorization_code}/authorize', 'authorize'],
        ['POST', '/_sandbox/permissions/{authorization_code}/revoke', 'revoke'],
        ['GET', '/_sandbox/notifications', 'notifications'],
        ['GET', '/_sandbox/notifications/{id}', 'notification'],
        ['GET', '/_sandbox/notification-sample', 'notificationSample'],
        ['GET', '/_sandbox/certificates', 'certificates'],
        ['POST', '/_sandbox/certificates/rotate', 'rotateCertificate'],
        ['POST', '/_sandbox/faults', 'planFaults'],
    ];

    private const SAMPLE_FAULTS = ['bad-signature', 'unknown-serial', 'stale-timestamp', 'no-signature', 'bad-ciphertext', 'wrong-key'];

    public function __construct(
        private WxpsWorld $world,
        private WxpsNotificationMaker $maker,
        private WxpsCertificates $certificates,
        private array $settings,
        private WxpsFaultPlan $plan,
    )
    {
    }

    /** [status, body] for a control path, or null when $method $path is not one. */
    public function handle(string $method, string $path, WxpsCall $call): ?array
    {
        $routes = array_map(fn ($r) => [$r[0], $r[1], [$this, $r[2]]], self::ROUTES);
        $route = wxps_match_route($routes, $method, $path);
        if ($route === null) {
            return null;
        }
        return ($route['handler'])(new WxpsCall($route['vars'], $call->query, $call->body));
    }

    public function health(WxpsCall $call): array
    {
        return [200, ['status' => 'UP']];
    }

    public function state(WxpsCall $call): array
    {
        return [200, ['settings' => $this->settings] + $this->world->store->export()];
    }

    public function reset(WxpsCall $call): array
    {
        $this->world->store->reset();
        return [200, ['reset' => true]];
    }

    public function orders(WxpsCall $call): array
    {
        $orders = [];
        foreach ($this->world->store->orders as $record) {
            $orders[] = wxps_control_order($record);
        }
        return [200, ['orders' => $orders]];
    }

    public function order(WxpsCall $call): array
    {
        return [200, wxps_control_order($this->find($call->vars['id'], $call->query))];
    }

    /** The user confirms the order on the confirm page: DOING/USER_CONFIRM, PAYSCORE.USER_CONFIRM. */
    public function confirm(WxpsCall $call): array
    {
        $record = $this->find($call->vars['id'], $call->query);
        wxps_order_expect($record, ['CREATED'], 'confirm');
        $input = $this->input($call);
        $openidField = isset($record['order']['sub_mchid']) && isset($record['order']['sub_appid']) ? 'sub_openid' : 'openid';
        $record['order'][$openidField] ??= $input['openid'] ?? WxpsWorld::SAMPLE_OPENID;
        wxps_order_set_state($record, 'DOING', 'USER_CONFIRM');
        $record['query_id'] = 'sandbox' . substr(hash('sha256', random_bytes(16)), 0, 24);
        $this->world->store->queryIds[$record['query_id']] = $record['key'];
        return $this->userAction($record, 'user confirmed', 'PAYSCORE.USER_CONFIRM', ['query_id' => $record['query_id']]);
    }

    /** The user pays what the completed order collects: DONE, USER_PAID, PAYSCORE.USER_PAID. */
    public function pay(WxpsCall $call): array
    {
        $record = $this->find($call->vars['id'], $call->query);
        wxps_order_expect_collection($record, 'pay');
        wxps_order_paid($record, 'NEWTON', wxps_now());
        return $this->userAction($record, 'user paid', 'PAYSCORE.USER_PAID');
    }

    /** The deduction fails (no balance, say): the order stays USER_PAYING, and WeChat Pay sends nothing. */
    public function failPayment(WxpsCall $call): array
    {
        $record = $this->find($call->vars['id'], $call->query);
        wxps_order_expect_collection($record, 'fail to pay');
        $record['payment_failures']++;
        return $this->userAction($record, 'payment failed', null);
    }

    /** The user never confirms: the order expires. */
    public function expire(WxpsCall $call): array
    {
        $record = $this->find($call->vars['id'], $call->query);
        wxps_order_expect($record, ['CREATED'], 'expire');
        wxps_order_set_state($record, 'EXPIRED', null);
        return $this->userAction($record, 'expired', null);
    }

    /** The user grants the authorization: AVAILABLE, PAYSCORE.USER_OPEN_SERVICE. */
    public function authorize(WxpsCall $call): array
    {
        $record = $this->permission($call);
        if ($record['authorization_state'] === 'AVAILABLE') {
            throw new WxpsApiError(400, 'INVALID_REQUEST', 'the authorization is already AVAILABLE');
        }
        $input = $this->input($call);
        $record['openid'] = $input['openid'] ?? $record['openid'] ?? WxpsWorld::SAMPLE_OPENID;
        $record['authorization_state'] = 'AVAILABLE';
        $record['authorization_success_time'] = wxps_now();
        unset($record['cancel_authorization_time']);
        return $this->permissionAction($record, 'PAYSCORE.USER_OPEN_SERVICE', 'USER_OPEN_SERVICE');
    }

    /** The user withdraws the authorization: UNAVAILABLE, PAYSCORE.USER_CLOSE_SERVICE. */
    public function revoke(WxpsCall $call): array
    {
        $record = $this->permission($call);
        if ($record['authorization_state'] !== 'AVAILABLE') {
            throw new WxpsApiError(400, 'INVALID_REQUEST', 'the authorization is not AVAILABLE');
        }
        $record['authorization_state'] = 'UNAVAILABLE';
        $record['cancel_authorization_time'] = wxps_now();
        return $this->permissionAction($record, 'PAYSCORE.USER_CLOSE_SERVICE', 'USER_CLOSE_SERVICE');
    }

    public function notifications(WxpsCall $call): array
    {
        $list = array_values(array_filter($this->world->store->notifications, fn ($n) =>
            (!isset($call->query['event_type']) || $n['event_type'] === $call->query['event_type'])
            && (!isset($call->query['subject']) || $n['subject'] === $call->query['subject'])));
        return [200, ['notifications' => $list]];
    }

    public function notification(WxpsCall $call): array
    {
        $record = $this->world->store->notifications[$call->vars['id']] ?? null;
        if ($record === null) {
            throw new WxpsApiError(404, 'NOT_FOUND', "no notification {$call->vars['id']}");
        }
        return [200, $record];
    }

    /** A freshly signed and encrypted notification, for testing a notification parser. */
    public function notificationSample(WxpsCall $call): array
    {
        $eventType = $call->query['event_type'] ?? 'PAYSCORE.USER_CONFIRM';
        if (!isset(WXPS_NOTIFY_SUMMARIES[$eventType])) {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'event_type must be one of ' . implode(', ', array_keys(WXPS_NOTIFY_SUMMARIES)));
        }
        $faults = array_values(array_filter(explode(',', $call->query['fault'] ?? '')));
        foreach ($faults as $fault) {
            if (!in_array($fault, self::SAMPLE_FAULTS, true)) {
                throw new WxpsApiError(400, 'PARAM_ERROR', "unknown fault $fault; known: " . implode(', ', self::SAMPLE_FAULTS));
            }
        }
        $resource = $this->sampleResource($eventType, $call);
        $body = $this->maker->body($eventType, $resource, 'payscore', $faults);
        return [200, ['headers' => $this->maker->headers($body, $faults), 'body' => $body, 'resource' => $resource]];
    }

    /**
     * What a sample notification encrypts: the stored order named by out_order_no, as the
     * query API shows it now; without one, the docs' hotel order. An order the sandbox never
     * saw is 404, unless lenient (then the docs' order under that number).
     */
    private function sampleResource(string $eventType, WxpsCall $call): array
    {
        $outOrderNo = $call->query['out_order_no'] ?? '';
        $authorization = $eventType === 'PAYSCORE.USER_OPEN_SERVICE' || $eventType === 'PAYSCORE.USER_CLOSE_SERVICE';
        if ($outOrderNo === '' || $authorization) {
            return wxps_sample_resource($eventType, $outOrderNo ?: '1234323JKHDFE1243252', $this->world->mchid);
        }
        try {
            return wxps_order_view($this->find($outOrderNo, $call->query));
        } catch (WxpsApiError $e) {
            if ($this->world->strict || $e->status !== 404) {
                throw $e;
            }
            return wxps_sample_resource($eventType, $outOrderNo, $this->world->mchid);
        }
    }

    /** The platform certificates in use, the signing one last. */
    public function certificates(WxpsCall $call): array
    {
        return [200, ['data' => $this->certificates->describe()]];
    }

    /** Faults for the next calls to a path: {"path": "/v3/certificates", "faults": "drop", "times": 1}. */
    public function planFaults(WxpsCall $call): array
    {
        $plan = $call->json();
        $why = $this->plan->add((string) ($plan['path'] ?? ''), (string) ($plan['faults'] ?? ''), (int) ($plan['times'] ?? 1));
        if ($why !== null) {
            throw new WxpsApiError(400, 'PARAM_ERROR', $why);
        }
        return [200, ['path' => $plan['path'], 'faults' => $plan['faults'], 'times' => (int) ($plan['times'] ?? 1)]];
    }

    /** WeChat Pay rotates the platform certificate: a new one signs, the old one is listed beside it. */
    public function rotateCertificate(WxpsCall $call): array
    {
        if ($this->certificates->isEmpty()) {
            throw new WxpsApiError(400, 'INVALID_REQUEST', 'no platform certificate to rotate in pubkey mode (use --serial-mode=cert or both)');
        }
        [$serial, $previous] = $this->certificates->rotate();
        return [200, ['serial_no' => $serial, 'previous' => $previous]];
    }

    /** The order a control path names: by order_id, else by out_order_no (sub_mchid or family narrow it). */
    /** The stored order $id (order_id or out_order_no), narrowed by the query's sub_mchid and family. */
    private function find(string $id, array $query): array
    {
        $byId = $byNumber = [];
        foreach ($this->world->store->orders as $record) {
            $order = $record['order'];
            if ((isset($query['sub_mchid']) && ($order['sub_mchid'] ?? '') !== $query['sub_mchid'])
                || (isset($query['family']) && $record['family'] !== $query['family'])) {
                continue;
            }
            if ($order['order_id'] === $id) {
                $byId[] = $record;
            } elseif ($order['out_order_no'] === $id) {
                $byNumber[] = $record;
            }
        }
        $matches = $byId ?: $byNumber;
        if ($matches === []) {
            throw new WxpsApiError(404, 'ORDER_NOT_EXIST', "no order $id in the sandbox");
        }
        if (count($matches) > 1) {
            throw new WxpsApiError(400, 'PARAM_ERROR', "out_order_no $id names several orders; give order_id, sub_mchid or family");
        }
        return $matches[0];
    }

    private function permission(WxpsCall $call): array
    {
        foreach ($this->world->store->records['permission'] ?? [] as $record) {
            if ($record['authorization_code'] === $call->vars['authorization_code']
                && (!isset($call->query['sub_mchid']) || ($record['sub_mchid'] ?? '') === $call->query['sub_mchid'])) {
                return $record;
            }
        }
        throw new WxpsApiError(404, 'RESOURCE_NOT_EXISTS', "no authorization {$call->vars['authorization_code']} in the sandbox");
    }

    /** An optional JSON object body. */
    private function input(WxpsCall $call): array
    {
        return $call->body === '' ? [] : $call->json();
    }

    private function userAction(array $record, string $event, ?string $eventType, array $extra = []): array
    {
        wxps_order_history($record, $event);
        $this->world->store->orders[$record['key']] = $record;
        $this->world->store->changed();
        $view = wxps_order_view($record);
        $notification = null;
        if ($eventType !== null && ($record['order']['notify_url'] ?? '') !== '' && $this->world->notifier !== null) {
            unset($view['package']);
            $notification = $this->world->notifier->notify($record['order']['notify_url'], $eventType, $view, $record['key']);
        }
        return [200, ['order' => wxps_order_view($record), 'notification' => $notification] + $extra];
    }

    private function permissionAction(array $record, string $eventType, string $status): array
    {
        $this->world->store->records['permission'][$record['key']] = $record;
        $this->world->store->changed();
        $notification = null;
        if (($record['notify_url'] ?? '') !== '' && $this->world->notifier !== null) {
            $resource = wxps_permission_resource($record, $status);
            $notification = $this->world->notifier->notify($record['notify_url'], $eventType, $resource, $record['key']);
        }
        return [200, ['authorization' => wxps_permission_view($record), 'notification' => $notification]];
    }
}

function wxps_control_order(array $record): array
{
    return [
        'key' => $record['key'],
        'family' => $record['family'],
        'kind' => $record['kind'],
        'made_up' => $record['made_up'],
        'query_id' => $record['query_id'],
        'payment_failures' => $record['payment_failures'],
        'collection_requests' => $record['collection_requests'] ?? 0,
        'messages' => (object) $record['messages'],
        'order' => wxps_order_view($record),
        'history' => $record['history'],
    ];
}

/** What an authorization notification decrypts to (授权/解除授权服务回调). */
function wxps_permission_resource(array $record, string $status): array
{
    return array_filter([
        'appid' => $record['appid'] ?? null,
        'mchid' => $record['mchid'],
        'sub_mchid' => $record['sub_mchid'] ?? null,
        'service_id' => $record['service_id'],
        'openid' => $record['openid'] ?? null,
        'user_service_status' => $status,
        'openorclose_time' => wxps_now(),
        'authorization_code' => $record['authorization_code'],
    ], fn ($v) => $v !== null && $v !== '');
}

/** The resource of a sample notification: the docs' hotel order, or an authorization. */
function wxps_sample_resource(string $eventType, string $outOrderNo, string $mchid): array
{
    if ($eventType === 'PAYSCORE.USER_OPEN_SERVICE' || $eventType === 'PAYSCORE.USER_CLOSE_SERVICE') {
        $record = ['appid' => 'wxd678efh567hg6787', 'mchid' => $mchid, 'service_id' => '500001',
            'openid' => WxpsWorld::SAMPLE_OPENID, 'authorization_code' => '1234323JKHDFE1243252'];
        return wxps_permission_resource($record, substr($eventType, strlen('PAYSCORE.')));
    }
    $key = wxps_order_key('direct', '', $outOrderNo);
    $record = wxps_sample_order_record('direct', $key, $outOrderNo, [], $mchid, $eventType === 'PAYSCORE.USER_PAID' ? 'USER_PAYING' : 'USER_CONFIRM');
    if ($eventType === 'PAYSCORE.USER_PAID') {
        wxps_order_paid($record, 'NEWTON', wxps_now());
    }
    return wxps_order_view($record);
}
