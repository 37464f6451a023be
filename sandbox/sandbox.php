<?php

declare(strict_types=1);

/*
 * The wxpayscore sandbox: a local, stateful WeChat Pay APIv3 (Pay Score) over HTTP or HTTPS.
 */

require_once __DIR__ . '/lib/app.php';

const WXPS_USAGE = <<<'TXT'
Usage: php sandbox/sandbox.php [options]

A local WeChat Pay APIv3 for Pay Score: it checks request signatures, keeps service orders
through their states, signs every answer, sends signed and encrypted notifications, and
injects faults asked for in the Wechatpay-Sandbox-Fault request header. See sandbox/README.md.

  --listen=HOST:PORT      address (default 127.0.0.1:0; port 0 = any free port)
  --tls                   HTTPS, with a certificate for 127.0.0.1/localhost from the sandbox
                          CA (KEYS/ca.pem)
  --keys=DIR              key directory, made on first use: merchant key and certificate,
                          platform keys, CA, APIv3 key; listed in DIR/keys.json
                          (default: the system temp dir/wxpayscore-sandbox-keys)
  --state=FILE            keep orders, authorizations and notifications in FILE (JSON,
                          rewritten after each change, read back on start); default: memory
  --strict                unknown orders and records are 404, as on WeChat Pay (the default)
  --lenient               make up an unknown order or record on first use, in the state the
                          call needs (for examples that call pay on an order never created)
  --serial-mode=MODE      who signs answers and notifications: pubkey (the WeChat Pay
                          public key, PUB_KEY_ID_..., default), cert (the platform
                          certificate, listed by GET /v3/certificates) or both (WeChat Pay's
                          migration: answers by the public key when the request's
                          Wechatpay-Serial names it, else by the certificate)
  --notify-intervals=LIST seconds between notification attempts after a failed one, e.g.
                          "1,2,5" (default 1,2,5,10,30: short, for tests), or "wechat" for
                          WeChat Pay's real schedule for Pay Score (15s ... 1h,
                          9 retries)
  --notify-timeout=SEC    time one notification attempt may take (default 5)
  --notify-cafile=FILE    CA bundle to trust for https notify_urls (default: the system's)
  --port-file=FILE        write the port chosen to FILE (atomically)
  --log=FILE              append one JSON line per request, one more when answered
  --idle-timeout=SEC      close connections idle this long (default 8, as WeChat Pay; 0 = never)
  --exit-with-parent      stop when the process that started this one goes away
  --help                  this text

It prints "listening on http(s)://HOST:PORT/" and runs until SIGTERM or SIGINT (Ctrl-C).

TXT;

const WXPS_OPTIONS = [
    'keys' => true, 'listen' => true, 'tls' => false, 'port-file' => true, 'log' => true,
    'serial-mode' => true, 'idle-timeout' => true, 'exit-with-parent' => false, 'help' => false,
    'state' => true, 'strict' => false, 'lenient' => false, 'notify-intervals' => true, 'notify-timeout' => true,
    'notify-cafile' => true,
];

/** The command line as name => value (true for flags); a string when it is wrong. */
function wxps_parse_options(array $args): array|string
{
    $options = [
        'listen' => '127.0.0.1:0', 'serial-mode' => 'pubkey', 'idle-timeout' => '8',
        'keys' => sys_get_temp_dir() . '/wxpayscore-sandbox-keys', 'notify-intervals' => '1,2,5,10,30',
        'notify-timeout' => '5',
    ];
    foreach ($args as $arg) {
        if (!preg_match('/^--([a-z-]+)(?:=(.*))?$/s', $arg, $m) || !isset(WXPS_OPTIONS[$m[1]])) {
            return "unknown option: $arg";
        }
        if (WXPS_OPTIONS[$m[1]] !== isset($m[2])) {
            return WXPS_OPTIONS[$m[1]] ? "--$m[1] needs a value" : "--$m[1] takes no value";
        }
        $options[$m[1]] = $m[2] ?? true;
    }
    if (isset($options['strict'], $options['lenient'])) {
        return '--strict and --lenient exclude each other';
    }
    if (!in_array($options['serial-mode'], WXPS_SERIAL_MODES, true)) {
        return '--serial-mode must be pubkey, cert or both';
    }
    if (!preg_match('/^(\[[0-9a-fA-F:.]+\]|[^:\s]+):\d{1,5}$/', $options['listen'])) {
        return '--listen must be HOST:PORT';
    }
    foreach (['idle-timeout', 'notify-timeout'] as $name) {
        if (!is_numeric($options[$name]) || $options[$name] < 0) {
            return "--$name must be a number of seconds";
        }
    }
    $intervals = wxps_parse_intervals($options['notify-intervals']);
    if ($intervals === null) {
        return '--notify-intervals must be "wechat" or seconds separated by commas';
    }
    $options['notify-intervals'] = $intervals;
    return $options;
}

/** @return list<float>|null */
function wxps_parse_intervals(string $list): ?array
{
    if ($list === 'wechat') {
        return array_map('floatval', WXPS_NOTIFY_WECHAT_INTERVALS);
    }
    if (trim($list) === '') {
        return []; // one attempt, no retries
    }
    $intervals = [];
    foreach (explode(',', $list) as $item) {
        if (!is_numeric(trim($item)) || (float) $item < 0) {
            return null;
        }
        $intervals[] = (float) $item;
    }
    return $intervals;
}

function wxps_start_server(array $options): array
{
    $keys = wxps_server_keys($options['keys']);
    $log = new WxpsRequestLog($options['log'] ?? null);
    $sandbox = new WxpsSandbox($keys, WxpsSpec::load(__DIR__ . '/endpoints.json'), [
        'serial_mode' => $options['serial-mode'],
        'strict' => !isset($options['lenient']),
        'state' => $options['state'] ?? null,
        'notify_intervals' => $options['notify-intervals'],
        'notify_timeout' => (float) $options['notify-timeout'],
        'notify_cafile' => $options['notify-cafile'] ?? null,
        'tls' => isset($options['tls']),
    ], $log);
    $tls = isset($options['tls'])
        ? ['local_cert' => $keys['server_cert'], 'local_pk' => $keys['server_key'], 'verify_peer' => false]
        : null;
    $server = new WxpsHttpServer($options['listen'], $sandbox, $tls, (float) $options['idle-timeout']);
    $sandbox->attach($server);
    return [$server, $keys];
}

function wxps_announce(WxpsHttpServer $server, array $keys, array $options): void
{
    $port = $server->port();
    if (isset($options['port-file'])) {
        wxps_write_file_atomically($options['port-file'], (string) $port);
    }
    $host = preg_replace('/:\d+$/', '', $options['listen']);
    printf("listening on %s://%s:%d/\n", isset($options['tls']) ? 'https' : 'http', $host, $port);
    printf("keys in %s (keys.json lists them; the CA is %s), mchid %s\n", dirname($keys['ca']), $keys['ca'], $keys['mchid']);
    $signers = match ($options['serial-mode']) {
        'cert' => $keys['platform_cert_serial'],
        'both' => "$keys[platform_serial] or $keys[migration_cert_serial]",
        default => $keys['platform_serial'],
    };
    printf("%s mode, state %s, answers signed with %s\n", isset($options['lenient']) ? 'lenient' : 'strict',
        $options['state'] ?? 'in memory', $signers);
    fflush(STDOUT);
}

/** A test that crashes never runs its shutdown functions; its server must not outlive it. */
function wxps_watch_parent(WxpsHttpServer $server, int $parent): void
{
    if (posix_getppid() !== $parent) {
        $server->stop();
        return;
    }
    $server->after(1.0, fn () => wxps_watch_parent($server, $parent));
}

function wxps_main(array $args): int
{
    date_default_timezone_set('Asia/Shanghai'); // WeChat Pay's times are Beijing time
    $options = wxps_parse_options($args);
    if (is_string($options)) {
        fwrite(STDERR, "sandbox.php: $options (see --help)\n");
        return 2;
    }
    if (isset($options['help'])) {
        echo WXPS_USAGE;
        return 0;
    }
    try {
        [$server, $keys] = wxps_start_server($options);
    } catch (RuntimeException $e) {
        fwrite(STDERR, 'sandbox.php: ' . $e->getMessage() . "\n");
        return 1;
    }
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, fn () => $server->stop());
    pcntl_signal(SIGINT, fn () => $server->stop());
    if (isset($options['exit-with-parent'])) {
        wxps_watch_parent($server, posix_getppid());
    }
    wxps_announce($server, $keys, $options);
    $server->run();
    return 0;
}

exit(wxps_main(array_slice($argv, 1)));
