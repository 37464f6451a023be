<?php

declare(strict_types=1);

/*
 * The field rules WeChat Pay applies to service orders beyond what the openapi YAMLs say.
 * Each refusal is 400 PARAM_ERROR with the detail object (see WxpsParamError). Where each
 * rule comes from is in the table of sandbox/README.md, *Field rules*.
 */

require_once __DIR__ . '/spec.php';

// 服务风险金名称: 押金, 预付款, 保证金 (先免: they cap what completing may charge) and 预估订单费用 (先享).
const WXPS_RISK_FUND_NAMES = ['DEPOSIT', 'ADVANCE', 'CASH_DEPOSIT', 'ESTIMATE_ORDER_COST'];

// The amounts a service-order body may carry, as field => where: all whole fen.
const WXPS_AMOUNT_FIELDS = ['risk_fund.amount', 'post_payments[].amount', 'post_discounts[].amount', 'total_amount'];

/** A new service order (create, pay-on-delivery, direct-complete): every rule on its body. */
function wxps_rules_new_order(string $family, array $request): void
{
    if (isset($request['out_order_no'])) {
        wxps_rule_out_order_no($request['out_order_no']);
    }
    wxps_rule_risk_fund($request['risk_fund'] ?? null);
    wxps_rule_amounts($request);
    if (isset($request['notify_url'])) {
        wxps_rule_notify_url($request['notify_url']);
    }
    wxps_rule_time_range($family, $request['time_range'] ?? []);
}

/**
 * 商户服务订单号: "32个字符内，只能是数字、大小写字母_-|*" (the create pages; the direct page
 * leaves out the *, the partner and bank pages list it). The minimum of 6 is from the older
 * APIv3 pages (string[6,32]); the current pages say only "32个字符内", so it is not confirmed.
 */
function wxps_rule_out_order_no(string $value): void
{
    if (!preg_match('/^[0-9A-Za-z_\-|*]{6,32}$/', $value)) {
        throw wxps_param_error('out_order_no', $value, 'must be 6 to 32 characters of 0-9, A-Z, a-z, _, -, | and *');
    }
}

function wxps_rule_risk_fund(mixed $fund): void
{
    if (!is_array($fund)) {
        return;
    }
    if (isset($fund['name']) && !in_array($fund['name'], WXPS_RISK_FUND_NAMES, true)) {
        throw wxps_param_error('risk_fund.name', $fund['name'], 'must be one of ' . implode(', ', WXPS_RISK_FUND_NAMES));
    }
    // "风险金额 数字，必须>0（单位分）" (older APIv3 create page).
    if (is_int($fund['amount'] ?? null) && $fund['amount'] <= 0) {
        throw wxps_param_error('risk_fund.amount', $fund['amount'], 'must be more than 0 fen');
    }
}

/** 金额 "整型，单位为分": an amount is a whole number of fen, never negative. */
function wxps_rule_amounts(array $request): void
{
    foreach (WXPS_AMOUNT_FIELDS as $path) {
        [$list, $field] = str_contains($path, '[].') ? explode('[].', $path) : [null, $path];
        $values = $list === null ? [$field => wxps_rule_dig($request, $field)] : [];
        foreach ($list !== null && is_array($request[$list] ?? null) ? $request[$list] : [] as $i => $item) {
            $values["{$list}[$i].$field"] = is_array($item) ? $item[$field] ?? null : null;
        }
        foreach ($values as $name => $value) {
            if ($value === null) {
                continue;
            }
            if (!is_int($value)) {
                throw wxps_param_error($name, $value, 'must be a whole number of fen (an integer)');
            }
            if ($value < 0) {
                throw wxps_param_error($name, $value, 'must not be negative');
            }
        }
    }
}

function wxps_rule_dig(array $data, string $dotted): mixed
{
    foreach (explode('.', $dotted) as $key) {
        if (!is_array($data) || !array_key_exists($key, $data)) {
            return null;
        }
        $data = $data[$key];
    }
    return $data;
}

/**
 * 商户回调地址: the Pay Score callback pages say notify_url "必须为HTTPS协议". The payment pages
 * add "公网域名必须为HTTPS，如果是走专线接入，使用专线NAT IP或者私有回调域名可使用HTTP", so http
 * stays allowed to a loopback or private address, which is what a local test's receiver is.
 * The same pages say the URL "不能携带参数"; not enforced, since no page says create refuses it.
 */
function wxps_rule_notify_url(string $url): void
{
    $parts = parse_url($url);
    $scheme = strtolower($parts['scheme'] ?? '');
    $host = trim($parts['host'] ?? '', '[]');
    if (!in_array($scheme, ['http', 'https'], true) || $host === '') {
        throw wxps_param_error('notify_url', $url, 'must be an https URL');
    }
    if ($scheme === 'http' && !wxps_rule_private_host($host)) {
        throw wxps_param_error('notify_url', $url, 'must be an https URL (http only to a private address, as over a private line)');
    }
}

function wxps_rule_private_host(string $host): bool
{
    if (strtolower($host) === 'localhost') {
        return true;
    }
    if (filter_var($host, FILTER_VALIDATE_IP) === false) {
        return false;
    }
    return filter_var($host, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE) === false;
}

/**
 * 服务时间段: each time a real date (yyyyMMdd or yyyyMMddHHmmss; oversea orders RFC 3339), and
 * the end not before the start. The ordering is the sandbox's reading of 服务时间段, not
 * confirmed: no page found says how WeChat Pay words it, and the oversea example itself has the
 * end equal to the start, so only an end before the start is refused. A start of OnAccept is
 * the moment the user confirms and orders nothing.
 */
function wxps_rule_time_range(string $family, mixed $range): void
{
    if (!is_array($range)) {
        return;
    }
    $at = [];
    foreach (['start_time', 'end_time'] as $field) {
        $value = $range[$field] ?? null;
        if (!is_string($value) || $value === 'OnAccept') {
            continue;
        }
        $at[$field] = wxps_rule_time($family, $value, $field === 'end_time');
        if ($at[$field] === null) {
            throw wxps_param_error("time_range.$field", $value, 'must be a real date and time');
        }
    }
    if (isset($at['start_time'], $at['end_time']) && $at['end_time'] < $at['start_time']) {
        throw wxps_param_error('time_range.end_time', $range['end_time'], 'must not be before time_range.start_time (' . $range['start_time'] . ')');
    }
}

/** A time as a Unix timestamp, or null when it names no real moment; a bare date ends at its last second. */
function wxps_rule_time(string $family, string $value, bool $end): ?int
{
    if ($family === 'oversea') {
        if (!preg_match('/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/', $value, $m)
            || !checkdate((int) $m[2], (int) $m[3], (int) $m[1]) || $m[4] > 23 || $m[5] > 59 || $m[6] > 59) {
            return null;
        }
        $time = strtotime($value);
        return $time === false ? null : $time;
    }
    $format = strlen($value) === 8 ? 'Ymd' : 'YmdHis';
    $time = DateTimeImmutable::createFromFormat("!$format", $value, new DateTimeZone('Asia/Shanghai'));
    if ($time === false || $time->format($format) !== $value) {
        return null; // 20301332 or 20300230: PHP rolls them over, WeChat Pay does not
    }
    return $format === 'Ymd' && $end ? $time->getTimestamp() + 86399 : $time->getTimestamp();
}

/** 修改订单金额 lowers what is collected: "第n次修改后金额 < 第n-1次修改后金额". */
function wxps_rule_modify_lowers(int|float $current, mixed $total): void
{
    if (is_int($total) && $total >= $current) {
        throw wxps_param_error('total_amount', $total, "must be less than the amount being collected ($current): modify only lowers it");
    }
}
