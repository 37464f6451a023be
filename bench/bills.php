<?php

declare(strict_types=1);

/*
 * Bill downloads and memory: a bill of --size bytes (default 100 MiB) downloaded from the sandbox
 * with downloadBill(), plain, GZIP and Pay Score's encrypted GZIP, each to a file. Prints the peak
 * PHP memory and the RSS growth (VmHWM, the process's peak resident set) each download added.
 *
 *   php -d extension=modules/wxpayscore.so bench/bills.php [--size=BYTES]
 */

require __DIR__ . '/../tests/utils/server.inc';

function wxb_status_kib(string $field): int
{
    preg_match("/^$field:\\s+(\\d+) kB/m", (string) file_get_contents('/proc/self/status'), $m);
    return (int) ($m[1] ?? 0);
}

$size = (int) (getopt('', ['size:'])['size'] ?? 100 << 20);
$server = wxps_test_server(['tls' => true]);
$client = wxps_test_client($server, ['timeout' => 300]);
$dir = sys_get_temp_dir() . '/wxps-bench-bills-' . getmypid();
mkdir($dir);
$apply = function (string $kind, int $size) use ($client): array {
    $query = ['bill_date' => '2026-11-29', 'tar_type' => 'GZIP', 'sandbox_size' => $size];
    if ($kind !== 'payscore') {
        if ($kind === 'plain') {
            unset($query['tar_type']);
        }
        return $client['v3/bill/tradebill']->get(['query' => $query])->toArray();
    }
    $query += ['encryption_algorithm' => 'AEAD_AES_256_GCM', 'service_id' => '2002000000000558128851361561536'];
    return $client['v3/payscore/merchant-bill']->get(['query' => $query])['download_bill_list'][0];
};

// Warm up: one small download of each kind, so libraries, TLS and buffers are in place.
foreach (['plain', 'gzip', 'payscore'] as $kind) {
    $client->downloadBill($apply($kind, 1000), "$dir/warm.csv");
}
printf("bill size %d bytes (%.1f MiB)\n", $size, $size / 1048576);
printf("%-28s %10s %14s %14s %14s %10s\n", 'kind', 'bytes', 'PHP peak +B', 'PHP real +KiB', 'RSS peak +KiB', 'wall s');
foreach (['plain' => 'trade bill, plain', 'gzip' => 'trade bill, GZIP', 'payscore' => 'Pay Score, encrypted GZIP'] as $kind => $label) {
    $bill = $apply($kind, $size);
    gc_collect_cycles();
    memory_reset_peak_usage();
    $php0 = memory_get_usage();
    $real0 = memory_get_peak_usage(true);
    $hwm0 = wxb_status_kib('VmHWM');
    $t0 = microtime(true);
    $got = $client->downloadBill($bill, "$dir/bill.csv");
    $wall = microtime(true) - $t0;
    printf("%-28s %10d %14d %14d %14d %10.2f\n", $label, $got['bytes'], memory_get_peak_usage() - $php0,
        (memory_get_peak_usage(true) - $real0) >> 10, wxb_status_kib('VmHWM') - $hwm0, $wall);
    if (filesize("$dir/bill.csv") !== $size) {
        fwrite(STDERR, "wrong size\n");
        exit(1);
    }
    unlink("$dir/bill.csv");
}
printf("RSS now %d KiB, peak %d KiB\n", wxb_status_kib('VmRSS'), wxb_status_kib('VmHWM'));
@unlink("$dir/warm.csv");
rmdir($dir);
