--TEST--
Transfer: refused connection, dropped connection and timeout throw TransferException
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$calls = [
    'refused' => fn() => wxps_test_client($server, ['base_uri' => "http://127.0.0.1:$port/"])->v3->payscore->serviceorder->get(),
    'dropped' => fn() => $instance->v3->payscore->serviceorder->get(['headers' => ['Wechatpay-Sandbox-Fault' => 'drop']]),
    'timeout' => fn() => $instance->v3->payscore->serviceorder->get(['timeout' => 0.2, 'headers' => ['Wechatpay-Sandbox-Fault' => 'delay=2000']]),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\TransferException $e) {
        echo "$what: ", get_class($e), "\n  ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
refused: WxPayScore\Exception\TransferException
  GET http://127.0.0.1:%d/v3/payscore/serviceorder: %sonnect%s
dropped: WxPayScore\Exception\TransferException
  GET http://127.0.0.1:%d/v3/payscore/serviceorder: Empty reply from server (curl error 52)
timeout: WxPayScore\Exception\TransferException
  GET http://127.0.0.1:%d/v3/payscore/serviceorder: Operation timed out after %d milliseconds with 0 bytes received (curl error 28)
