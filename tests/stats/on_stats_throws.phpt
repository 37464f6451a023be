--TEST--
on_stats: an exception thrown by the hook surfaces after the call has settled and never loses the call's own outcome
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['on_stats' => function (array $s) {
    throw new LogicException("hook failed for status {$s['status']}");
}]);
$pay = $instance->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];

// A call that succeeded: the hook's exception is what the caller sees; the call was made once.
try {
    $pay->post(['out_order_no' => 'HT-1', 'json' => $json]);
} catch (LogicException $e) {
    echo 'sync success: ', $e->getMessage(), "\n";
}
// A call that failed: its own exception is thrown, the hook's is its previous.
try {
    $pay->post(['out_order_no' => 'HT-2', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'status=500']]);
} catch (WxPayScore\Exception\ServerException $e) {
    echo 'sync failure: ', get_class($e), ' ', $e->getResponse()->getStatusCode(), ', previous: ', $e->getPrevious()?->getMessage(), "\n";
}
// Async: the promise keeps the call's result; the hook's exception comes out of wait().
$promise = $pay->postAsync(['out_order_no' => 'HT-3', 'json' => $json]);
try {
    $promise->wait();
} catch (LogicException $e) {
    echo 'async success: ', $e->getMessage(), ', promise ', $promise->getState(), "\n";
}
echo '  result kept: ', $promise->wait()['out_order_no'], "\n";
$failing = $pay->postAsync(['out_order_no' => 'HT-4', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'status=404']]);
try {
    $failing->wait();
} catch (WxPayScore\Exception\ClientException $e) {
    echo 'async failure: ', get_class($e), ', previous: ', $e->getPrevious()?->getMessage(), ', promise ', $failing->getState(), "\n";
}
// Several calls finishing together: each is settled, each hook failure surfaces from a wait().
$many = [];
for ($i = 0; $i < 3; $i++) {
    $many[] = $pay->postAsync(['out_order_no' => "HT-M$i", 'json' => $json]);
}
$thrown = 0;
for ($tries = 0; $tries < 10; $tries++) {
    try {
        WxPayScore\Promise::all($many)->wait();
        break;
    } catch (LogicException $e) {
        $thrown++;
    }
}
echo "batch: $thrown hook failures, states ", implode(',', array_map(fn($p) => $p->getState(), $many)), "\n";
echo count(wxps_test_requests($server)), " requests, each sent once\n";
?>
--EXPECT--
sync success: hook failed for status 200
sync failure: WxPayScore\Exception\ServerException 500, previous: hook failed for status 500
async success: hook failed for status 200, promise fulfilled
  result kept: HT-3
async failure: WxPayScore\Exception\ClientException, previous: hook failed for status 404, promise rejected
batch: 3 hook failures, states fulfilled,fulfilled,fulfilled
7 requests, each sent once
