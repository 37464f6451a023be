<?php

declare(strict_types=1);

/*
 * The web-tier benchmark, run by bench/fpm.sh (which installs nginx, php8.2-fpm and wrk first):
 * nginx in front of a PHP-FPM pool whose every request builds a fresh client and creates a Pay
 * Score order against the sandbox over HTTPS (answered after a few ms), loaded by wrk at several
 * connection counts. Ours and the SDK (or its model) each get a pool of the same size, one after
 * the other in one run; variants: opcache on, and wxpayscore.persistent=0.
 * Everything private: config, pid files, socket and logs under bench/build/fpm/, 127.0.0.1 only,
 * every process this starts stopped at the end (bench/fpm.sh also kills them by pid file).
 *   php bench/fpm.php [--quick] [--perf]
 * --perf: after the measured runs of the opcache-on pools, one more wrk run with `perf record` on
 * the workers; flat profiles by library and by symbol in build/fpm/perf-opcache-{ours,sdk}.txt.
 * Writes its section to build/fpm.md (--quick: build/fpm.quick.md); run.sh appends it to RESULTS.md.
 */

require dirname(__DIR__) . '/tests/utils/server.inc';
require __DIR__ . '/lib.php';

$quick = in_array('--quick', $argv, true);
$profile = in_array('--perf', $argv, true);
$bench = __DIR__;
$so = "$bench/build/wxpayscore.so";
$dir = "$bench/build/fpm";
$plan = $quick
    ? ['workers' => 4, 'connections' => [4, 16], 'seconds' => 8, 'warm' => 3, 'growth' => 0, 'sandboxes' => 2]
    : ['workers' => 4, 'connections' => [4, 16, 64], 'seconds' => 30, 'warm' => 5, 'growth' => 100000, 'sandboxes' => 2];
$delayMs = 5;
$fpmBinary = getenv('WXB_FPM') ?: '/usr/sbin/php-fpm8.2';

foreach (["$bench/vendor/autoload.php", $so, $fpmBinary] as $needed) {
    if (!is_file($needed)) {
        fwrite(STDERR, "missing $needed: run bench/fpm.sh\n");
        exit(1);
    }
}
foreach (['nginx', 'wrk'] as $tool) {
    if (trim((string) shell_exec('command -v ' . $tool)) === '') {
        fwrite(STDERR, "missing $tool: run bench/fpm.sh\n");
        exit(1);
    }
}

function say(string $line): void
{
    fwrite(STDERR, "[bench] fpm: $line\n");
}

$loadavg = static fn () => implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3));
$loadStart = $loadavg();

if (is_dir($dir)) {
    foreach (glob("$dir/{,*/}*", GLOB_BRACE) as $file) {
        is_dir($file) ? @rmdir($file) : @unlink($file);
    }
}
@mkdir("$dir/tmp", 0755, true);

// Several single-process sandboxes, so that the server's own work (TLS handshakes, signing) is
// spread over the cores as a real API's would be; each FPM worker keeps to one.
$servers = [];
for ($i = 0; $i < $plan['sandboxes']; $i++) {
    $servers[] = wxps_test_server(['tls' => true]);
}
wxb_export_server($servers[0]);
putenv('WXB_BASE_URIS=' . implode(' ', array_column($servers, 'base_uri')));
putenv("WXB_DELAY_MS=$delayMs");
// The sandboxes' CPU, to tell the servers' share of the machine from the pool's.
$sandboxPids = [];
foreach (glob('/proc/[0-9]*/cmdline') as $cmdline) {
    $args = explode("\0", (string) @file_get_contents($cmdline));
    if (str_contains(implode(' ', $args), 'sandbox/sandbox.php') && in_array('--exit-with-parent', $args, true)
        && (int) (proc_stat((int) basename(dirname($cmdline)))['ppid'] ?? 0) === getmypid()) {
        $sandboxPids[] = (int) basename(dirname($cmdline));
    }
}

/** Fields of /proc/PID/stat: ppid, CPU µs (user + system), or [] when it is gone. */
function proc_stat(int $pid): array
{
    $stat = @file_get_contents("/proc/$pid/stat");
    if ($stat === false) {
        return [];
    }
    $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
    $tick = 1e6 / 100; // USER_HZ
    return ['ppid' => (int) $fields[1], 'cpu_us' => ((int) $fields[11] + (int) $fields[12]) * $tick];
}

/** VmRSS of a process, KiB. */
function proc_rss(int $pid): int
{
    return preg_match('/^VmRSS:\s+(\d+)/m', (string) @file_get_contents("/proc/$pid/status"), $m) ? (int) $m[1] : 0;
}

function children(int $ppid): array
{
    $pids = [];
    foreach (glob('/proc/[0-9]*/stat') as $file) {
        $pid = (int) basename(dirname($file));
        if ((proc_stat($pid)['ppid'] ?? 0) === $ppid) {
            $pids[] = $pid;
        }
    }
    sort($pids);
    return $pids;
}

function free_port(): int
{
    $socket = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
    fclose($socket);
    return $port;
}

/** Starts a foreground process with its output in $log; returns [process, pid]. */
function start(array $command, string $log, array $env = []): array
{
    $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
        $pipes, null, $env + getenv());
    if (!is_resource($process)) {
        throw new RuntimeException('cannot start ' . $command[0]);
    }
    return [$process, proc_get_status($process)['pid']];
}

function stop(array $started): void
{
    [$process] = $started;
    if (proc_get_status($process)['running']) {
        proc_terminate($process, 15);
        for ($i = 0; $i < 500 && proc_get_status($process)['running']; $i++) {
            usleep(10000);
        }
        if (proc_get_status($process)['running']) {
            proc_terminate($process, 9);
        }
    }
    proc_close($process);
}

function wait_for(callable $ready, string $what, string $log): void
{
    for ($deadline = microtime(true) + 10; microtime(true) < $deadline; usleep(20000)) {
        if ($ready()) {
            return;
        }
    }
    throw new RuntimeException("$what did not start:\n" . @file_get_contents($log));
}

/** One wrk run: requests, requests/s, p50/p99 ms, errors. */
function wrk(string $url, int $connections, int $seconds): array
{
    $out = shell_exec(sprintf('wrk -t1 -c%d -d%ds --timeout 10s --latency %s 2>&1', $connections, $seconds, escapeshellarg($url)));
    $ms = static function (string $value, string $unit): float {
        return (float) $value * ['us' => 1e-3, 'ms' => 1, 's' => 1e3, 'm' => 6e4][$unit];
    };
    if (!preg_match('/(\d+) requests in/', (string) $out, $n) || !preg_match('/Requests\/sec:\s+([\d.]+)/', $out, $rps)
        || !preg_match('/^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$/m', $out, $p50) || !preg_match('/^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$/m', $out, $p99)) {
        throw new RuntimeException("wrk said:\n$out");
    }
    $errors = preg_match('/Non-2xx or 3xx responses:\s+(\d+)/', $out, $m) ? (int) $m[1] : 0;
    if (preg_match('/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/', $out, $m)) {
        $errors += (int) $m[1] + (int) $m[2] + (int) $m[3] + (int) $m[4];
    }
    return ['requests' => (int) $n[1], 'rps' => (float) $rps[1], 'p50' => $ms($p50[1], $p50[2]), 'p99' => $ms($p99[1], $p99[2]), 'errors' => $errors];
}

// nginx: one worker, no access log, FastCGI to the pool's socket; its temp paths under build/.
$port = free_port();
$url = "http://127.0.0.1:$port/checkout";
$socket = "$dir/fpm.sock";
file_put_contents("$dir/nginx.conf", <<<CONF
daemon off;
master_process on;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    fastcgi_temp_path $dir/tmp/fastcgi;
    proxy_temp_path $dir/tmp/proxy;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        location / {
            fastcgi_pass unix:$socket;
            fastcgi_param SCRIPT_FILENAME $bench/fpm/index.php;
            fastcgi_param SCRIPT_NAME /index.php;
            fastcgi_param REQUEST_METHOD \$request_method;
            fastcgi_param REQUEST_URI \$request_uri;
            fastcgi_param QUERY_STRING \$query_string;
            fastcgi_param SERVER_PROTOCOL \$server_protocol;
            fastcgi_param REMOTE_ADDR \$remote_addr;
            fastcgi_keep_conn off;
        }
    }
}

CONF);

$variants = [
    'base' => ['label' => 'opcache off', 'kinds' => ['ours', 'sdk'], 'ini' => []],
    'opcache' => ['label' => 'opcache on', 'kinds' => ['ours', 'sdk'], 'ini' => ['zend_extension=opcache', 'opcache.enable=1', 'opcache.enable_cli=1', 'opcache.validate_timestamps=0', 'opcache.memory_consumption=64']],
    'nopersist' => ['label' => 'opcache off, wxpayscore.persistent=0', 'kinds' => ['ours'], 'ini' => ['wxpayscore.persistent=0']],
];

$nginx = null;
$fpm = null;
register_shutdown_function(static function () use (&$nginx, &$fpm): void {
    foreach ([&$fpm, &$nginx] as &$started) {
        if ($started) {
            stop($started);
            $started = null;
        }
    }
});

$nginx = start(['nginx', '-p', "$dir/", '-c', "$dir/nginx.conf", '-e', "$dir/nginx.log"], "$dir/nginx.log");
wait_for(static fn () => @fsockopen('127.0.0.1', $port) !== false, 'nginx', "$dir/nginx.log");

$asRoot = function_exists('posix_geteuid') ? posix_geteuid() === 0 : trim((string) shell_exec('id -u')) === '0';
$results = [];
foreach ($variants as $variant => $spec) {
    foreach ($spec['kinds'] as $kind) {
        say("$variant, $kind: {$plan['workers']} workers");
        $name = "$variant-$kind";
        $log = "$dir/fpm-$name.log";
        file_put_contents("$dir/fpm-$name.conf", <<<CONF
[global]
pid = $dir/fpm.pid
error_log = $log
daemonize = no

[bench]
listen = $socket
listen.mode = 0666
listen.backlog = 511
pm = static
pm.max_children = {$plan['workers']}
clear_env = no
catch_workers_output = yes

CONF);
        // No php.ini and no scan directory: the extensions each client needs, and nothing else.
        $ini = ['-n', '-d', 'extension=curl', '-d', 'extension=mbstring', '-d', 'memory_limit=128M'];
        if ($kind === 'ours') {
            array_push($ini, '-d', "extension=$so");
        }
        foreach ($spec['ini'] as $setting) {
            array_push($ini, '-d', $setting);
        }
        @unlink($socket);
        $fpm = start([$GLOBALS['fpmBinary'], ...($asRoot ? ['-R'] : []), '-F', ...$ini, '-y', "$dir/fpm-$name.conf"], $log, ['WXB_KIND' => $kind]);
        wait_for(static fn () => file_exists($socket) && count(children($fpm[1])) >= $GLOBALS['plan']['workers'], 'php-fpm', $log);
        $check = @file_get_contents($url);
        if (trim((string) $check) !== 'ok') {
            throw new RuntimeException("the endpoint said: " . var_export($check, true) . "\n" . @file_get_contents($log));
        }
        $workers = children($fpm[1]);
        wrk($url, $plan['workers'] * 2, $plan['warm']);
        $rssWarm = array_map('proc_rss', $workers);
        $total = 0;
        foreach ($plan['connections'] as $connections) {
            $cpu = static fn () => array_sum(array_map(static fn ($pid) => proc_stat($pid)['cpu_us'] ?? 0, [$fpm[1], ...$workers]));
            $sandboxCpu = static fn () => array_sum(array_map(static fn ($pid) => proc_stat($pid)['cpu_us'] ?? 0, $GLOBALS['sandboxPids']));
            $before = $cpu();
            $sandboxBefore = $sandboxCpu();
            $run = wrk($url, $connections, $plan['seconds']);
            $run['cpu_us'] = ($cpu() - $before) / max(1, $run['requests']);
            $run['sandbox_cpu_us'] = ($sandboxCpu() - $sandboxBefore) / max(1, $run['requests']);
            $run['load'] = $GLOBALS['loadavg']();
            $total += $run['requests'];
            say(sprintf('%s, %s, %d connections: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %.0f µs CPU/req, %d errors',
                $variant, $kind, $connections, $run['rps'], $run['p50'], $run['p99'], $run['cpu_us'], $run['errors']));
            $results[$variant][$kind]['runs'][$connections] = $run;
        }
        if ($profile && $variant === 'opcache') {
            say("$variant, $kind: perf record");
            $data = "$dir/perf-$name.data";
            $perf = proc_open(['perf', 'record', '-F', '499', '-p', implode(',', $workers), '-o', $data, '--', 'sleep', (string) $plan['seconds']],
                [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/perf.log", 'a'], 2 => ['file', "$dir/perf.log", 'a']], $pipes);
            $profiled = wrk($url, $plan['workers'], $plan['seconds']);
            proc_close($perf);
            $report = static fn (string $sort) => (string) shell_exec('perf report -i ' . escapeshellarg($data)
                . " --stdio --no-children --sort $sort --percent-limit 0.5 2>/dev/null | grep -v '^#' | grep -v '^\$'");
            file_put_contents("$dir/perf-$name.txt", sprintf("%s, %d connections, %.0f requests/s under perf\n\nby library:\n%s\nby symbol:\n%s",
                $name, $plan['workers'], $profiled['rps'], $report('dso'), $report('dso,sym')));
            $total += $profiled['requests'];
        }
        // Memory growth: more requests at the first connection count, up to the plan's total.
        while ($variant === 'base' && $kind === 'ours' && $total < $plan['growth']) {
            $chunk = wrk($url, $plan['connections'][0], 30);
            $total += $chunk['requests'];
            say("growth run: $total requests");
        }
        if (children($fpm[1]) !== $workers) {
            throw new RuntimeException("$name: workers were replaced during the run:\n" . @file_get_contents($log));
        }
        $rssEnd = array_map('proc_rss', $workers);
        $results[$variant][$kind] += [
            'rss_kib' => array_sum($rssEnd) / count($rssEnd),
            'rss_growth_kib' => (array_sum($rssEnd) - array_sum($rssWarm)) / count($rssEnd),
            'requests' => $total,
        ];
        stop($fpm);
        $fpm = null;
    }
}
stop($nginx);
$nginx = null;
$loadEnd = $loadavg();

// The table: ours and the SDK at the same worker and connection count, side by side.
$fmt = static fn (float $v, int $dec = 0) => number_format($v, $dec, '.', ' ');
$times = static fn (float $a, float $b) => $b > 0 ? sprintf('%.2f×', $a / $b) : '';
$rows = [];
foreach ($variants as $variant => $spec) {
    foreach ($plan['connections'] as $c) {
        $o = $results[$variant]['ours']['runs'][$c];
        $s = $results[$variant]['sdk']['runs'][$c] ?? null;
        $base = $variant === 'nopersist' ? $results['base']['ours']['runs'][$c] : null;
        $rows[] = sprintf('| %s | %d | %s | %s | %s | %s / %s | %s / %s | %s | %s | %s | %s |',
            $spec['label'], $c,
            $fmt($o['rps']), $s ? $fmt($s['rps']) : ($base ? '(persistent: ' . $fmt($base['rps']) . ')' : ''),
            $s ? $times($o['rps'], $s['rps']) : ($base ? $times($o['rps'], $base['rps']) : ''),
            $fmt($o['p50'], 2), $fmt($o['p99'], 2),
            $s ? $fmt($s['p50'], 2) : '—', $s ? $fmt($s['p99'], 2) : '—',
            $fmt($o['cpu_us']), $s ? $fmt($s['cpu_us']) : '—',
            $fmt($o['sandbox_cpu_us']) . ($s ? ' / ' . $fmt($s['sandbox_cpu_us']) : ''),
            $o['errors'] + ($s['errors'] ?? 0));
    }
}
$memRows = [];
foreach ($variants as $variant => $spec) {
    foreach ($spec['kinds'] as $kind) {
        $r = $results[$variant][$kind];
        $memRows[] = sprintf('| %s | %s | %s | %s | %s |', $spec['label'], $kind === 'ours' ? 'wxpayscore' : 'wechatpay-php',
            $fmt($r['rss_kib']), $fmt($r['rss_growth_kib']), $fmt($r['requests']));
    }
}

// The targets, at the same worker count, opcache off and on.
$targets = [];
foreach (['base', 'opcache'] as $variant) {
    foreach ($plan['connections'] as $c) {
        $o = $results[$variant]['ours']['runs'][$c];
        $s = $results[$variant]['sdk']['runs'][$c];
        $targets[] = sprintf('| %s, %d connections | %s× the model\'s: %s | %s ms vs %s ms: %s |',
            $variants[$variant]['label'], $c, $fmt($o['rps'] / $s['rps'], 2), $o['rps'] >= 5 * $s['rps'] ? 'met' : '**missed**',
            $fmt($o['p99'], 2), $fmt($s['p50'], 2), $o['p99'] <= $s['p50'] ? 'met' : '**missed**');
    }
}
$g = $results['base']['ours'];
$growthLine = sprintf('Worker RSS growth over %s requests (4 workers, after a %d s warm-up): %s KiB per worker%s.',
    $fmt($g['requests']), $plan['warm'], $fmt($g['rss_growth_kib']),
    $plan['growth'] ? ' (target ≈ 0)' : ' (the full run makes 100 000)');

$mode = $quick ? "**--quick smoke run: short runs, figures are not to be quoted.**\n\n" : '';
$cpuModel = preg_match('/^model name\s*:\s*(.+)$/m', (string) @file_get_contents('/proc/cpuinfo'), $m) ? $m[1] : php_uname('m');
$nginxVersion = trim(preg_replace('/^.*nginx\//', '', (string) shell_exec('nginx -v 2>&1')));
$fpmVersion = preg_match('/PHP (\S+)/', (string) shell_exec(escapeshellarg($fpmBinary) . ' -v'), $m) ? $m[1] : '?';
$wrkVersion = preg_match('/wrk (\S+)/', (string) shell_exec('wrk -v 2>&1'), $m) ? $m[1] : '?';
$table = implode("\n", $rows);
$memTable = implode("\n", $memRows);
$targetTable = implode("\n", $targets);
$date = date('Y-m-d H:i:s T');
$nproc = (int) trim((string) shell_exec('nproc'));
$kernel = php_uname('r');
$modelNote = is_dir("$bench/vendor/wechatpay/wechatpay") ? 'wechatpay/wechatpay from Packagist' : 'the model (`bench/sdk-model`)';
$so12 = substr(hash_file('sha256', $so), 0, 12);
$md = <<<MD

## Under PHP-FPM: a checkout page that makes one Pay Score call

{$mode}| | |
|---|---|
| date | $date |
| machine | $cpuModel, $nproc cores (`nproc`), Linux $kernel, shared with other work |
| load average (1, 5, 15 min) | $loadStart at the start, $loadEnd at the end |
| web tier | nginx $nginxVersion (1 worker) → php-fpm $fpmVersion, `pm = static`, {$plan['workers']} workers, no php.ini (curl, mbstring, and wxpayscore.so for ours) |
| load | wrk $wrkVersion, 1 thread, {$plan['seconds']} s per connection count, after {$plan['warm']} s of warm-up |
| server | {$plan['sandboxes']} sandboxes over HTTPS on 127.0.0.1, every answer after $delayMs ms (`Wechatpay-Sandbox-Fault: delay=$delayMs`) |
| wechatpay-php | $modelNote, on the same Guzzle |
| wxpayscore | module sha256 {$so12}… |

Every request builds a fresh client (`new WxPayScore\Client([...])` / `Builder::factory([...])`, keys
from `file://` paths) and makes `POST v3/payscore/serviceorder/{out_order_no}/pay`, the answer verified
and decoded. Ours vs wechatpay-php at the same worker and connection count; the persistent=0 row
compares with ours persistent.

| variant | wrk connections | wxpayscore requests/s | wechatpay-php requests/s | ratio | wxpayscore p50 / p99 ms | wechatpay-php p50 / p99 ms | wxpayscore pool CPU µs/request | wechatpay-php pool CPU µs/request | sandbox CPU µs/request | errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$table

| variant | client | worker RSS after the run, KiB (mean of {$plan['workers']}) | growth since the warm-up, KiB | requests served |
|---|---|---:|---:|---:|
$memTable

Targets ({$plan['workers']} workers each):

| | requests/s ≥ 5× the model's | our p99 ≤ the model's p50 |
|---|---|---|
$targetTable

$growthLine

- **requests/s, p50, p99**: wrk's own (`--latency`), end to end through nginx.
- **pool CPU per request**: user + system time of the FPM master and its workers from `/proc/PID/stat`,
  before and after each wrk run, over the requests wrk counted. nginx, wrk and the sandboxes run on the
  same cores and are not in it; the sandboxes' CPU per request is its own column.
- **RSS**: `VmRSS` of each worker from `/proc/PID/status` after the warm-up and after the last run.

MD;
$target = $quick ? "$bench/build/fpm.quick.md" : "$bench/build/fpm.md";
file_put_contents($target, $md);
echo $md;
say('wrote ' . substr($target, strlen(dirname($bench)) + 1));
