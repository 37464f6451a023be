--TEST--
Walk-through (examples/walkthrough.php, what scripts/demo.sh runs): every step succeeds, both notifications are parsed, and nothing it started is left running
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
wxps_test_keys(); // the walk-through takes the shared test keys instead of making its own
$command = [PHP_BINARY, '-d', 'extension=' . realpath(__DIR__ . '/../../modules/wxpayscore.so'), __DIR__ . '/../../examples/walkthrough.php'];
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['WXPS_SANDBOX_KEYS' => wxps_test_keys_dir()] + getenv());
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
echo 'exit ', proc_close($process), $err === '' ? '' : "\n$err", "\n";
preg_match_all('/^\[(\d+)\] (\S+)  /m', $out, $steps);
echo implode(' ', $steps[2]), "\n";
foreach (['event_type=PAYSCORE.USER_CONFIRM', 'event_type=PAYSCORE.USER_PAID', "state='CREATED'", "state_description='MCH_COMPLETE'  total_amount=43600",
    "collection.state='USER_PAID'", '400 INVALID_ORDER_STATE', '← 204 No Content', 'attempts: 500, 204', 'stopped'] as $expected) {
    echo str_contains($out, $expected) ? 'ok' : 'MISSING', " $expected\n";
}
echo substr_count($out, 'verified, decrypted') + substr_count($out, 'verified with openssl'), " notifications verified\n";
preg_match('#^    (https://127\.0\.0\.1:(\d+)/)#m', $out, $sandbox);
preg_match('#→  http://127\.0\.0\.1:(\d+)/#', $out, $receiver);
// Both are gone: nothing listens on their ports any more.
var_dump(@stream_socket_client("tcp://127.0.0.1:$sandbox[2]", $errno, $error, 1) === false);
var_dump(@stream_socket_client("tcp://127.0.0.1:$receiver[1]", $errno, $error, 1) === false);
?>
--EXPECT--
exit 0
启动沙箱 启动通知接收端 创建支付分订单 用户确认订单 查询订单 完结订单 商户发起催收扣款 用户支付 查询订单 同步订单 服务商创建先用后付订单 批量查询 停止
ok event_type=PAYSCORE.USER_CONFIRM
ok event_type=PAYSCORE.USER_PAID
ok state='CREATED'
ok state_description='MCH_COMPLETE'  total_amount=43600
ok collection.state='USER_PAID'
ok 400 INVALID_ORDER_STATE
ok ← 204 No Content
ok attempts: 500, 204
ok stopped
3 notifications verified
bool(true)
bool(true)
