<?php

declare(strict_types=1);

/*
 * The side-by-side benchmark, run by bench/run.sh (which installs what it needs first):
 * wxpayscore and wechatpay-php against one local HTTPS test server, same keys, same call.
 * Each client runs in a process of its own, so that the CPU figures are the client's alone:
 * server and client share the machine's cores, and wall time would charge the client for
 * the server's work too.
 *
 *   php bench.php [--quick]
 * Prints one table; the full run writes RESULTS.md beside this file, --quick writes
 * build/RESULTS.quick.md (a smoke test: few iterations, figures not to be quoted).
 */

require dirname(__DIR__) . '/tests/utils/server.inc';
require __DIR__ . '/lib.php';

$quick = in_array('--quick', $argv, true);
$bench = __DIR__;
$so = "$bench/build/wxpayscore.so";
$plan = $quick
    ? ['rounds' => 1, 'warm' => 30, 'warmup' => 5, 'fresh' => [2, 12], 'async' => 50, 'async_runs' => 1, 'floor' => 200, 'starts' => 3, 'callgrind' => [20, 60]]
    : ['rounds' => 5, 'warm' => 1000, 'warmup' => 30, 'fresh' => [10, 160], 'async' => 200, 'async_runs' => 3, 'floor' => 2000, 'starts' => 30, 'callgrind' => [20, 60]];
$delayMs = 50;

foreach (["$bench/vendor/autoload.php", $so, "$bench/build/floor"] as $needed) {
    if (!is_file($needed)) {
        fwrite(STDERR, "missing $needed: run bench/run.sh\n");
        exit(1);
    }
}

// Other work on the machine shares its cores with both clients: the load average says how much.
$loadavg = static fn () => implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3));
$loadStart = $loadavg();

$server = wxps_test_server(['tls' => true]);
$keys = $server['keys'];
wxb_export_server($server);

/** The PHP command line that runs a worker for $kind: ours loads the extension, the SDK only its autoloader. */
function php_for(string $kind, string $so): array
{
    return $kind === 'ours' ? [PHP_BINARY, '-d', "extension=$so"] : [PHP_BINARY];
}

/**
 * Runs a command, returns [stdout, CPU µs of the child (user + system), wall µs].
 * The CPU time is the difference of RUSAGE_CHILDREN around the wait, so it covers the whole
 * process and nothing else.
 */
function run(array $command, array $extraEnv = []): array
{
    $env = getenv() + [];
    foreach ($extraEnv as $name => $value) {
        $env[$name] = $value;
    }
    $before = wxb_children_cpu();
    $wall = hrtime(true);
    $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $status = proc_close($process);
    $wall = (hrtime(true) - $wall) / 1e3;
    $cpu = wxb_children_cpu() - $before;
    if ($status !== 0) {
        throw new RuntimeException(implode(' ', $command) . " failed ($status):\n$out$err");
    }
    return [$out, $cpu, $wall];
}

function wxb_children_cpu(): float
{
    $r = getrusage(1);
    return $r['ru_utime.tv_sec'] * 1e6 + $r['ru_utime.tv_usec'] + $r['ru_stime.tv_sec'] * 1e6 + $r['ru_stime.tv_usec'];
}

/**
 * The best of the rounds: other work on the machine can only add time, never take it away, so
 * the least time (the highest rate) is the one least disturbed. Memory figures do not vary.
 */
function best(array $values, bool $higherIsBetter = false): float
{
    return (float) ($higherIsBetter ? max($values) : min($values));
}

function say(string $line): void
{
    fwrite(STDERR, "[bench] $line\n");
}

// Both clients take turns in every round, so that a burst of load elsewhere on the machine
// does not fall on one of them only; each figure is the best of the rounds.
$kinds = ['ours', 'sdk'];
$order = static fn (int $round) => $round % 2 ? array_reverse($kinds) : $kinds;

// (b) The floor, measured before every round of warm calls so that it sees the same machine.
$floors = [];
$floorOpenssl = '?';
$measureFloor = static function () use (&$floors, &$floorOpenssl, $bench, $keys, $plan): void {
    [$out] = run(["$bench/build/floor", $keys['merchant_key'], $keys['platform_key'], $keys['platform_pub'], (string) $plan['floor']]);
    preg_match_all('/(\w+)=("[^"]*"|\S+)/', $out, $m, PREG_SET_ORDER);
    $f = [];
    foreach ($m as [, $name, $value]) {
        $f[$name] = trim($value, '"');
    }
    $floors[] = $f;
    $floorOpenssl = $f['openssl'] ?? '?';
};

// (a) + (d) Warm calls.
$warm = [];
foreach (['pay', 'query'] as $call) {
    for ($round = 0; $round < $plan['rounds']; $round++) {
        say('RSA floor (C, OpenSSL EVP)');
        $measureFloor();
        foreach ($order($round) as $kind) {
            say("warm $call, $kind, round " . ($round + 1));
            [$out] = run([...php_for($kind, $so), "$bench/warm.php", $kind, $call, (string) $plan['warm'], (string) $plan['warmup']]);
            $warm[$call][$kind][] = json_decode($out, true, 512, JSON_THROW_ON_ERROR);
        }
    }
}
$w = static function (string $call, string $kind, string $field) use (&$warm): float {
    if ($field === 'sys_us') {
        // The kernel's share is that of the round whose total is shown.
        $rounds = $warm[$call][$kind];
        usort($rounds, static fn ($x, $y) => $x['cpu_us'] <=> $y['cpu_us']);
        return (float) $rounds[0]['sys_us'];
    }
    return best(array_column($warm[$call][$kind], $field), $field === 'calls_per_s');
};
$floor = [
    'sign' => best(array_column($floors, 'sign_us')),
    'verify' => best(array_column($floors, 'verify_us')),
    'both' => best(array_column($floors, 'floor_us')),
];

// (a') The same warm call counted in instructions by callgrind: user-space work only (no kernel,
// no cache misses), but the same count however busy the machine is. The difference of two
// runs that differ only in the number of calls leaves the per-call count.
$instructions = null;
if (!$quick && $plan['callgrind']) {
    $ir = static function (array $command) use ($bench): float {
        $out = "$bench/build/callgrind.out";
        run(['valgrind', '--tool=callgrind', "--callgrind-out-file=$out", ...$command]);
        preg_match('/^summary:\s*(\d+)/m', (string) file_get_contents($out), $m);
        unlink($out);
        return (float) ($m[1] ?? 0);
    };
    [$c1, $c2] = $plan['callgrind'];
    say('RSA floor in instructions (callgrind)');
    $floorArgs = ["$bench/build/floor", $keys['merchant_key'], $keys['platform_key'], $keys['platform_pub']];
    // Each floor iteration signs and verifies twice (the combined loop, then the split loops).
    $instructions['floor'] = ($ir([...$floorArgs, (string) $c2]) - $ir([...$floorArgs, (string) $c1])) / ($c2 - $c1) / 2;
    foreach ($kinds as $kind) {
        say("warm pay in instructions (callgrind), $kind");
        $instructions[$kind] = ($ir([...php_for($kind, $so), "$bench/warm.php", $kind, 'pay', (string) $c2, '5'])
            - $ir([...php_for($kind, $so), "$bench/warm.php", $kind, 'pay', (string) $c1, '5'])) / ($c2 - $c1);
    }
}

// (c) A fresh client per PHP request in one long-lived php-cgi process: the CPU of N2 requests
// minus that of N1, so the process's own start-up drops out and the request lifecycle stays in.
$fresh = [];
[$n1, $n2] = $plan['fresh'];
for ($round = 0; $round < $plan['rounds']; $round++) {
    foreach ($order($round) as $kind) {
        say("fresh client per request (php-cgi -T), $kind, round " . ($round + 1));
        $cgi = $kind === 'ours' ? ['php-cgi', '-q', '-d', "extension=$so"] : ['php-cgi', '-q'];
        $cpu = [];
        foreach ([$n1, $n2] as $n) {
            [$out, $cpu[$n]] = run([...$cgi, '-T', (string) $n, "$bench/fresh.php"], ['WXB_KIND' => $kind]);
            if (substr_count($out, "ok\n") !== $n) {
                throw new RuntimeException("php-cgi $kind: " . substr($out, 0, 500));
            }
        }
        $fresh[$kind][] = ($cpu[$n2] - $cpu[$n1]) / ($n2 - $n1);
    }
}

// (e) Concurrent async calls against a delayed server.
$async = [];
for ($run = 0; $run < $plan['async_runs']; $run++) {
    foreach ($order($run) as $kind) {
        say("{$plan['async']} async calls, delay={$delayMs}ms, $kind, run " . ($run + 1));
        [$out] = run([...php_for($kind, $so), "$bench/async.php", $kind, (string) $plan['async'], (string) $delayMs, '2']);
        $async[$kind][] = json_decode($out, true, 512, JSON_THROW_ON_ERROR);
    }
}
$asyncFigure = static function (string $kind, int $batch, string $field) use ($async): ?float {
    if (isset($async[$kind][0]['na'])) {
        return null;
    }
    return best(array_map(static fn ($r) => $r['batches'][$batch][$field], $async[$kind]));
};

// (f) A cron-style CLI script: process start to first answered call, opcache off, no ini but
// the extensions each client needs.
say('CLI start to first answered call (hyperfine)');
$startCommands = [
    'ours' => [PHP_BINARY, '-n', '-d', "extension=$so", "$bench/start.php", 'ours'],
    'sdk' => [PHP_BINARY, '-n', '-d', 'extension=curl', "$bench/start.php", 'sdk'],
    // What neither client can go below: PHP itself starting and stopping, with each one's extension.
    'ours_bare' => [PHP_BINARY, '-n', '-d', "extension=$so", '-r', ''],
    'sdk_bare' => [PHP_BINARY, '-n', '-d', 'extension=curl', '-r', ''],
];
foreach ($startCommands as $command) {
    run($command); // fails loudly here rather than inside hyperfine
}
// hyperfine -N splits the command on spaces, so the empty -r script is given as two quotes.
$hyperfineCommand = static fn (array $c) => implode(' ', array_map(static fn ($a) => $a === '' ? "''" : $a, $c));
$json = "$bench/build/startup.json";
run(['hyperfine', '-N', '--style', 'none', '--warmup', $quick ? '1' : '3', '--runs', (string) $plan['starts'], '--export-json', $json,
    ...array_map($hyperfineCommand, array_values($startCommands))]);
$hf = json_decode(file_get_contents($json), true)['results'];
$start = [];
foreach (array_keys($startCommands) as $i => $kind) {
    $start[$kind] = ['wall' => $hf[$i]['median'] * 1e3, 'cpu' => ($hf[$i]['user'] + $hf[$i]['system']) * 1e3];
}

// Versions and machine.
$installed = json_decode(file_get_contents("$bench/vendor/composer/installed.json"), true);
$packages = array_column($installed['packages'] ?? $installed, 'version', 'name');
$sdkReal = isset($packages['wechatpay/wechatpay']);
$sdkName = $sdkReal ? 'wechatpay-php' : 'wechatpay-php (model)';
[$oursVersion] = run([PHP_BINARY, '-d', "extension=$so", '-r', 'echo phpversion("wxpayscore");']);
$lscpu = (string) shell_exec('LC_ALL=C lscpu');
preg_match('/^Model name:\s*(.+)$/m', $lscpu, $model);
$curl = curl_version();
$commit = trim((string) shell_exec('git -C ' . escapeshellarg(dirname($bench)) . ' describe --always --dirty 2>/dev/null'));

// The table. "×" is how many times better wxpayscore is (cost of wechatpay-php / cost of ours,
// or ours / theirs for a rate), so every target reads "at least".
$rows = [];
$fmt = static fn (?float $v, int $dec = 0) => $v === null ? 'n/a' : number_format($v, $dec, '.', ' ');
$times = static fn (?float $x) => $x === null ? 'n/a' : number_format($x, 2) . '×';
$better = static fn (?float $ours, ?float $sdk) => ($ours === null || $sdk === null || $ours <= 0) ? null : $sdk / $ours;
foreach (['pay' => 'POST …/{out_order_no}/pay', 'query' => 'GET serviceorder?…'] as $call => $label) {
    $rows[] = ["a. warm $label: calls/s (wall)", $fmt($w($call, 'ours', 'calls_per_s')), $fmt($w($call, 'sdk', 'calls_per_s')),
        $times($better($w($call, 'sdk', 'calls_per_s'), $w($call, 'ours', 'calls_per_s'))), ''];
    $rows[] = ["a. warm $label: client CPU µs/call", $fmt($w($call, 'ours', 'cpu_us')), $fmt($w($call, 'sdk', 'cpu_us')),
        $times($better($w($call, 'ours', 'cpu_us'), $w($call, 'sdk', 'cpu_us'))), ''];
    $rows[] = ["a. warm $label: of which system (kernel) µs/call", $fmt($w($call, 'ours', 'sys_us')), $fmt($w($call, 'sdk', 'sys_us')),
        $times($better($w($call, 'ours', 'sys_us'), $w($call, 'sdk', 'sys_us'))), ''];
    $rows[] = ["a. warm $label: CPU above the RSA floor µs/call", $fmt($w($call, 'ours', 'cpu_us') - $floor['both']),
        $fmt($w($call, 'sdk', 'cpu_us') - $floor['both']),
        $times($better($w($call, 'ours', 'cpu_us') - $floor['both'], $w($call, 'sdk', 'cpu_us') - $floor['both'])), '≥ 5×'];
}
if ($instructions) {
    $mi = static fn (float $ir) => number_format($ir / 1e6, 2) . ' M';
    $rows[] = ['a. warm POST pay: user-space instructions/call (callgrind)', $mi($instructions['ours']), $mi($instructions['sdk']),
        $times($better($instructions['ours'], $instructions['sdk'])), ''];
    $rows[] = ['a. warm POST pay: instructions/call above the floor', $mi($instructions['ours'] - $instructions['floor']),
        $mi($instructions['sdk'] - $instructions['floor']),
        $times($better($instructions['ours'] - $instructions['floor'], $instructions['sdk'] - $instructions['floor'])), '≥ 5×'];
}
$rows[] = ['b. RSA-2048 floor: 1 sign + 1 verify, C/EVP, µs', $fmt($floor['both']), $fmt($floor['both']), '',
    sprintf('sign %s + verify %s', $fmt($floor['sign']), $fmt($floor['verify']))];
if ($instructions) {
    $rows[] = ['b. RSA-2048 floor in instructions (callgrind)', $mi($instructions['floor']), $mi($instructions['floor']), '', ''];
}
$freshOurs = best($fresh['ours']);
$freshSdk = best($fresh['sdk']);
$rows[] = ['c. fresh client per request (php-cgi -T): CPU µs/request', $fmt($freshOurs), $fmt($freshSdk), $times($better($freshOurs, $freshSdk)), ''];
$rows[] = ['c. ÷ a: fresh-per-request CPU / warm CPU (POST pay)', number_format($freshOurs / $w('pay', 'ours', 'cpu_us'), 2),
    number_format($freshSdk / $w('pay', 'sdk', 'cpu_us'), 2), '', 'ours ≤ 1.20'];
$rows[] = ['d. peak PHP memory of one warm call, bytes (POST pay)', $fmt($w('pay', 'ours', 'peak_call_bytes')), $fmt($w('pay', 'sdk', 'peak_call_bytes')),
    $times($better($w('pay', 'ours', 'peak_call_bytes'), $w('pay', 'sdk', 'peak_call_bytes'))), '≥ 10×'];
$rows[] = ['d. peak PHP memory of the first call, client built, bytes', $fmt($w('pay', 'ours', 'peak_first_bytes')), $fmt($w('pay', 'sdk', 'peak_first_bytes')),
    $times($better($w('pay', 'ours', 'peak_first_bytes'), $w('pay', 'sdk', 'peak_first_bytes'))), ''];
$rows[] = ['d. max RSS of the warm process, KiB', $fmt($w('pay', 'ours', 'maxrss_kb')), $fmt($w('pay', 'sdk', 'maxrss_kb')),
    $times($better($w('pay', 'ours', 'maxrss_kb'), $w('pay', 'sdk', 'maxrss_kb'))), ''];
foreach ([0 => 'first batch (connects)', 1 => 'second batch (reuses)'] as $batch => $label) {
    $o = $asyncFigure('ours', $batch, 'wall_ms');
    $s = $asyncFigure('sdk', $batch, 'wall_ms');
    $rows[] = ["e. {$plan['async']} async calls, server delay {$delayMs} ms, $label: wall ms", $fmt($o), $fmt($s), $times($better($o, $s)), $batch ? '' : '≥ 1×'];
}
$o = $asyncFigure('ours', 0, 'cpu_ms');
$s = $asyncFigure('sdk', 0, 'cpu_ms');
$rows[] = ["e. {$plan['async']} async calls, first batch: client CPU ms", $fmt($o), $fmt($s), $times($better($o, $s)), ''];
$rows[] = ['f. CLI start → first answered call (php -n): wall ms', $fmt($start['ours']['wall'], 1), $fmt($start['sdk']['wall'], 1),
    $times($better($start['ours']['wall'], $start['sdk']['wall'])), '≥ 3×'];
$rows[] = ['f. CLI start → first answered call: CPU ms', $fmt($start['ours']['cpu'], 1), $fmt($start['sdk']['cpu'], 1),
    $times($better($start['ours']['cpu'], $start['sdk']['cpu'])), ''];
$rows[] = ['f. reference: bare `php -n -r \'\'` with the extension: wall ms', $fmt($start['ours_bare']['wall'], 1), $fmt($start['sdk_bare']['wall'], 1), '', ''];
$rows[] = ['f. reference: bare `php -n -r \'\'`: CPU ms', $fmt($start['ours_bare']['cpu'], 1), $fmt($start['sdk_bare']['cpu'], 1), '', ''];

$header = ['', 'wxpayscore', $sdkName, 'wxpayscore better by', 'target'];
$widths = array_map(static fn ($i) => max(array_map(static fn ($r) => mb_strlen($r[$i]), [$header, ...$rows])), array_keys($header));
$line = static function (array $cells) use ($widths): string {
    $out = [];
    foreach ($cells as $i => $cell) {
        $pad = $widths[$i] - mb_strlen($cell);
        $out[] = $i === 0 ? $cell . str_repeat(' ', $pad) : str_repeat(' ', $pad) . $cell;
    }
    return '| ' . implode(' | ', $out) . ' |';
};
$table = $line($header) . "\n" . '|' . implode('|', array_map(static fn ($n, $i) => $i === 0 ? str_repeat('-', $n + 2) : str_repeat('-', $n + 1) . ':', $widths, array_keys($widths))) . "|\n";
foreach ($rows as $row) {
    $table .= $line($row) . "\n";
}
echo "\n", $table;

$oursAsyncNote = isset($async['ours'][0]['na'])
    ? "Async for wxpayscore is n/a: this build has no `getAsync` yet; the row fills in by itself once it has.\n"
    : '';
$sdkNote = $sdkReal
    ? "wechatpay-php is `wechatpay/wechatpay` {$packages['wechatpay/wechatpay']} from Packagist.\n"
    : "**wechatpay-php (model)**: the Packagist mirror this machine reaches has no `wechatpay/wechatpay`, so `run.sh`\n"
    . "installed `bench/sdk-model/` instead: the SDK's request path rebuilt on the same Guzzle (`Builder::factory`, the\n"
    . "ArrayIterator chain, two Guzzle clients per instance, signer before `prepare_body`, verifier before `http_errors`,\n"
    . "`Rsa::from/sign/verify` with ext-openssl, the nonce built by a closure per character, URI templates by\n"
    . "`guzzlehttp/uri-template`). Where the registry has the real package, `run.sh` installs and measures that instead.\n";
$mode = $quick ? "**--quick smoke run: few iterations, figures are not to be quoted.**\n\n" : '';
$loadEnd = $loadavg();
$md = <<<MD
# wxpayscore vs wechatpay-php — side by side

{$mode}| | |
|---|---|
| date | %s |
| machine | %s, %d cores (`nproc`), Linux %s |
| load average (1, 5, 15 min) | %s at the start, %s at the end |
| PHP | %s (CLI; php-cgi for c) |
| libcurl | %s (%s) |
| OpenSSL | %s (PHP), %s (floor program) |
| wxpayscore | %s (`phpversion('wxpayscore')`), tree %s, module sha256 %s… |
| %s | %s |
| Guzzle | guzzlehttp/guzzle %s, guzzlehttp/promises %s, guzzlehttp/psr7 %s |
| server | the sandbox (`tests/utils/server.inc`) over HTTPS on 127.0.0.1, one process, same keys for both clients |

%s
%s
## What each row is
- **a** One client, one process, %d calls in a row after %d warm-up calls (connection open, caches full);
  CPU is `getrusage` user + system of the client process over the loop (system = the kernel's share: sockets,
  polling); best of %d rounds, clients alternating (other work on the machine only ever adds time). The call:
  `\$instance->chain('v3/payscore/serviceorder/{out_order_no}/pay')->post(['out_order_no' => .., 'json' => [appid,
  service_id]])`, the answer decoded to an array (`toArray()` / `json_decode(getBody())`); the
  query row is `GET v3/payscore/serviceorder?service_id&appid&out_order_no`.
- **a (instructions)** The POST call under `valgrind --tool=callgrind`: total instructions of a worker making %d
  calls minus one making %d, per call; the floor likewise from `floor` (per sign + verify). User space only (the
  kernel's share is in the CPU rows) and unmoved by other work on the machine; but instructions are not time:
  cache misses are not counted, and under valgrind OpenSSL runs without its AVX-512 code.
- **b** `bench/floor.c`: one RSA-2048 SHA-256 PKCS#1 v1.5 sign with the merchant key and one verify with the
  platform key per iteration, each through a fresh `EVP_MD_CTX` as the extension does; %d iterations,
  measured before every round of a, best of them.
  "Above the floor" is a's CPU per call minus this: the work a client adds to the crypto every call must do.
- **c** `php-cgi -q -T N bench/fresh.php`: one long-lived process serving N requests, each building a new
  client and making one call, like an FPM worker (php-cgi's own ini, opcache on); CPU per request is
  (CPU of N=%d − CPU of N=%d) / %d, taken from `RUSAGE_CHILDREN`, so process start-up drops out; best of as
  many rounds as a.
- **d** `memory_get_peak_usage()` above `memory_get_usage()` around one warm call (`memory_reset_peak_usage()`
  first; median of 20), the same around the first call including building the client and autoloading, and
  `ru_maxrss` of the warm process. PHP's figures do not count memory that C libraries (libcurl, OpenSSL) take
  with malloc, for either client; RSS does.
- **e** %d `postAsync` calls started at once, each answered after %d ms by the server (`Wechatpay-Sandbox-Fault:
  delay=%d`), then all awaited (`Promise::all(..)->wait()` / `GuzzleHttp\Promise\Utils::all(..)->wait()`), twice in
  one process; best of %d runs. The single-process PHP server signs every answer, so it bounds both.
- **f** `hyperfine -N`, %d runs: `php -n -d extension=… bench/start.php` (no php.ini, so no opcache, only the
  extensions the client needs: wxpayscore.so, or curl for Guzzle), process start to the first answered call,
  median wall time and mean user + system CPU. The reference rows are PHP starting and stopping with the same
  extensions and no script: the part of the figure no client can remove. The wait for the first answer of a new
  TLS connection to the test server is also common to both.

MD;
$md = sprintf(
    $md,
    date('Y-m-d H:i:s T'),
    trim($model[1] ?? php_uname('m')),
    (int) trim((string) shell_exec('nproc')),
    php_uname('r'),
    $loadStart,
    $loadEnd,
    PHP_VERSION,
    $curl['version'],
    $curl['ssl_version'],
    OPENSSL_VERSION_TEXT,
    $floorOpenssl,
    $oursVersion,
    $commit ?: 'unknown',
    substr(hash_file('sha256', $so), 0, 12),
    $sdkName,
    $sdkReal ? "wechatpay/wechatpay {$packages['wechatpay/wechatpay']}" : 'model 1.4.0 (`bench/sdk-model`), see below',
    $packages['guzzlehttp/guzzle'] ?? '?',
    $packages['guzzlehttp/promises'] ?? '?',
    $packages['guzzlehttp/psr7'] ?? '?',
    $table,
    $sdkNote . $oursAsyncNote,
    $plan['warm'], $plan['warmup'], $plan['rounds'],
    $plan['callgrind'][1] ?? 0, $plan['callgrind'][0] ?? 0,
    $plan['floor'],
    $n2, $n1, $n2 - $n1,
    $plan['async'], $delayMs, $delayMs, $plan['async_runs'],
    $plan['starts'],
);
$target = $quick ? "$bench/build/RESULTS.quick.md" : "$bench/RESULTS.md";
file_put_contents($target, $md);
say('wrote ' . substr($target, strlen(dirname($bench)) + 1));
