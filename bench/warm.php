<?php

declare(strict_types=1);

/*
 * (a) + (d): one client making CALLS calls in a row, after WARMUP calls that open the
 * connection and fill every cache. Prints one JSON line.
 *   php warm.php ours|sdk pay|query CALLS [WARMUP]
 */

require __DIR__ . '/lib.php';

[, $kind, $call, $calls] = $argv + [null, null, null, null];
$calls = (int) $calls;
$warmup = (int) ($argv[4] ?? 20);
wxb_autoload($kind);

// The first call, the client built from nothing: what a fresh request pays in PHP memory.
memory_reset_peak_usage();
$base = memory_get_usage();
$client = wxb_client($kind);
wxb_call($client, $kind, $call);
$firstPeak = memory_get_peak_usage() - $base;

for ($i = 1; $i < $warmup; $i++) {
    wxb_call($client, $kind, $call);
}

// Peak PHP memory of one warm call, above what the process holds between calls.
$peaks = [];
for ($i = 0; $i < 20; $i++) {
    memory_reset_peak_usage();
    $base = memory_get_usage();
    wxb_call($client, $kind, $call);
    $peaks[] = memory_get_peak_usage() - $base;
}
sort($peaks);
$rssBefore = getrusage()['ru_maxrss'];

$cpu = wxb_cpu_us();
$sys = wxb_sys_us();
$wall = hrtime(true);
for ($i = 0; $i < $calls; $i++) {
    wxb_call($client, $kind, $call);
}
$wall = (hrtime(true) - $wall) / 1e3;
$cpu = wxb_cpu_us() - $cpu;
$sys = wxb_sys_us() - $sys;

echo json_encode([
    'calls' => $calls,
    'cpu_us' => $cpu / $calls,
    'sys_us' => $sys / $calls,
    'wall_us' => $wall / $calls,
    'calls_per_s' => $calls / ($wall / 1e6),
    'peak_call_bytes' => $peaks[intdiv(count($peaks), 2)],
    'peak_first_bytes' => $firstPeak,
    'maxrss_kb' => getrusage()['ru_maxrss'],
    'rss_growth_kb' => getrusage()['ru_maxrss'] - $rssBefore,
]), "\n";
