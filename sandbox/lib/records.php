<?php

declare(strict_types=1);

/*
 * The Pay Score endpoints that are not service orders. Authorizations (permissions) keep a
 * state that the user changes (see control.php); plans, sign plans and service-account
 * applications are remembered as created and can be stopped. Whatever else the YAMLs
 * document is answered from its schema, with the caller's own values where they fit.
 */

require_once __DIR__ . '/spec.php';
require_once __DIR__ . '/store.php';
require_once __DIR__ . '/notify.php';

// Path prefix of an authorization family => family.
const WXPS_PERMISSION_FAMILIES = [
    '/v3/payscore/permissions' => 'direct',
    '/v3/payscore/partner/permissions' => 'partner',
    '/v3/payscore/acquiringbank/permissions' => 'acquiringbank',
];

// Records made by one POST and read by a GET on {id}: create path => [kind, id field, GET path, stop path].
const WXPS_RECORD_KINDS = [
    '/v3/payscore/plan/payscore-plans' => ['plan', 'merchant_plan_no', '/v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}'],
    '/v3/payscore/plan/partner/payscore-plans' => ['plan', 'merchant_plan_no', '/v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}'],
    '/v3/payscore/sign-plan/user-sign-plans' => ['sign-plan', 'merchant_sign_plan_no', '/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'],
    '/v3/payscore/sign-plan/partner/user-sign-plans' => ['sign-plan', 'merchant_sign_plan_no', '/v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'],
    '/v3/payscore/partner/service-account-applications' => ['application', 'out_apply_no', '/v3/payscore/partner/service-account-applications/{out_apply_no}'],
];

final class WxpsPermissionApi
{
    public function __construct(private WxpsWorld $world)
    {
    }

    public function handle(array $endpoint, WxpsCall $call): ?array
    {
        $path = $endpoint['path'];
        $method = $endpoint['method'];
        if ($path === '/v3/payscore/user-service-state') {
            return $this->serviceState($endpoint, $call->query);
        }
        if (preg_match('#^/v3/payscore/users/\{openid\}/permissions/\{service_id\}/terminate$#', $path)) {
            $body = $call->json();
            $record = $this->byOpenid('direct', '', $call->vars['openid'], $call->vars['service_id'], $body['appid']);
            return $this->terminate($endpoint, $record);
        }
        foreach (WXPS_PERMISSION_FAMILIES as $prefix => $family) {
            if ($path === $prefix && $method === 'POST') {
                return $this->apply($endpoint, $family, $call->json());
            }
            if ($path === "$prefix/authorization-code/{authorization_code}") {
                $query = $call->query;
                $record = $this->byCode($family, $query['sub_mchid'] ?? '', $call->vars['authorization_code'], $query);
                return $this->answer($endpoint, $record);
            }
            if ($path === "$prefix/authorization-code/{authorization_code}/terminate") {
                $body = $call->json();
                $record = $this->byCode($family, $body['sub_mchid'] ?? '', $call->vars['authorization_code'], $body);
                return $this->terminate($endpoint, $record);
            }
        }
        return match ($path) {
            '/v3/payscore/permissions/openid/{openid}' => $this->answer($endpoint,
                $this->byOpenid('direct', '', $call->vars['openid'], $call->query['service_id'], $call->query['appid'])),
            '/v3/payscore/permissions/openid/{openid}/terminate' => $this->terminate($endpoint,
                $this->byOpenid('direct', '', $call->vars['openid'], $call->json()['service_id'], $call->json()['appid'])),
            '/v3/payscore/partner/permissions/search' => $this->answer($endpoint, $this->byOpenid('partner',
                $call->query['sub_mchid'], wxps_openid_of($call->query), $call->query['service_id'], $call->query['appid'])),
            '/v3/payscore/partner/permissions/terminate' => $this->terminate($endpoint, $this->byOpenid('partner',
                $call->json()['sub_mchid'], wxps_openid_of($call->json()), $call->json()['service_id'], $call->json()['appid'])),
            default => null,
        };
    }

    /** 商户预授权: the authorization waits (UNAVAILABLE) until the user agrees. */
    private function apply(array $endpoint, string $family, array $request): array
    {
        $key = wxps_permission_key($family, $request['sub_mchid'] ?? '', $request['authorization_code']);
        $existing = $this->world->store->records['permission'][$key] ?? null;
        if ($existing !== null && $existing['authorization_state'] !== 'UNAVAILABLE') {
            throw new WxpsApiError(400, 'INVALID_REQUEST', "authorization_code {$request['authorization_code']} is already in use");
        }
        $record = ['key' => $key, 'family' => $family, 'mchid' => $this->world->mchid] + wxps_pick($request, [
            'service_id', 'appid', 'sub_mchid', 'sub_appid', 'channel_id', 'authorization_code', 'notify_url',
        ]) + ['authorization_state' => 'UNAVAILABLE', 'apply_permissions_token' => wxps_package("permission:$key")];
        $this->save($record);
        return [200, ['apply_permissions_token' => $record['apply_permissions_token']]];
    }

    private function serviceState(array $endpoint, array $query): array
    {
        $state = 'UNAVAILABLE';
        foreach ($this->world->store->records['permission'] ?? [] as $record) {
            if (($record['openid'] ?? null) === $query['openid'] && $record['service_id'] === $query['service_id'] && $record['authorization_state'] === 'AVAILABLE') {
                $state = 'AVAILABLE';
            }
        }
        if ($state === 'UNAVAILABLE' && !$this->world->strict && !$this->knowsUser($query['openid'])) {
            $state = 'AVAILABLE'; // lenient: a user the sandbox never saw has opened the service
        }
        return [200, wxps_pick($query, ['appid', 'service_id', 'openid']) + ['use_service_state' => $state]];
    }

    private function knowsUser(string $openid): bool
    {
        foreach ($this->world->store->records['permission'] ?? [] as $record) {
            if (($record['openid'] ?? null) === $openid) {
                return true;
            }
        }
        return false;
    }

    /** 解除授权 by the merchant: the authorization becomes UNAVAILABLE. */
    private function terminate(array $endpoint, array $record): array
    {
        if ($record['authorization_state'] !== 'AVAILABLE') {
            throw new WxpsApiError(400, 'INVALID_REQUEST', 'the user has no authorization to terminate (state ' . $record['authorization_state'] . ')');
        }
        $record['authorization_state'] = 'UNAVAILABLE';
        $record['cancel_authorization_time'] = wxps_now();
        $this->save($record);
        return $this->answer($endpoint, $record);
    }

    private function byCode(string $family, string $subMchid, string $code, array $ids): array
    {
        $key = wxps_permission_key($family, $subMchid, $code);
        $record = $this->world->store->records['permission'][$key] ?? null;
        if ($record === null) {
            $record = $this->makeUp($key, $family, $ids + ['authorization_code' => $code, 'sub_mchid' => $subMchid]);
        }
        return $record;
    }

    private function byOpenid(string $family, string $subMchid, string $openid, string $serviceId, string $appid): array
    {
        foreach ($this->world->store->records['permission'] ?? [] as $record) {
            if ($record['family'] === $family && ($record['sub_mchid'] ?? '') === $subMchid
                && ($record['openid'] ?? null) === $openid && $record['service_id'] === $serviceId) {
                return $record;
            }
        }
        $code = 'sandbox' . substr(hash('sha256', "$family|$subMchid|$openid|$serviceId"), 0, 24);
        $key = wxps_permission_key($family, $subMchid, $code);
        return $this->makeUp($key, $family, ['openid' => $openid, 'service_id' => $serviceId, 'appid' => $appid, 'authorization_code' => $code, 'sub_mchid' => $subMchid]);
    }

    /** Lenient: an authorization the sandbox never saw is one the user granted. */
    private function makeUp(string $key, string $family, array $ids): array
    {
        if ($this->world->strict) {
            throw new WxpsApiError(404, 'RESOURCE_NOT_EXISTS', 'no such authorization');
        }
        $record = ['key' => $key, 'family' => $family, 'mchid' => $this->world->mchid]
            + array_filter(wxps_pick($ids, ['service_id', 'appid', 'sub_mchid', 'sub_appid', 'channel_id', 'authorization_code', 'openid']), fn ($v) => $v !== '')
            + ['openid' => WxpsWorld::SAMPLE_OPENID, 'authorization_state' => 'AVAILABLE', 'authorization_success_time' => wxps_now(), 'made_up' => true];
        $this->save($record);
        return $record;
    }

    private function save(array $record): void
    {
        $this->world->store->records['permission'][$record['key']] = $record;
        $this->world->store->changed();
    }

    private function answer(array $endpoint, array $record): array
    {
        if ($endpoint['status'] === 204) {
            return [204, null];
        }
        return [$endpoint['status'], wxps_schema_pick($endpoint['response'], wxps_permission_view($record))];
    }
}

function wxps_permission_key(string $family, string $subMchid, string $code): string
{
    return "$family|$subMchid|$code";
}

function wxps_permission_view(array $record): array
{
    return array_diff_key($record, array_flip(['key', 'family', 'made_up', 'apply_permissions_token']));
}

function wxps_openid_of(array $fields): string
{
    $openid = $fields['openid'] ?? $fields['sub_openid'] ?? '';
    if (!is_string($openid) || $openid === '') {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'openid or sub_openid is required');
    }
    return $openid;
}

/** Plans, sign plans and service-account applications: created, read back, stopped. */
final class WxpsRecordApi
{
    public function __construct(private WxpsWorld $world)
    {
    }

    public function handle(array $endpoint, WxpsCall $call): ?array
    {
        foreach (WXPS_RECORD_KINDS as $createPath => [$kind, $idField, $getPath]) {
            if ($endpoint['path'] === $createPath && $endpoint['method'] === 'POST') {
                return $this->create($endpoint, $kind, $idField, $call->json());
            }
            if ($endpoint['path'] === $getPath && $endpoint['method'] === 'GET') {
                return $this->answer($endpoint, $kind, $this->find($kind, $call->query['sub_mchid'] ?? '', $call->vars[$idField], $idField));
            }
            if ($endpoint['path'] === "$getPath/stop" && $endpoint['method'] === 'POST') {
                $body = $call->body === '' ? [] : $call->json();
                return $this->stop($endpoint, $kind, $this->find($kind, $body['sub_mchid'] ?? '', $call->vars[$idField], $idField), $body);
            }
        }
        return null;
    }

    private function create(array $endpoint, string $kind, string $idField, array $request): array
    {
        $key = ($request['sub_mchid'] ?? '') . '|' . $request[$idField];
        $existing = $this->world->store->records[$kind][$key] ?? null;
        if ($existing !== null) {
            if ($existing['request'] !== $request) {
                throw new WxpsApiError(400, 'RESOURCE_ALREADY_EXISTS', "$idField {$request[$idField]} is already used");
            }
            return $this->answer($endpoint, $kind, $existing);
        }
        $record = ['key' => $key, 'request' => $request, 'mchid' => $this->world->mchid] + $request + match ($kind) {
            'plan' => ['plan_id' => 'sandbox' . substr(hash('sha256', "plan|$key"), 0, 24), 'plan_state' => 'NORMAL'],
            'sign-plan' => ['sign_plan_id' => 'sandbox' . substr(hash('sha256', "sign-plan|$key"), 0, 24), 'sign_state' => 'UNSIGNED', 'cancel_sign_type' => 'NOT_CANCEL'],
            'application' => ['apply_state' => 'APPROVED'],
        };
        $this->save($kind, $record);
        return $this->answer($endpoint, $kind, $record);
    }

    private function stop(array $endpoint, string $kind, array $record, array $request): array
    {
        if ($kind === 'plan') {
            if ($record['plan_state'] !== 'NORMAL') {
                throw new WxpsApiError(400, 'INVALID_REQUEST', "plan {$record['merchant_plan_no']} is already stopped");
            }
            $record = array_replace($record, ['plan_state' => 'STOPPED', 'stop_mchid' => $this->world->mchid, 'stop_time' => wxps_now()]);
        } else {
            if ($record['cancel_sign_type'] !== 'NOT_CANCEL') {
                throw new WxpsApiError(400, 'INVALID_REQUEST', "sign plan {$record['merchant_sign_plan_no']} is already stopped");
            }
            $record = array_replace($record, ['cancel_sign_type' => 'MCH_CANCEL', 'cancel_sign_time' => wxps_now(), 'cancel_reason' => $request['stop_reason'] ?? '']);
        }
        $this->save($kind, $record);
        return $this->answer($endpoint, $kind, $record);
    }

    private function find(string $kind, string $subMchid, string $id, string $idField): array
    {
        $record = $this->world->store->records[$kind]["$subMchid|$id"] ?? null;
        if ($record !== null) {
            return $record;
        }
        if ($this->world->strict) {
            throw new WxpsApiError(404, 'RESOURCE_NOT_EXISTS', "no $kind with $idField $id");
        }
        $record = ['key' => "$subMchid|$id", 'request' => null, 'mchid' => $this->world->mchid, $idField => $id, 'made_up' => true] + match ($kind) {
            'plan' => ['plan_state' => 'NORMAL'],
            'sign-plan' => ['sign_state' => 'SIGNED', 'cancel_sign_type' => 'NOT_CANCEL'],
            'application' => ['apply_state' => 'APPROVED'],
        };
        if ($subMchid !== '') {
            $record['sub_mchid'] = $subMchid;
        }
        $this->save($kind, $record);
        return $record;
    }

    private function save(string $kind, array $record): void
    {
        $this->world->store->records[$kind][$record['key']] = $record;
        $this->world->store->changed();
    }

    /** The documented answer: the record's own values, the schema's examples for the rest. */
    private function answer(array $endpoint, string $kind, array $record): array
    {
        $view = array_diff_key($record, array_flip(['key', 'request', 'made_up']));
        if ($kind === 'sign-plan' && isset($endpoint['response']['properties']['sign_plan'])) {
            $view = ['sign_plan' => $view, 'package' => wxps_package("sign-plan:{$record['key']}")];
        }
        return [$endpoint['status'], $endpoint['status'] === 204 ? null : wxps_schema_example($endpoint['response'] ?? [], $view)];
    }
}

/** Any other documented endpoint: checked like the rest, answered from its schema. */
function wxps_generic_answer(array $endpoint, WxpsCall $call, string $mchid): array
{
    if ($endpoint['status'] === 204 || $endpoint['response'] === null) {
        return [$endpoint['status'], null];
    }
    $body = $call->body === '' ? [] : (json_decode($call->body, true) ?: []);
    $given = ['mchid' => $mchid] + $call->vars + $call->query + (is_array($body) ? $body : []);
    return [$endpoint['status'], wxps_schema_example($endpoint['response'], $given)];
}
