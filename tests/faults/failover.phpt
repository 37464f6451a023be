--TEST--
Failover: a call whose connection to base_uri cannot be made goes to backup_uri; a sent call never does
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$primary = wxps_test_server();
$backup = wxps_test_server();
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$json = ['appid' => 'wx1', 'service_id' => '1'];

// The primary's port is closed: the call is answered by the backup, sync and async.
$down = wxps_test_client($backup, ['base_uri' => "http://127.0.0.1:$port/", 'backup_uri' => $backup['base_uri']]);
echo $down->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'F1', 'json' => $json])['out_order_no'], "\n";
echo $down->v3->payscore->serviceorder->_out_order_no_->pay->postAsync(['out_order_no' => 'F2', 'json' => $json])->wait()['out_order_no'], "\n";
echo count(wxps_test_requests($backup)), "\n";

// The primary took the request and dropped it: the backup never sees it.
$up = wxps_test_client($primary, ['backup_uri' => $backup['base_uri']]);
try {
    $up->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'F3', 'json' => $json,
        'headers' => ['Wechatpay-Sandbox-Fault' => 'drop']]);
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), "\n";
}
echo count(wxps_test_requests($primary)), ' ', count(wxps_test_requests($backup)), "\n";

// Both down: the error names the backup it tried last.
try {
    wxps_test_client($backup, ['base_uri' => "http://127.0.0.1:$port/", 'backup_uri' => "http://127.0.0.1:$port/"])->v3->payscore->serviceorder->get();
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), "\n";
}
try {
    wxps_test_client($backup, ['backup_uri' => 'http://127.0.0.1:1/other/']);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
F1
F2
2
WxPayScore\Exception\TransferException
1 2
WxPayScore\Exception\TransferException
config "backup_uri" must have the same path as "base_uri" ("/")
