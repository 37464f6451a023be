<?php

declare(strict_types=1);

/*
 * A batch of async calls vs Guzzle's pool: one client makes 2 000 POST .../pay calls, at most 32
 * in flight, against the sandbox over HTTPS, every answer after 50 ms. Ours: 2 000 postAsync at
 * once, the client's `concurrency` (32, its FIFO) holding back the rest, then Promise::all()->wait().
 * The SDK: its postAsync promises from a generator through GuzzleHttp\Promise\Each::ofLimitAll(.., 32),
 * which is what GuzzleHttp\Pool does. Each batch runs in a process of its own after a warm-up
 * batch of 32 (connections open); kinds alternate, best of the runs.
 *   php bench/pool.php [--quick]            the driver; writes build/pool.md (--quick: build/pool.quick.md)
 *   php bench/pool.php --worker KIND COUNT  one batch; prints a JSON line
 */

require_once __DIR__ . '/lib.php';

const WXB_POOL_CONCURRENCY = 32;
const WXB_POOL_DELAY_MS = 50;

if (($argv[1] ?? '') === '--worker') {
    [, , $kind, $count] = $argv + [null, null, null, null];
    $count = (int) $count;
    wxb_autoload($kind);
    $node = wxb_client($kind)->chain(wxb_endpoint('pay'));
    $headers = ['Wechatpay-Sandbox-Fault' => 'delay=' . WXB_POOL_DELAY_MS];
    $batch = static function (int $n) use ($kind, $node, $headers): int {
        $ok = 0;
        if ($kind === 'ours') {
            $promises = [];
            for ($i = 0; $i < $n; $i++) {
                $promises[] = $node->postAsync(wxb_call_options('pay', $headers));
            }
            foreach (WxPayScore\Promise::all($promises)->wait() as $response) {
                $ok += $response->getStatusCode() === 200 ? 1 : 0;
            }
            return $ok;
        }
        $calls = static function () use ($n, $node, $headers) {
            for ($i = 0; $i < $n; $i++) {
                yield $node->postAsync(wxb_call_options('pay', $headers));
            }
        };
        GuzzleHttp\Promise\Each::ofLimitAll($calls(), WXB_POOL_CONCURRENCY, static function ($response) use (&$ok): void {
            $ok += $response->getStatusCode() === 200 ? 1 : 0;
        })->wait();
        return $ok;
    };
    $batch(WXB_POOL_CONCURRENCY);
    $cpu = wxb_cpu_us();
    $wall = hrtime(true);
    $ok = $batch($count);
    $wall = (hrtime(true) - $wall) / 1e6;
    $cpu = wxb_cpu_us() - $cpu;
    if ($ok !== $count) {
        throw new RuntimeException("$ok of $count answered 200");
    }
    echo json_encode(['wall_ms' => $wall, 'cpu_ms' => $cpu / 1e3, 'rss_kib' => getrusage()['ru_maxrss']]), "\n";
    exit(0);
}

require dirname(__DIR__) . '/tests/utils/server.inc';

$quick = in_array('--quick', $argv, true);
$bench = __DIR__;
$so = "$bench/build/wxpayscore.so";
$count = 2000;
$runs = $quick ? 1 : 3;
foreach (["$bench/vendor/autoload.php", $so] as $needed) {
    if (!is_file($needed)) {
        fwrite(STDERR, "missing $needed: run bench/run.sh\n");
        exit(1);
    }
}
$loadavg = static fn () => implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3));
$loadStart = $loadavg();

$server = wxps_test_server(['tls' => true]);
wxb_export_server($server);
$sandboxPid = 0;
foreach (glob('/proc/[0-9]*/cmdline') as $cmdline) {
    $pid = (int) basename(dirname($cmdline));
    $stat = (string) @file_get_contents("/proc/$pid/stat");
    if (str_contains((string) @file_get_contents($cmdline), 'sandbox/sandbox.php')
        && (int) explode(' ', substr($stat, strrpos($stat, ')') + 2))[1] === getmypid()) {
        $sandboxPid = $pid;
    }
}
$sandboxCpu = static function () use ($sandboxPid): float {
    $stat = (string) @file_get_contents("/proc/$sandboxPid/stat");
    $f = explode(' ', substr($stat, strrpos($stat, ')') + 2));
    return ((int) ($f[11] ?? 0) + (int) ($f[12] ?? 0)) * 1e4; // USER_HZ = 100, in µs
};

$results = [];
for ($run = 0; $run < $runs; $run++) {
    foreach ($run % 2 ? ['sdk', 'ours'] : ['ours', 'sdk'] as $kind) {
        fwrite(STDERR, "[bench] pool: $count calls, $kind, run " . ($run + 1) . "\n");
        $command = [PHP_BINARY, ...($kind === 'ours' ? ['-d', "extension=$so"] : []), __FILE__, '--worker', $kind, (string) $count];
        $before = $sandboxCpu();
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($process) !== 0) {
            throw new RuntimeException("$kind batch failed:\n$out$err");
        }
        $result = json_decode($out, true, 512, JSON_THROW_ON_ERROR);
        $result['sandbox_cpu_ms'] = ($sandboxCpu() - $before) / 1e3;
        $results[$kind][] = $result;
    }
}
$best = [];
foreach (['ours', 'sdk'] as $kind) {
    usort($results[$kind], static fn ($a, $b) => $a['wall_ms'] <=> $b['wall_ms']);
    $best[$kind] = $results[$kind][0];
}
$fmt = static fn (float $v, int $dec = 0) => number_format($v, $dec, '.', ' ');
$o = $best['ours'];
$s = $best['sdk'];
$floor = ceil($count / WXB_POOL_CONCURRENCY) * WXB_POOL_DELAY_MS;
$mode = $quick ? "**--quick smoke run: one run each, figures are not to be quoted.**\n\n" : '';
$date = date('Y-m-d H:i:s T');
$loadEnd = $loadavg();
$rows = implode("\n", [
    sprintf('| wall ms (the delays alone: %s) | %s | %s | %.2f× |', $fmt($floor), $fmt($o['wall_ms']), $fmt($s['wall_ms']), $s['wall_ms'] / $o['wall_ms']),
    sprintf('| calls/s (wall) | %s | %s | |', $fmt($count / $o['wall_ms'] * 1e3), $fmt($count / $s['wall_ms'] * 1e3)),
    sprintf('| client CPU ms | %s | %s | %.2f× |', $fmt($o['cpu_ms']), $fmt($s['cpu_ms']), $s['cpu_ms'] / $o['cpu_ms']),
    sprintf('| client CPU µs per call | %s | %s | |', $fmt($o['cpu_ms'] * 1e3 / $count), $fmt($s['cpu_ms'] * 1e3 / $count)),
    sprintf('| client max RSS, KiB | %s | %s | |', $fmt($o['rss_kib']), $fmt($s['rss_kib'])),
    sprintf('| sandbox CPU ms over the process (warm-up included) | %s | %s | |', $fmt($o['sandbox_cpu_ms']), $fmt($s['sandbox_cpu_ms'])),
]);
$md = <<<MD

## A 2 000-call async batch vs Guzzle's pool

{$mode}$date, load average $loadStart at the start, $loadEnd at the end; $runs run(s) per client, best wall time.
$count `POST …/{out_order_no}/pay` calls from one client, at most 32 in flight, against one sandbox over
HTTPS on 127.0.0.1 answering each after 50 ms. wxpayscore: all $count `postAsync` at once, its
`concurrency` (32) queueing the rest, `Promise::all(..)->wait()`. wechatpay-php: its `postAsync`
from a generator through `GuzzleHttp\Promise\Each::ofLimitAll(.., 32)` (what `GuzzleHttp\Pool` does).
Each in a process of its own, after a warm-up batch of 32 that opens the connections.

| | wxpayscore | wechatpay-php | wxpayscore better by |
|---|---:|---:|---:|
$rows

One sandbox serves both: it is one PHP process, but an event loop that holds delayed answers on a
timer, so 32 waiting calls cost it nothing; its CPU (verifying each request, signing each answer) is
the last row, and where that stays well under the wall time the server is not what bounds the batch.

MD;
$target = $quick ? "$bench/build/pool.quick.md" : "$bench/build/pool.md";
file_put_contents($target, $md);
echo $md;
fwrite(STDERR, '[bench] pool: wrote ' . substr($target, strlen(dirname($bench)) + 1) . "\n");
