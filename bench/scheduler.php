<?php

declare(strict_types=1);

/*
 * The scheduler benchmark (not a test; run.sh appends it to RESULTS.md): is the async scheduler linear?
 * Client CPU per call of a batch of 1 000 async calls against one of 10 000, each batch made at
 * once by one client (concurrency 32, the default) against the sandbox over HTTP on 127.0.0.1,
 * answered without delay. Each batch runs in a process of its own (bench/batch.php), after a
 * warm-up batch; the figure is the best of the rounds, sizes alternating (other work on the
 * machine only ever adds time). A linear scheduler costs the same per call at both sizes: the
 * target is 10 000 ÷ 1 000 ≤ 1.20.
 *   php bench/scheduler.php [--rounds=N] [--so=PATH]    (default: 3 rounds, modules/wxpayscore.so)
 */

require dirname(__DIR__) . '/tests/utils/server.inc';
require __DIR__ . '/lib.php';

$options = getopt('', ['rounds:', 'so:']);
$rounds = max(1, (int) ($options['rounds'] ?? 3));
$so = $options['so'] ?? dirname(__DIR__) . '/modules/wxpayscore.so';
$sizes = [1000, 10000];
if (!is_file($so)) {
    fwrite(STDERR, "missing $so: build the extension first (scripts/test.sh builds it)\n");
    exit(1);
}
// A copy, so that a rebuild in the tree during the run cannot swap the module between rounds.
$copy = tempnam(sys_get_temp_dir(), 'wxps-bench-') . '.so';
copy($so, $copy);
register_shutdown_function('unlink', $copy);

$server = wxps_test_server();
wxb_export_server($server);

/** One batch in a process of its own: its JSON line. */
function batch(string $so, int $count): array
{
    $command = [PHP_BINARY, '-d', "extension=$so", __DIR__ . '/batch.php', (string) $count];
    $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    if (proc_close($process) !== 0) {
        throw new RuntimeException("batch of $count failed:\n$out$err");
    }
    return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
}

$loadavg = static fn () => implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3));
$loadStart = $loadavg();
$runs = [];
for ($round = 0; $round < $rounds; $round++) {
    foreach ($round % 2 ? array_reverse($sizes) : $sizes as $count) {
        fwrite(STDERR, "[bench] scheduler: $count calls, round " . ($round + 1) . "\n");
        $runs[$count][] = batch($copy, $count);
    }
}

$best = [];
foreach ($sizes as $count) {
    usort($runs[$count], static fn ($a, $b) => $a['cpu_us'] <=> $b['cpu_us']);
    $best[$count] = $runs[$count][0];
}
$perCall = static fn (int $count) => $best[$count]['cpu_us'] / $count;
$fmt = static fn (float $v, int $dec = 0) => number_format($v, $dec, '.', ' ');
printf("module %s (sha256 %s…), %d rounds, load average %s at the start, %s at the end\n\n",
    $so, substr(hash_file('sha256', $copy), 0, 12), $rounds, $loadStart, $loadavg());
echo "| async calls in one batch | client CPU µs/call | wall ms | calls/s (wall) | peak PHP memory, bytes/call |\n";
echo "|---|---:|---:|---:|---:|\n";
foreach ($sizes as $count) {
    printf("| %s | %s | %s | %s | %s |\n", $fmt($count), $fmt($perCall($count)), $fmt($best[$count]['wall_ms']),
        $fmt($count / $best[$count]['wall_ms'] * 1000), $fmt($best[$count]['peak_bytes'] / $count));
}
printf("\n10 000 ÷ 1 000, CPU per call: %.2f× (target ≤ 1.20×)\n", $perCall(10000) / $perCall(1000));
