--TEST--
Hostile options: a path too long to send is refused before sending; a long URL never makes a long message
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];
// libcurl refuses request heads over 1 MiB ("Out of memory") and URLs over 8 MB ("No URL set").
foreach (['1 MiB' => 1 << 20, '8 MiB' => 8 << 20] as $what => $size) {
    try {
        $pay->post(['out_order_no' => str_repeat('z', $size), 'json' => $json]);
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        $message = strlen($e->getMessage()) < 1024 ? $e->getMessage() : '(a message of ' . strlen($e->getMessage()) . ' bytes)';
        echo "$what: ", get_class($e), ': ', $message, "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";
// A long path that is sent and then dropped: the message names the call, not 200 KiB of it.
try {
    $pay->post(['out_order_no' => str_repeat('z', 200 << 10), 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'drop']]);
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), ' ', strlen($e->getMessage()) < 1024 ? 'short' : strlen($e->getMessage()) . ' bytes', "\n";
}
?>
--EXPECTF--
1 MiB: WxPayScore\Exception\InvalidArgumentException: path and query are %d bytes long; at most %d can be sent
8 MiB: WxPayScore\Exception\InvalidArgumentException: path and query are %d bytes long; at most %d can be sent
0
WxPayScore\Exception\TransferException short
