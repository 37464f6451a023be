<?php

declare(strict_types=1);

/*
 * (e): COUNT concurrent calls, each answered after DELAY_MS by the server, started at once and
 * waited for together; ROUNDS batches in one process (the first opens the connections).
 * Prints one JSON line: wall ms and client CPU ms of each batch, or {"na": reason}.
 *   php async.php ours|sdk COUNT DELAY_MS [ROUNDS]
 */

require __DIR__ . '/lib.php';

[, $kind, $count, $delay] = $argv + [null, null, null, null];
$count = (int) $count;
$rounds = (int) ($argv[4] ?? 2);
wxb_autoload($kind);

if ($kind === 'ours' && !wxb_ours_has_async()) {
    echo json_encode(['na' => 'WxPayScore\\Client has no getAsync yet']), "\n";
    exit(0);
}

$client = wxb_client($kind);
$node = $client->chain(wxb_endpoint('pay'));
$headers = ['Wechatpay-Sandbox-Fault' => "delay=$delay"];
$batches = [];
for ($round = 0; $round < $rounds; $round++) {
    $cpu = wxb_cpu_us();
    $wall = hrtime(true);
    $promises = [];
    for ($i = 0; $i < $count; $i++) {
        $promises[] = $node->postAsync(wxb_call_options('pay', $headers));
    }
    $responses = $kind === 'ours'
        ? WxPayScore\Promise::all($promises)->wait()
        : GuzzleHttp\Promise\Utils::all($promises)->wait();
    $wall = (hrtime(true) - $wall) / 1e6;
    $cpu = (wxb_cpu_us() - $cpu) / 1e3;
    foreach ($responses as $response) {
        if ($response->getStatusCode() !== 200) {
            throw new RuntimeException('unexpected status ' . $response->getStatusCode());
        }
    }
    if (count($responses) !== $count) {
        throw new RuntimeException('missing answers');
    }
    $batches[] = ['wall_ms' => $wall, 'cpu_ms' => $cpu];
}
echo json_encode(['batches' => $batches]), "\n";
