--TEST--
Async: one failing call rejects only its own promise; wait() throws its reason; unwrap=false does not
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$query = ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'X'];
$ok1 = $node->getAsync(['query' => $query]);
$bad = $node->getAsync(['query' => $query, 'headers' => ['Wechatpay-Sandbox-Fault' => 'status=500']]);
$ok2 = $node->getAsync(['query' => $query]);
$forged = $node->getAsync(['query' => $query, 'headers' => ['Wechatpay-Sandbox-Fault' => 'bad-signature']]);
echo $ok1->getState(), "\n";

try {
    $bad->wait();
} catch (WxPayScore\Exception\ServerException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' ', $e->getResponse()->getStatusCode(), "\n";
}
var_dump($bad->wait(false));
WxPayScore\Promise::settle([$ok1, $ok2])->wait();
echo $ok1->getState(), ' ', $bad->getState(), ' ', $ok2->getState(), "\n";
echo $ok2->wait()['out_order_no'], "\n";
try {
    $forged->wait();
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' ', $e->getResponse()['out_order_no'], "\n";
}
// A transfer failure, and an option error (thrown at once: nothing is sent).
$dropped = $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'drop']]);
try {
    $dropped->wait();
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), "\n";
}
try {
    $node->getAsync(['query' => 5]);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
pending
WxPayScore\Exception\ServerException SYSTEM_ERROR 500
NULL
fulfilled rejected fulfilled
X
WxPayScore\Exception\RequestException: GET /v3/payscore/serviceorder?service_id=1&appid=wx1&out_order_no=X: answer signature does not verify X
WxPayScore\Exception\TransferException
WxPayScore\Exception\InvalidArgumentException: "query" must be an array or a string, int given
