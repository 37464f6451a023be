<?php

declare(strict_types=1);

/*
 * What every benchmark worker shares: the two clients built from the same keys and server
 * (named by WXB_* environment variables, so that a worker does nothing else before its first
 * call), and the one call both make.
 */

const WXB_APPID = 'wxd678efh567hg6787';
const WXB_SERVICE_ID = '500001';

/** Names the sandbox and its keys to the workers this process starts (the WXB_* variables). */
function wxb_export_server(array $server): void
{
    $keys = $server['keys'];
    foreach ([
        'WXB_MCHID' => $keys['mchid'],
        'WXB_SERIAL' => $keys['merchant_serial'],
        'WXB_KEY' => $keys['merchant_key'],
        'WXB_PLATFORM_SERIAL' => $keys['platform_serial'],
        'WXB_PLATFORM_PUB' => $keys['platform_pub'],
        'WXB_BASE_URI' => $server['base_uri'],
        'WXB_CA' => $keys['ca'],
    ] as $name => $value) {
        putenv("$name=$value");
    }
}

function wxb_env(string $name): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        throw new RuntimeException("$name is not set: run bench/run.sh");
    }
    return $value;
}

/** A client of the given kind ('ours' or 'sdk'), fresh. */
function wxb_client(string $kind)
{
    if ($kind === 'ours') {
        return new WxPayScore\Client([
            'mchid' => wxb_env('WXB_MCHID'),
            'serial' => wxb_env('WXB_SERIAL'),
            'privateKey' => 'file://' . wxb_env('WXB_KEY'),
            'certs' => [wxb_env('WXB_PLATFORM_SERIAL') => 'file://' . wxb_env('WXB_PLATFORM_PUB')],
            'base_uri' => wxb_env('WXB_BASE_URI'),
            'verify' => wxb_env('WXB_CA'),
        ]);
    }
    // The SDK's documented set-up; base_uri and verify are handed to Guzzle as they are.
    return WeChatPay\Builder::factory([
        'mchid' => wxb_env('WXB_MCHID'),
        'serial' => wxb_env('WXB_SERIAL'),
        'privateKey' => WeChatPay\Crypto\Rsa::from('file://' . wxb_env('WXB_KEY')),
        'certs' => [
            wxb_env('WXB_PLATFORM_SERIAL') => WeChatPay\Crypto\Rsa::from('file://' . wxb_env('WXB_PLATFORM_PUB'), WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC),
        ],
        'base_uri' => wxb_env('WXB_BASE_URI'),
        'verify' => wxb_env('WXB_CA'),
    ]);
}

/** Loads what a kind needs when the script runs outside run.sh's ini (php -n, php-cgi). */
function wxb_autoload(string $kind): void
{
    if ($kind === 'sdk') {
        require_once __DIR__ . '/vendor/autoload.php';
    } elseif (!extension_loaded('wxpayscore')) {
        throw new RuntimeException('the wxpayscore extension is not loaded');
    }
}

/** The options of one call: 'pay' (POST .../{out_order_no}/pay) or 'query' (GET serviceorder?...). */
function wxb_call_options(string $call, array $headers = []): array
{
    $orderNo = 'BENCH' . str_pad((string) mt_rand(0, 999999999), 15, '0', STR_PAD_LEFT);
    $options = $call === 'pay'
        ? ['out_order_no' => $orderNo, 'json' => ['appid' => WXB_APPID, 'service_id' => WXB_SERVICE_ID]]
        : ['query' => ['service_id' => WXB_SERVICE_ID, 'appid' => WXB_APPID, 'out_order_no' => $orderNo]];
    if ($headers) {
        $options['headers'] = $headers;
    }
    return $options;
}

function wxb_endpoint(string $call): string
{
    return $call === 'pay' ? 'v3/payscore/serviceorder/{out_order_no}/pay' : 'v3/payscore/serviceorder';
}

/** One answered, verified call, its JSON decoded as the caller would use it; returns order_id. */
function wxb_call($client, string $kind, string $call, array $headers = []): string
{
    $node = $client->chain(wxb_endpoint($call));
    $options = wxb_call_options($call, $headers);
    $response = $call === 'pay' ? $node->post($options) : $node->get($options);
    $data = $kind === 'ours' ? $response->toArray() : json_decode((string) $response->getBody(), true);
    if ($response->getStatusCode() !== 200 || empty($data['order_id'])) {
        throw new RuntimeException("unexpected answer: {$response->getStatusCode()}");
    }
    return $data['order_id'];
}

/** CPU time (user + system) of this process, in microseconds. */
function wxb_cpu_us(int $who = 0): float
{
    $r = getrusage($who);
    return $r['ru_utime.tv_sec'] * 1e6 + $r['ru_utime.tv_usec'] + $r['ru_stime.tv_sec'] * 1e6 + $r['ru_stime.tv_usec'];
}

/** System (kernel) CPU time of this process, in microseconds. */
function wxb_sys_us(): float
{
    $r = getrusage();
    return $r['ru_stime.tv_sec'] * 1e6 + $r['ru_stime.tv_usec'];
}

/** Whether our extension has async calls yet (another branch adds them). */
function wxb_ours_has_async(): bool
{
    return class_exists(WxPayScore\Client::class) && method_exists(WxPayScore\Client::class, 'getAsync');
}
