<?php
/*
 * A Pay Score (微信支付分) order from start to end, against the local sandbox:
 * create → the user confirms (a notification comes in) → complete → 催收 → the user pays (another
 * notification) → query and sync; then a partner pay-on-delivery order, and a batch of queries.
 *
 * Run it with scripts/demo.sh, or:  php -d extension=modules/wxpayscore.so examples/walkthrough.php
 * It starts the sandbox (HTTPS, with the sandbox's own CA) and a notification receiver
 * (php -S on examples/notify_receiver.php), and stops both at the end.
 * $WXPS_SANDBOX_KEYS picks the sandbox's key directory (made on first use).
 */
declare(strict_types=1);

if (!extension_loaded('wxpayscore')) {
    fwrite(STDERR, "load the extension: php -d extension=modules/wxpayscore.so examples/walkthrough.php\n");
    exit(1);
}

const ROOT = __DIR__ . '/..';
const APPID = 'wxd678efh567hg6787';
const SERVICE_ID = '500001';
const SUB_MCHID = '1900000109';

/** Processes this script started, stopped on the way out whatever happens. */
final class Started
{
    private static array $processes = [];
    private static array $dirs = [];

    public static function process(array $command, string $log, array $env = []): mixed
    {
        $io = [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'w'], 2 => ['file', $log, 'a']];
        $process = proc_open($command, $io, $pipes, null, $env + getenv());
        if ($process === false) {
            throw new RuntimeException('cannot start ' . $command[0]);
        }
        self::$processes[] = $process;
        return $process;
    }

    public static function dir(string $name): string
    {
        $dir = sys_get_temp_dir() . "/wxpayscore-$name-" . getmypid();
        @mkdir($dir, 0700, true);
        self::$dirs[] = $dir;
        return $dir;
    }

    public static function stopAll(): void
    {
        foreach (array_reverse(self::$processes) as $process) {
            proc_terminate($process);
            proc_close($process);
        }
        self::$processes = [];
        foreach (self::$dirs as $dir) {
            self::remove($dir);
        }
        self::$dirs = [];
    }

    private static function remove(string $path): void
    {
        if (is_dir($path) && !is_link($path)) {
            foreach (scandir($path) as $entry) {
                if ($entry !== '.' && $entry !== '..') {
                    self::remove("$path/$entry");
                }
            }
            @rmdir($path);
        } else {
            @unlink($path);
        }
    }
}

date_default_timezone_set('Asia/Shanghai'); // WeChat Pay's times are Beijing time
register_shutdown_function([Started::class, 'stopAll']);
pcntl_async_signals(true);
pcntl_signal(SIGINT, fn () => exit(130));
pcntl_signal(SIGTERM, fn () => exit(143));

function step(string $zh, string $en): void
{
    static $n = 0;
    printf("\n[%d] %s  %s\n", ++$n, $zh, $en);
}

function say(string $line): void
{
    echo "    $line\n";
}

/** "→ METHOD path" then "← status" and the answer's fields worth seeing. */
function call(string $method, string $path, callable $call, array $fields = []): ?WxPayScore\Response
{
    say("→ $method $path");
    try {
        $response = $call();
    } catch (WxPayScore\Exception\ClientException | WxPayScore\Exception\ServerException $e) {
        say('← ' . $e->getCode() . ' ' . $e->getErrorCode() . ': ' . $e->getResponse()['message']);
        return null;
    }
    $shown = [];
    foreach ($fields as $field) {
        $value = array_reduce(explode('.', $field), fn ($v, $k) => is_array($v) ? $v[$k] ?? null : null, $response->toArray());
        if ($value !== null) {
            $shown[] = "$field=" . (is_scalar($value) ? var_export($value, true) : json_encode($value, JSON_UNESCAPED_UNICODE));
        }
    }
    say('← ' . $response->getStatusCode() . ' ' . $response->getReasonPhrase() . ($shown ? '  ' . implode('  ', $shown) : ''));
    return $response;
}

function free_port(): int
{
    $socket = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
    fclose($socket);
    return $port;
}

function wait_for(callable $ready, float $seconds, string $what): mixed
{
    for ($deadline = microtime(true) + $seconds; microtime(true) < $deadline; usleep(20000)) {
        if (($value = $ready()) !== null && $value !== false) {
            return $value;
        }
    }
    throw new RuntimeException("$what did not happen within $seconds s");
}

/** The sandbox over HTTPS; returns [base URI, keys]. */
function start_sandbox(string $work): array
{
    $keysDir = getenv('WXPS_SANDBOX_KEYS') ?: sys_get_temp_dir() . '/wxpayscore-sandbox-keys';
    if (!is_file("$keysDir/keys.json")) {
        say("making the sandbox's keys and CA in $keysDir (first run only, a few seconds)");
    }
    $process = Started::process([
        PHP_BINARY, ROOT . '/sandbox/sandbox.php', '--tls', '--listen=127.0.0.1:0', "--keys=$keysDir",
        "--port-file=$work/sandbox.port", '--notify-intervals=0.2,1,2', '--exit-with-parent',
    ], "$work/sandbox.log");
    $port = wait_for(function () use ($work, $process) {
        if (!proc_get_status($process)['running']) {
            throw new RuntimeException('the sandbox stopped: ' . file_get_contents("$work/sandbox.log"));
        }
        return is_file("$work/sandbox.port") ? (int) file_get_contents("$work/sandbox.port") : null;
    }, 60, 'the sandbox start');
    $keys = json_decode(file_get_contents("$keysDir/keys.json"), true);
    return ["https://127.0.0.1:$port/", $keys];
}

/** php -S on the receiver script; returns [its URL, the directory it keeps callbacks in]. */
function start_receiver(string $work): array
{
    $inbox = "$work/inbox";
    @mkdir($inbox);
    $port = free_port();
    Started::process([PHP_BINARY, '-S', "127.0.0.1:$port", __DIR__ . '/notify_receiver.php'], "$work/receiver.log", ['WXPS_RECEIVER_DIR' => $inbox]);
    wait_for(fn () => @stream_socket_client("tcp://127.0.0.1:$port", $errno, $error, 0.2), 10, 'the receiver start');
    return ["http://127.0.0.1:$port/wxpay/notify", $inbox];
}

/** The sandbox's control endpoints (/_sandbox/...): what the user does on the phone. */
function user(string $base, array $keys, string $method, string $path, ?array $body = null): array
{
    $context = stream_context_create([
        'http' => ['method' => $method, 'ignore_errors' => true, 'header' => "Content-Type: application/json\r\n",
            'content' => $body === null ? '' : json_encode($body)],
        'ssl' => ['cafile' => $keys['ca']],
    ]);
    $answer = json_decode((string) file_get_contents(rtrim($base, '/') . $path, false, $context), true);
    if (!isset($answer['order']) && !isset($answer['notifications'])) {
        throw new RuntimeException("$method $path: " . json_encode($answer, JSON_UNESCAPED_UNICODE));
    }
    return $answer;
}

/** The next callback the receiver kept, once it has answered it 2xx. */
function next_notification(string $inbox, array &$seen): array
{
    return wait_for(function () use ($inbox, &$seen) {
        foreach (glob("$inbox/*.json") as $file) {
            if (isset($seen[$file])) {
                continue;
            }
            $seen[$file] = true;
            $record = json_decode(file_get_contents($file), true);
            if ($record['answered'] < 300) {
                return $record;
            }
            say("(the receiver answered {$record['answered']} to the first delivery; WeChat Pay, and the sandbox, send it again)");
        }
        return null;
    }, 10, 'a notification');
}

/** Verifies and decrypts a callback with the extension, or, without it, verifies by hand. */
function show_notification($instance, array $keys, array $record): array
{
    say("⇐ {$record['method']} {$record['uri']}  Wechatpay-Serial={$record['headers']['Wechatpay-Serial']}");
    if (method_exists($instance, 'notification')) {
        $event = $instance->notification($record['headers'], $record['body']);
        say('$instance->notification($headers, $body): verified, decrypted');
    } else {
        $h = $record['headers'];
        $ok = openssl_verify("{$h['Wechatpay-Timestamp']}\n{$h['Wechatpay-Nonce']}\n{$record['body']}\n",
            base64_decode($h['Wechatpay-Signature']), openssl_pkey_get_public('file://' . $keys['platform_pub']), OPENSSL_ALGO_SHA256);
        $event = json_decode($record['body'], true);
        $r = $event['resource'];
        $data = base64_decode($r['ciphertext']);
        $plain = openssl_decrypt(substr($data, 0, -16), 'aes-256-gcm', trim(file_get_contents($keys['apiv3_key'])),
            OPENSSL_RAW_DATA, $r['nonce'], substr($data, -16), $r['associated_data']);
        $event['resource'] = json_decode((string) $plain, true);
        say('signature ' . ($ok === 1 ? 'verified' : 'NOT verified') . ' with openssl; resource decrypted (AES-256-GCM, APIv3 key)');
    }
    $resource = $event['resource'];
    say("event_type={$event['event_type']}  summary={$event['summary']}");
    say("resource: out_order_no={$resource['out_order_no']}  state={$resource['state']}"
        . (isset($resource['state_description']) ? "/{$resource['state_description']}" : '')
        . (isset($resource['collection']) ? "  collection={$resource['collection']['state']}" : '')
        . (isset($resource['collection']['details'][0]['transaction_id']) ? "  transaction_id={$resource['collection']['details'][0]['transaction_id']}" : ''));
    return $event;
}

function main(): int
{
    echo "wxpayscore ", phpversion('wxpayscore'), " — 微信支付分 walk-through against the local sandbox\n";
    $work = Started::dir('walkthrough');

    step('启动沙箱', 'Start the sandbox');
    [$base, $keys] = start_sandbox($work);
    say("$base (HTTPS, certificate from the sandbox CA {$keys['ca']})");
    $instance = new WxPayScore\Client([
        'mchid' => $keys['mchid'],
        'serial' => $keys['merchant_serial'],
        'privateKey' => 'file://' . $keys['merchant_key'],
        'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_pub']],
        'apiv3Key' => trim(file_get_contents($keys['apiv3_key'])),
        'base_uri' => $base,
        'verify' => $keys['ca'],
    ]);
    say("client: mchid {$keys['mchid']}, answers verified with {$keys['platform_serial']}");

    step('启动通知接收端', 'Start the notify_url receiver');
    [$notifyUrl, $inbox] = start_receiver($work);
    $seen = [];
    say("php -S … examples/notify_receiver.php  →  $notifyUrl");

    $outOrderNo = 'WALK' . date('YmdHis');
    $ids = ['appid' => APPID, 'service_id' => SERVICE_ID];
    step('创建支付分订单', 'Create the service order (needs the user to confirm)');
    $created = call('POST', '/v3/payscore/serviceorder', fn () => $instance->v3->payscore->serviceorder->post(['json' => $ids + [
        'out_order_no' => $outOrderNo,
        'service_introduction' => '某某酒店',
        'time_range' => ['start_time' => 'OnAccept', 'end_time' => date('Ymd', strtotime('+1 day')) . '120000'],
        'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 50000, 'description' => '住宿押金'],
        'notify_url' => $notifyUrl,
        'need_user_confirm' => true,
    ]]), ['out_order_no', 'state', 'order_id', 'package']);
    say('the package opens the confirm page (wxpayScoreUse) in the mini program / app');

    step('用户确认订单', 'The user confirms on the phone (sandbox control)');
    $confirmed = user($base, $keys, 'POST', "/_sandbox/orders/$outOrderNo/confirm");
    say("POST /_sandbox/orders/$outOrderNo/confirm → {$confirmed['order']['state']}/{$confirmed['order']['state_description']}, query_id={$confirmed['query_id']}");
    show_notification($instance, $keys, next_notification($inbox, $seen));

    step('查询订单', 'Query the order (by query_id, as the return page gets it)');
    call('GET', '/v3/payscore/serviceorder?query_id=…', fn () => $instance->v3->payscore->serviceorder->get(['query' => $ids + ['query_id' => $confirmed['query_id']]]),
        ['out_order_no', 'state', 'state_description', 'openid']);

    step('完结订单', 'Complete the order: what the stay cost');
    call('POST', "/v3/payscore/serviceorder/$outOrderNo/complete", fn () => $instance->v3->payscore->serviceorder->_out_order_no_->complete->post([
        'out_order_no' => $outOrderNo,
        'json' => $ids + [
            'post_payments' => [['name' => '房费', 'amount' => 38800, 'description' => '大床房一晚', 'count' => 1], ['name' => '早餐', 'amount' => 6800, 'count' => 2]],
            'post_discounts' => [['name' => '会员优惠', 'description' => '银卡会员', 'amount' => 2000, 'count' => 1]],
            'total_amount' => 43600,
        ],
    ]), ['state', 'state_description', 'total_amount', 'need_collection']);
    say('total_amount = 38800 + 6800 − 2000: the sandbox refuses amounts that do not add up');

    step('商户发起催收扣款', 'Ask the user to pay (催收)');
    call('POST', "/v3/payscore/serviceorder/$outOrderNo/pay", fn () => $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => $outOrderNo, 'json' => $ids,
    ]), ['out_order_no', 'order_id']);

    step('用户支付', 'The user pays (sandbox control)');
    $paid = user($base, $keys, 'POST', "/_sandbox/orders/$outOrderNo/pay");
    say("POST /_sandbox/orders/$outOrderNo/pay → {$paid['order']['state']}, collection {$paid['order']['collection']['state']}");
    show_notification($instance, $keys, next_notification($inbox, $seen));

    step('查询订单', 'Query the order');
    call('GET', "/v3/payscore/serviceorder?out_order_no=$outOrderNo", fn () => $instance->v3->payscore->serviceorder->get(['query' => $ids + ['out_order_no' => $outOrderNo]]),
        ['state', 'total_amount', 'collection.state', 'collection.paid_amount', 'collection.details.0.paid_type']);

    step('同步订单', 'Sync: paid elsewhere? Not this one, it is paid already');
    call('POST', "/v3/payscore/serviceorder/$outOrderNo/sync", fn () => $instance->v3->payscore->serviceorder->_out_order_no_->sync->post([
        'out_order_no' => $outOrderNo, 'json' => $ids + ['type' => 'Order_Paid', 'detail' => ['paid_time' => date('YmdHis')]],
    ]));

    $podNo = 'POD' . date('YmdHis');
    $sub = ['service_id' => SERVICE_ID, 'sub_mchid' => SUB_MCHID];
    step('服务商创建先用后付订单', 'Partner: a pay-on-delivery order for sub-merchant ' . SUB_MCHID);
    call('POST', '/v3/payscore/partner/servicepayondeliveryorder', fn () => $instance->v3->payscore->partner->servicepayondeliveryorder->post(['json' => $sub + [
        'appid' => APPID, 'sub_appid' => 'wxd678efh567hg6999', 'out_order_no' => $podNo,
        'service_introduction' => '共享充电宝', 'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 9900],
        'time_range' => ['start_time' => 'OnAccept'], 'notify_url' => "$notifyUrl?fail_first=1",
        'shopping_info' => ['goods' => [['name' => '充电宝租借', 'picture' => 'https://example.com/powerbank.png', 'amount' => 300, 'count' => 1]]],
    ]]), ['out_order_no', 'sub_mchid', 'state', 'package']);
    $confirmed = user($base, $keys, 'POST', "/_sandbox/orders/$podNo/confirm?sub_mchid=" . SUB_MCHID);
    say("user confirms → {$confirmed['order']['state']}/{$confirmed['order']['state_description']}");
    next_notification($inbox, $seen);
    say('PAYSCORE.USER_CONFIRM received');
    call('POST', "/v3/payscore/partner/serviceorder/$podNo/complete", fn () => $instance->v3->payscore->partner->serviceorder->_out_order_no_->complete->post([
        'out_order_no' => $podNo, 'json' => $sub + ['post_payments' => [['name' => '租借 2 小时', 'amount' => 300]], 'total_amount' => 300],
    ]));
    user($base, $keys, 'POST', "/_sandbox/orders/$podNo/pay?sub_mchid=" . SUB_MCHID);
    say('user pays →');
    show_notification($instance, $keys, next_notification($inbox, $seen));
    call('GET', "/v3/payscore/partner/serviceorder?out_order_no=$podNo", fn () => $instance->v3->payscore->partner->serviceorder->get(['query' => $sub + ['out_order_no' => $podNo]]),
        ['sub_mchid', 'state', 'total_amount', 'collection.state']);

    step('批量查询', 'A batch of queries');
    $queries = [
        'serviceorder ' . $outOrderNo => fn (string $verb) => $instance->v3->payscore->serviceorder->{$verb}(['query' => $ids + ['out_order_no' => $outOrderNo]]),
        'partner ' . $podNo => fn (string $verb) => $instance->v3->payscore->partner->serviceorder->{$verb}(['query' => $sub + ['out_order_no' => $podNo]]),
    ];
    $start = microtime(true);
    if (method_exists($instance->v3, 'getAsync')) {
        say('getAsync ×' . count($queries) . ', then WxPayScore\Promise::all(...)->wait(): all in flight at once');
        $responses = WxPayScore\Promise::all(array_map(fn ($q) => $q('getAsync'), $queries))->wait();
    } else {
        say('one after another (this build has no getAsync)');
        $responses = array_map(fn ($q) => $q('get'), $queries);
    }
    foreach ($responses as $what => $response) {
        $r = $response->toArray();
        say(sprintf('%-36s %d  %s', $what, $response->getStatusCode(),
            isset($r['state']) ? $r['state'] . (isset($r['collection']) ? ' ' . $r['collection']['state'] : '') : ($r['authorization_state'] ?? '')));
    }
    say(sprintf('%.0f ms for the batch', (microtime(true) - $start) * 1000));
    say('an order never created is 404 ORDER_NOT_EXIST, as on WeChat Pay (--lenient makes one up instead):');
    call('GET', '/v3/payscore/serviceorder?out_order_no=NEVER-CREATED', fn () => $instance->v3->payscore->serviceorder->get(['query' => $ids + ['out_order_no' => 'NEVER-CREATED']]));

    step('停止', 'Stop the sandbox and the receiver');
    // The receiver keeps a callback before its answer reaches the sandbox: wait until the sandbox
    // has every delivery's last answer, a 2xx.
    $notifications = wait_for(function () use ($base, $keys) {
        $list = user($base, $keys, 'GET', '/_sandbox/notifications')['notifications'];
        foreach ($list as $n) {
            $last = end($n['attempts']);
            if (!isset($last['status']) || $last['status'] >= 300) {
                return null;
            }
        }
        return $list;
    }, 10, 'the last answer to every notification');
    foreach ($notifications as $n) {
        say(sprintf('%s %-28s attempts: %s', $n['id'], $n['event_type'], implode(', ', array_map(fn ($a) => $a['status'] ?? $a['error'], $n['attempts']))));
    }
    Started::stopAll();
    say('stopped');
    return 0;
}

try {
    exit(main());
} catch (Throwable $e) {
    fwrite(STDERR, "\nwalk-through failed: " . get_class($e) . ': ' . $e->getMessage() . "\n");
    exit(1);
}
