--TEST--
Async: 50 postAsync calls to an answer delayed 1 s are all in flight at once, as the server saw them
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server, ['concurrency' => 50])->v3->payscore->serviceorder->_out_order_no_->pay;
$promises = [];
for ($i = 0; $i < 50; $i++) {
    $promises["order-$i"] = $pay->postAsync([
        'out_order_no' => "O$i",
        'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'delay=1000'],
    ]);
}
$responses = WxPayScore\Promise::all($promises)->wait();
echo count($responses), ' ', array_key_first($responses), ' ', $responses['order-49']['out_order_no'], "\n";

// The server received every request before it answered the first one.
$log = wxps_test_requests($server);
$lastReceived = max(array_column($log, 'received_at'));
$firstAnswered = min(array_column($log, 'answered_at'));
var_dump(count($log), $lastReceived < $firstAnswered);
?>
--EXPECT--
50 order-0 O49
int(50)
bool(true)
