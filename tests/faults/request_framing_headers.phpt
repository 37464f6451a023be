--TEST--
Hostile options: headers that frame the request (Content-Length, Transfer-Encoding, Host) are refused; nothing is sent
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$json = ['appid' => 'wx1', 'service_id' => '1'];
// A Content-Length other than the body's splits the request in two on a kept connection: the
// rest of the body is read as a second request, and its answer goes to whichever call comes next.
$calls = [
    'Content-Length on a POST' => fn() => $node->_out_order_no_->pay->post(['out_order_no' => 'F1', 'json' => $json, 'headers' => ['Content-Length' => '0']]),
    'content-length on a GET' => fn() => $node->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'F1'], 'headers' => ['content-length' => '100']]),
    'Transfer-Encoding' => fn() => $node->_out_order_no_->pay->post(['out_order_no' => 'F1', 'json' => $json, 'headers' => ['Transfer-Encoding' => 'gzip']]),
    'Host' => fn() => $node->_out_order_no_->pay->post(['out_order_no' => 'F1', 'json' => $json, 'headers' => ['HOST' => 'api.mch.weixin.qq.com']]),
    'config Content-Length' => fn() => wxps_test_client($server, ['headers' => ['Content-Length' => '0']]),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        echo "$what: ", $e instanceof WxPayScore\Exception\InvalidArgumentException ? '' : get_class($e) . ': ', $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";
// The next call gets its own answer.
echo $node->_out_order_no_->pay->post(['out_order_no' => 'F2', 'json' => $json])['out_order_no'], "\n";
?>
--EXPECT--
Content-Length on a POST: "headers": header "Content-Length" is set by the client itself
content-length on a GET: "headers": header "content-length" is set by the client itself
Transfer-Encoding: "headers": header "Transfer-Encoding" is set by the client itself
Host: "headers": header "HOST" is set by the client itself
config Content-Length: "headers": header "Content-Length" is set by the client itself
0
F2
