<?php

declare(strict_types=1);

/*
 * Notifications (回调通知) as WeChat Pay sends them: a JSON body whose resource is encrypted
 * with the merchant's APIv3 key (AEAD_AES_256_GCM), signed like an answer, POSTed to the
 * notify_url, and sent again while the receiver answers neither 200 nor 204. Delivery runs in the
 * server's event loop, so a slow or dead receiver never blocks an API call.
 */

require_once __DIR__ . '/wire.php';
require_once __DIR__ . '/http.php';

const WXPS_NOTIFY_SUMMARIES = [
    'PAYSCORE.USER_CONFIRM' => '微信支付分服务订单用户已确认',
    'PAYSCORE.USER_PAID' => '微信支付分服务订单支付成功',
    'PAYSCORE.USER_OPEN_SERVICE' => '微信支付分服务开启',
    'PAYSCORE.USER_CLOSE_SERVICE' => '微信支付分服务关闭',
];

// WeChat Pay's schedule for Pay Score callbacks after a failed delivery, as the 确认订单回调通知
// pages give it: "通知频率为15/15/30/180/1800/1800/1800/1800/3600，单位：秒". (The payment
// callbacks' 15s ... 6h schedule, 24h4m in all, is not the one Pay Score pages list.)
const WXPS_NOTIFY_WECHAT_INTERVALS = [15, 15, 30, 180, 1800, 1800, 1800, 1800, 3600];

/** Makes signed, encrypted notifications with the sandbox's platform key and the merchant's APIv3 key. */
final class WxpsNotificationMaker
{
    /** $signers: who signs notifications now (see certificates.php); its stranger signs the "unknown-serial" samples. */
    public function __construct(private WxpsSigners $signers, private string $apiv3Key)
    {
        if (strlen($apiv3Key) !== 32) {
            throw new RuntimeException('the APIv3 key must be 32 bytes');
        }
    }

    /** The body of a new notification (a JSON string) for one event and its plain resource. */
    public function body(string $eventType, array $resource, string $originalType = 'payscore', array $faults = []): string
    {
        $plain = json_encode($resource, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        $nonce = wxps_nonce_chars(12);
        $associated = $originalType;
        $key = in_array('wrong-key', $faults, true) ? str_repeat('0', 32) : $this->apiv3Key;
        $ciphertext = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, $associated, 16);
        if (in_array('bad-ciphertext', $faults, true)) {
            $tag = ~$tag; // the GCM check must fail
        }
        $notification = [
            'id' => wxps_notification_id(),
            'create_time' => date('Y-m-d\TH:i:sP'),
            'resource_type' => 'encrypt-resource',
            'event_type' => $eventType,
            'summary' => WXPS_NOTIFY_SUMMARIES[$eventType] ?? $eventType,
            'resource' => [
                'original_type' => $originalType,
                'algorithm' => 'AEAD_AES_256_GCM',
                'ciphertext' => base64_encode($ciphertext . $tag),
                'associated_data' => $associated,
                'nonce' => $nonce,
            ],
        ];
        return json_encode($notification, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    /** The headers that sign $body now, bent as the faults ask (same faults as answers). */
    public function headers(string $body, array $faults = []): array
    {
        if (in_array('no-signature', $faults, true)) {
            return ['Content-Type' => 'application/json'];
        }
        ['key' => $key, 'serial' => $serial] = in_array('unknown-serial', $faults, true) ? $this->signers->stranger : $this->signers->notification();
        $timestamp = time() - (in_array('stale-timestamp', $faults, true) ? 600 : 0);
        $nonce = wxps_nonce();
        $signed = in_array('bad-signature', $faults, true) ? "$body(tampered)" : $body;
        return [
            'Content-Type' => 'application/json',
            'Wechatpay-Nonce' => $nonce,
            'Wechatpay-Serial' => $serial,
            'Wechatpay-Signature' => wxps_sign_answer($key, $timestamp, $nonce, $signed),
            'Wechatpay-Signature-Type' => WXPS_AUTH_SCHEME,
            'Wechatpay-Timestamp' => (string) $timestamp,
        ];
    }
}

/** $length characters of [0-9A-Za-z] from a CSPRNG (WeChat Pay's GCM nonces are 12 such). */
function wxps_nonce_chars(int $length): string
{
    $alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    $chars = '';
    for ($i = 0; $i < $length; $i++) {
        $chars .= $alphabet[random_int(0, 61)];
    }
    return $chars;
}

function wxps_notification_id(): string
{
    return sprintf('EV-%s%06d', date('YmdHis'), random_int(0, 999999));
}

/**
 * Sends notifications and keeps each one's delivery record in the store:
 * ['id', 'event_type', 'url', 'subject', 'created_at', 'body', 'delivered', 'given_up',
 *  'attempts' => [['at', 'status' or 'error', 'duration']], 'next_attempt_at'].
 */
final class WxpsNotifier
{
    /** @param list<float> $intervals seconds to wait before each retry */
    public function __construct(
        private WxpsStore $store,
        private WxpsNotificationMaker $maker,
        private array $intervals,
        private float $timeout,
        private ?string $cafile,
        private ?WxpsHttpServer $loop = null,
    ) {
    }

    public function attach(WxpsHttpServer $loop): void
    {
        $this->loop = $loop;
        // Deliveries a previous run did not finish go on where they stopped.
        foreach ($this->store->notifications as $id => $record) {
            if (!$record['delivered'] && !$record['given_up']) {
                $this->schedule($id, max(0.0, ($record['next_attempt_at'] ?? 0) - microtime(true)));
            }
        }
    }

    /** Sends a new notification about $subject (an order or record key) to $url; returns its id. */
    public function notify(string $url, string $eventType, array $resource, string $subject): string
    {
        $body = $this->maker->body($eventType, $resource);
        $id = json_decode($body, true)['id'];
        $this->store->notifications[$id] = [
            'id' => $id,
            'event_type' => $eventType,
            'url' => $url,
            'subject' => $subject,
            'created_at' => microtime(true),
            'body' => $body,
            'resource' => $resource,
            'delivered' => false,
            'given_up' => false,
            'attempts' => [],
            'next_attempt_at' => microtime(true),
        ];
        $this->store->changed();
        $this->schedule($id, 0.0);
        return $id;
    }

    private function schedule(string $id, float $delay): void
    {
        $this->loop?->after($delay, fn () => $this->attempt($id));
    }

    private function attempt(string $id): void
    {
        $record = $this->store->notifications[$id] ?? null;
        if ($record === null || $record['delivered'] || $record['given_up'] || $this->loop === null) {
            return; // reset meanwhile, or already done
        }
        // Signed anew for every attempt: a retry hours later must still be inside the 300 s window.
        $headers = $this->maker->headers($record['body']);
        $started = microtime(true);
        $request = new WxpsOutgoingRequest('POST', $record['url'], $headers, $record['body'], $this->cafile,
            function (?int $status, ?string $error) use ($id, $started): void {
                $this->finished($id, $started, $status, $error);
            });
        $this->loop->watch($request);
        $this->loop->after($this->timeout, fn () => $request->fail('no answer within ' . $this->timeout . ' s'));
    }

    private function finished(string $id, float $started, ?int $status, ?string $error): void
    {
        if (!isset($this->store->notifications[$id])) {
            return;
        }
        $record = &$this->store->notifications[$id];
        $attempt = ['at' => $started, 'duration' => round(microtime(true) - $started, 4)];
        $attempt += $status !== null ? ['status' => $status] : ['error' => $error];
        $record['attempts'][] = $attempt;
        // "接收成功：HTTP应答状态码需返回200或204" (the callback pages): only those two count;
        // anything else, another 2xx included, is retried.
        if ($status === 200 || $status === 204) {
            $record['delivered'] = true;
            $record['next_attempt_at'] = null;
        } elseif (count($record['attempts']) > count($this->intervals)) {
            $record['given_up'] = true;
            $record['next_attempt_at'] = null;
        } else {
            $delay = $this->intervals[count($record['attempts']) - 1];
            $record['next_attempt_at'] = microtime(true) + $delay;
            $this->schedule($id, $delay);
        }
        unset($record);
        $this->store->changed();
        $this->store->save();
    }
}

/**
 * One HTTP/1.1 request over a non-blocking socket (plain or TLS), driven by the server's
 * loop; calls back once with the answer's status, or with why there is none. A host name
 * is resolved by a short-lived child process, since PHP's own lookups block the loop.
 */
final class WxpsOutgoingRequest implements WxpsLoopClient
{
    private const DNS_TTL = 30.0;
    /** host => [addresses, expires at] */
    private static array $resolved = [];
    /** host => requests waiting for the lookup another request started */
    private static array $waiting = [];

    private mixed $stream = null;
    private mixed $resolver = null; // the lookup's process while phase is "resolve"
    private string $phase = 'connect'; // resolve, wait (for another's lookup), connect, handshake, write, read, done
    private string $out = '';
    private string $in = '';
    private bool $tls = false;
    private string $host = '';
    private int $port = 0;
    private ?string $cafile;
    /** @var callable(?int, ?string): void */
    private $callback;

    public function __construct(string $method, string $url, array $headers, string $body, ?string $cafile, callable $callback)
    {
        $this->callback = $callback;
        $this->cafile = $cafile;
        $parts = parse_url($url);
        $scheme = strtolower($parts['scheme'] ?? '');
        if (!in_array($scheme, ['http', 'https'], true) || !isset($parts['host'])) {
            $this->fail("notify_url is not an http(s) URL: $url");
            return;
        }
        $this->tls = $scheme === 'https';
        $this->host = trim($parts['host'], '[]');
        $this->port = $parts['port'] ?? ($this->tls ? 443 : 80);
        $target = ($parts['path'] ?? '/') . (isset($parts['query']) ? '?' . $parts['query'] : '');
        $headers = ['Host' => $parts['host'] . (isset($parts['port']) ? ":$this->port" : '')] + $headers + [
            'User-Agent' => 'wxpayscore-sandbox',
            'Content-Length' => (string) strlen($body),
            'Connection' => 'close',
        ];
        $this->out = "$method $target HTTP/1.1\r\n";
        foreach ($headers as $name => $value) {
            $this->out .= "$name: $value\r\n";
        }
        $this->out .= "\r\n$body";
        $address = $this->knownAddress();
        $address === null ? $this->resolve() : $this->connect($address);
    }

    /** The address to connect to without a lookup: an IP literal, localhost, or a recent answer. */
    private function knownAddress(): ?string
    {
        if (filter_var($this->host, FILTER_VALIDATE_IP)) {
            return $this->host;
        }
        if (strtolower($this->host) === 'localhost') {
            return '127.0.0.1';
        }
        [$addresses, $expires] = self::$resolved[strtolower($this->host)] ?? [[], 0.0];
        return $expires > microtime(true) && $addresses !== [] ? $addresses[0] : null;
    }

    private function resolve(): void
    {
        $host = strtolower($this->host);
        if (isset(self::$waiting[$host])) {
            self::$waiting[$host][] = $this; // one lookup per host at a time
            $this->phase = 'wait';
            return;
        }
        self::$waiting[$host] = [];
        $code = '$a = @gethostbynamel($argv[1]); echo $a ? implode(",", $a) : "";';
        $process = @proc_open([PHP_BINARY, '-n', '-r', $code, $this->host], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
        if ($process === false) {
            $this->fail("cannot look up $this->host");
            return;
        }
        stream_set_blocking($pipes[1], false);
        $this->resolver = $process;
        $this->stream = $pipes[1];
        $this->phase = 'resolve';
    }

    private function resolved(string $answer): void
    {
        fclose($this->stream);
        proc_close($this->resolver);
        $this->stream = $this->resolver = null;
        $addresses = $answer === '' ? [] : explode(',', trim($answer));
        $host = strtolower($this->host);
        self::$resolved[$host] = [$addresses, microtime(true) + self::DNS_TTL];
        $waiting = self::$waiting[$host] ?? [];
        unset(self::$waiting[$host]);
        foreach ([$this, ...$waiting] as $request) {
            $request->addresses($addresses);
        }
    }

    private function addresses(array $addresses): void
    {
        if ($this->phase === 'done') {
            return; // timed out meanwhile
        }
        if ($addresses === []) {
            $this->fail("cannot resolve $this->host");
            return;
        }
        $this->connect($addresses[0]);
    }

    private function connect(string $address): void
    {
        $ssl = ['peer_name' => $this->host, 'verify_peer' => true, 'verify_peer_name' => true];
        if ($this->cafile !== null) {
            $ssl['cafile'] = $this->cafile;
        }
        $context = stream_context_create(['ssl' => $ssl]);
        $target = str_contains($address, ':') ? "[$address]" : $address;
        $stream = @stream_socket_client("tcp://$target:$this->port", $errno, $message, 0, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT, $context);
        if ($stream === false) {
            $this->fail("cannot connect to $this->host:$this->port: $message");
            return;
        }
        stream_set_blocking($stream, false);
        $this->stream = $stream;
        $this->phase = 'connect';
    }

    public function stream(): mixed
    {
        return $this->stream;
    }

    public function wantsRead(): bool
    {
        return in_array($this->phase, ['resolve', 'handshake', 'read'], true);
    }

    public function wantsWrite(): bool
    {
        return $this->phase === 'connect' || $this->phase === 'write';
    }

    public function done(): bool
    {
        return $this->phase === 'done';
    }

    public function onWritable(): void
    {
        if ($this->phase === 'connect') {
            if (@stream_socket_get_name($this->stream, true) === false) {
                $this->fail('connection refused');
                return;
            }
            $this->phase = $this->tls ? 'handshake' : 'write';
            if ($this->tls) {
                $this->onReadable(); // sends the ClientHello
            }
            return;
        }
        if ($this->phase !== 'write') {
            return;
        }
        $written = @fwrite($this->stream, $this->out);
        if ($written === false || ($written === 0 && feof($this->stream))) {
            $this->fail('connection closed while sending');
            return;
        }
        $this->out = (string) substr($this->out, $written);
        if ($this->out === '') {
            $this->phase = 'read';
        }
    }

    public function onReadable(): void
    {
        if ($this->phase === 'resolve') {
            while (($chunk = @fread($this->stream, 8192)) !== false && $chunk !== '') {
                $this->in .= $chunk;
            }
            if (feof($this->stream)) {
                [$answer, $this->in] = [$this->in, ''];
                $this->resolved($answer);
            }
            return;
        }
        if ($this->phase === 'handshake') {
            $result = @stream_socket_enable_crypto($this->stream, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT);
            if ($result === false) {
                $reason = preg_replace('/\s+/', ' ', error_get_last()['message'] ?? 'unknown reason');
                $this->fail('TLS handshake failed: ' . str_replace('stream_socket_enable_crypto(): ', '', $reason));
            } elseif ($result === true) {
                $this->phase = 'write';
            }
            return;
        }
        if ($this->phase !== 'read') {
            return;
        }
        while (($chunk = @fread($this->stream, 65536)) !== false && $chunk !== '') {
            $this->in .= $chunk;
        }
        $status = $this->status();
        if ($status !== null) {
            $this->finish($status, null);
        } elseif (feof($this->stream)) {
            $this->fail($this->in === '' ? 'connection closed without an answer' : 'malformed answer');
        }
    }

    /** The status once the whole answer has come (by Content-Length, or at the end of the stream). */
    private function status(): ?int
    {
        $end = strpos($this->in, "\r\n\r\n");
        if ($end === false || !preg_match('#^HTTP/1\.[01] (\d{3})#', $this->in, $m)) {
            return null;
        }
        $status = (int) $m[1];
        if ($status < 200) { // 100 Continue and the like come before the real answer
            $this->in = substr($this->in, $end + 4);
            return $this->status();
        }
        if (preg_match('/\r\ncontent-length:\s*(\d+)/i', substr($this->in, 0, $end), $length)
            && strlen($this->in) - $end - 4 >= (int) $length[1]) {
            return $status;
        }
        return feof($this->stream) || $status === 204 ? $status : null;
    }

    public function fail(string $error): void
    {
        $this->finish(null, $error);
    }

    private function finish(?int $status, ?string $error): void
    {
        if ($this->phase === 'done') {
            return;
        }
        $this->phase = 'done';
        if (is_resource($this->stream)) {
            fclose($this->stream);
        }
        if (is_resource($this->resolver)) {
            proc_terminate($this->resolver);
            proc_close($this->resolver);
            // Those waiting on this lookup start their own.
            $waiting = self::$waiting[strtolower($this->host)] ?? [];
            unset(self::$waiting[strtolower($this->host)]);
            foreach ($waiting as $request) {
                $request->resolve();
            }
        }
        ($this->callback)($status, $error);
    }
}
