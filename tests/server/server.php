<?php

declare(strict_types=1);

/*
 * The wxpayscore test server: WeChat Pay APIv3 (Pay Score) on 127.0.0.1, over HTTP or HTTPS.
 */

require_once __DIR__ . '/sandbox.php';

const WXPS_USAGE = <<<'TXT'
Usage: php server.php --keys=DIR [options]

A WeChat Pay APIv3 look-alike for tests: it checks request signatures, signs every answer,
serves the Pay Score endpoints and injects faults asked for in the Wechatpay-Sandbox-Fault
request header. See README.md beside this file.

  --keys=DIR            key directory; made on first use (merchant, platform, CA keys)
  --listen=HOST:PORT    address to listen on (default 127.0.0.1:0, port 0 = any free port)
  --tls                 HTTPS, with a certificate for 127.0.0.1 from the test CA (DIR/ca.pem)
  --port-file=FILE      write the port chosen to FILE (atomically)
  --log=FILE            append one JSON line per request, one more when answered
  --serial-mode=MODE    Wechatpay-Serial of answers: pubkey (PUB_KEY_ID_..., default) or
                        cert (the platform certificate's serial)
  --idle-timeout=SEC    close connections idle this long (default 8, as WeChat Pay; 0 = never)
  --exit-with-parent    stop when the process that started this one goes away
  --help                this text

It prints "listening on http(s)://HOST:PORT/" and runs until SIGTERM or SIGINT.

TXT;

const WXPS_OPTIONS = [
    'keys' => true, 'listen' => true, 'tls' => false, 'port-file' => true, 'log' => true,
    'serial-mode' => true, 'idle-timeout' => true, 'exit-with-parent' => false, 'help' => false,
];

/** The command line as name => value (true for flags); a string when it is wrong. */
function wxps_parse_options(array $args): array|string
{
    $options = ['listen' => '127.0.0.1:0', 'serial-mode' => 'pubkey', 'idle-timeout' => '8'];
    foreach ($args as $arg) {
        if (!preg_match('/^--([a-z-]+)(?:=(.*))?$/s', $arg, $m) || !isset(WXPS_OPTIONS[$m[1]])) {
            return "unknown option: $arg";
        }
        if (WXPS_OPTIONS[$m[1]] !== isset($m[2])) {
            return WXPS_OPTIONS[$m[1]] ? "--$m[1] needs a value" : "--$m[1] takes no value";
        }
        $options[$m[1]] = $m[2] ?? true;
    }
    if (!isset($options['help']) && !isset($options['keys'])) {
        return '--keys=DIR is required';
    }
    if (!in_array($options['serial-mode'], ['pubkey', 'cert'], true)) {
        return '--serial-mode must be pubkey or cert';
    }
    return is_numeric($options['idle-timeout']) ? $options : '--idle-timeout must be a number';
}

function wxps_start_server(array $options): WxpsHttpServer
{
    $keys = wxps_server_keys($options['keys']);
    $log = new WxpsRequestLog($options['log'] ?? null);
    $sandbox = new WxpsSandbox($keys, $options['serial-mode'], $log);
    $tls = isset($options['tls'])
        ? ['local_cert' => $keys['server_cert'], 'local_pk' => $keys['server_key'], 'verify_peer' => false]
        : null;
    return new WxpsHttpServer($options['listen'], $sandbox, $tls, (float) $options['idle-timeout']);
}

function wxps_announce(WxpsHttpServer $server, array $options): void
{
    $port = $server->port();
    if (isset($options['port-file'])) {
        wxps_write_file_atomically($options['port-file'], (string) $port);
    }
    $host = explode(':', $options['listen'])[0];
    printf("listening on %s://%s:%d/\n", isset($options['tls']) ? 'https' : 'http', $host, $port);
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
    $options = wxps_parse_options($args);
    if (is_string($options)) {
        fwrite(STDERR, "server.php: $options (see --help)\n");
        return 2;
    }
    if (isset($options['help'])) {
        echo WXPS_USAGE;
        return 0;
    }
    $server = wxps_start_server($options);
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, fn () => $server->stop());
    pcntl_signal(SIGINT, fn () => $server->stop());
    if (isset($options['exit-with-parent'])) {
        wxps_watch_parent($server, posix_getppid());
    }
    wxps_announce($server, $options);
    $server->run();
    return 0;
}

exit(wxps_main(array_slice($argv, 1)));
