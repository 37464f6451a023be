--TEST--
Certificates: examples/certificate_rotation.php shows a rotation mid-run with two downloads and no error
--EXTENSIONS--
wxpayscore
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
// The PHP that runs the tests (under the sanitizer run, its ASan wrapper), with this environment.
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$command = [$php, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../modules/wxpayscore.so'),
    __DIR__ . '/../../examples/certificate_rotation.php'];
$env = ['WXPS_SANDBOX_KEYS' => wxps_test_keys_dir(), 'TMPDIR' => sys_get_temp_dir()] + getenv();
$proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
echo 'exit ', proc_close($proc), "\n", $err;
echo preg_replace(['/[0-9A-F]{16,40}/', '/until [0-9T:+-]+/'], ['SERIAL', 'until TIME'], $out);
?>
--EXPECT--
exit 0
[1] 首次调用，下载平台证书  first calls: the platform certificates are downloaded once
    POST .../ROTATE-1/pay  ← 200, signed by SERIAL  (certificate downloads so far: 1)
    POST .../ROTATE-2/pay  ← 200, signed by SERIAL  (certificate downloads so far: 1)
    trusted: SERIAL (download, until TIME)
[2] 微信支付轮换平台证书  WeChat Pay rotates its platform certificate
    new certificate SERIAL signs from now on; SERIAL stays listed
[3] 继续调用，无需任何操作  calls go on: one more download, no error
    POST .../ROTATE-3/pay  ← 200, signed by SERIAL  (certificate downloads so far: 2)
    POST .../ROTATE-4/pay  ← 200, signed by SERIAL  (certificate downloads so far: 2)
    trusted: SERIAL (download, until TIME)
    trusted: SERIAL (download, until TIME)
done: 2 certificate downloads in all
