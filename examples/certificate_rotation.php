<?php
/*
 * Platform certificates that look after themselves, against the local sandbox: a client with no
 * platform key at all (mchid, serial, privateKey and apiv3Key only) downloads WeChat Pay's
 * platform certificates on its first call, keeps using them, and when WeChat Pay rotates to a
 * new certificate mid-run, downloads once more and carries on: no error, no cron job.
 *
 * Run it with scripts/demo.sh --rotation, or:
 *   php -d extension=modules/wxpayscore.so examples/certificate_rotation.php
 * $WXPS_SANDBOX_KEYS picks the sandbox's key directory (made on first use).
 */
declare(strict_types=1);

if (!extension_loaded('wxpayscore')) {
    fwrite(STDERR, "load the extension: php -d extension=modules/wxpayscore.so examples/certificate_rotation.php\n");
    exit(1);
}

require_once __DIR__ . '/../sandbox/lib/keys.php';

$keysDir = getenv('WXPS_SANDBOX_KEYS') ?: sys_get_temp_dir() . '/wxpayscore-sandbox-keys';
$keys = wxps_server_keys($keysDir);
$work = sys_get_temp_dir() . '/wxpayscore-rotation-' . getmypid();
@mkdir($work, 0700, true);

// The sandbox in platform-certificate mode, over HTTPS with its own CA; lenient, since the
// calls below ask to collect orders that were never created.
$sandbox = proc_open([PHP_BINARY, __DIR__ . '/../sandbox/sandbox.php', '--tls', '--listen=127.0.0.1:0',
    "--keys=$keysDir", "--port-file=$work/port", "--log=$work/requests.log", '--serial-mode=cert', '--lenient', '--exit-with-parent'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$work/sandbox.log", 'w'], 2 => ['file', "$work/sandbox.log", 'a']], $pipes);
register_shutdown_function(function () use ($sandbox, $work) {
    proc_terminate($sandbox);
    proc_close($sandbox);
    array_map('unlink', glob("$work/*"));
    @rmdir($work);
});
for ($deadline = microtime(true) + 10; !is_file("$work/port") && microtime(true) < $deadline; usleep(20000)) {
}
$base = 'https://127.0.0.1:' . (int) file_get_contents("$work/port") . '/';

$instance = new WxPayScore\Client([
    'mchid' => $keys['mchid'],
    'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_key'],
    'apiv3Key' => trim(file_get_contents($keys['apiv3_key'])),   // no 'certs': they are downloaded
    'base_uri' => $base,
    'verify' => $keys['ca'],
]);

$downloads = fn() => substr_count((string) @file_get_contents("$work/requests.log"), '"target":"/v3/certificates"');
$pay = function (string $no) use ($instance, $downloads) {
    $r = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => $no,
        'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
    ]);
    printf("    POST .../%s/pay  ← %d, signed by %s  (certificate downloads so far: %d)\n", $no, $r->getStatusCode(),
        $r->getHeaderLine('Wechatpay-Serial'), $downloads());
};
$control = function (string $method, string $path) use ($base, $keys): array {
    $context = stream_context_create(['http' => ['method' => $method, 'ignore_errors' => true],
        'ssl' => ['cafile' => $keys['ca'], 'peer_name' => '127.0.0.1']]);
    return json_decode((string) file_get_contents(rtrim($base, '/') . $path, false, $context), true);
};

echo "[1] 首次调用，下载平台证书  first calls: the platform certificates are downloaded once\n";
$pay('ROTATE-1');
$pay('ROTATE-2');
foreach ($instance->certificates() as $serial => $row) {
    echo "    trusted: $serial ({$row['source']}, until {$row['expire_time']})\n";
}

echo "[2] 微信支付轮换平台证书  WeChat Pay rotates its platform certificate\n";
sleep(5); // one merchant's downloads are at least 5 s apart
$rotated = $control('POST', '/_sandbox/certificates/rotate');
echo "    new certificate {$rotated['serial_no']} signs from now on; {$rotated['previous']} stays listed\n";

echo "[3] 继续调用，无需任何操作  calls go on: one more download, no error\n";
$pay('ROTATE-3');
$pay('ROTATE-4');
foreach ($instance->certificates() as $serial => $row) {
    echo "    trusted: $serial ({$row['source']}, until {$row['expire_time']})\n";
}
printf("done: %d certificate downloads in all\n", $downloads());
