<?php

declare(strict_types=1);

/*
 * The scheduler worker: one client makes COUNT postAsync calls at once (the sandbox answers
 * without delay) and waits for them all, after a warm-up batch that opens the connections and
 * fills every cache. Prints one JSON line: client CPU, wall time and peak PHP memory of the
 * measured batch.
 *   php batch.php COUNT [WARMUP]
 */

require __DIR__ . '/lib.php';

[, $count] = $argv + [null, null];
$count = (int) $count;
$warmup = (int) ($argv[2] ?? 200);
wxb_autoload('ours');

$node = wxb_client('ours')->chain(wxb_endpoint('pay'));
$batch = static function (int $n) use ($node): array {
    $promises = [];
    for ($i = 0; $i < $n; $i++) {
        $promises[] = $node->postAsync(wxb_call_options('pay'));
    }
    return WxPayScore\Promise::all($promises)->wait();
};
$batch($warmup);

memory_reset_peak_usage();
$base = memory_get_usage();
$cpu = wxb_cpu_us();
$wall = hrtime(true);
$responses = $batch($count);
$wall = (hrtime(true) - $wall) / 1e6;
$cpu = wxb_cpu_us() - $cpu;
$peak = memory_get_peak_usage() - $base;
foreach ($responses as $response) {
    if ($response->getStatusCode() !== 200) {
        throw new RuntimeException('unexpected status ' . $response->getStatusCode());
    }
}
if (count($responses) !== $count) {
    throw new RuntimeException('missing answers');
}
echo json_encode(['count' => $count, 'cpu_us' => $cpu, 'wall_ms' => $wall, 'peak_bytes' => $peak]), "\n";
