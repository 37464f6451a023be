--TEST--
Responses: an HTTP/1.0 answer without Content-Length or keep-alive works; the next call opens a new connection
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$options = fn($no, $fault = '') => ['out_order_no' => $no, 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    'headers' => ['Wechatpay-Sandbox-Fault' => $fault]];
// The body ends where the connection does; it is still verified.
$r = $pay->post($options('P1', 'http10'));
echo $r->getProtocolVersion(), ' ', $r->getStatusCode(), ' ', $r->getReasonPhrase(), ' ', $r['out_order_no'], ' ', $r->getHeaderLine('Connection'), "\n";
var_dump($r->hasHeader('Content-Length'));
echo $pay->postAsync($options('P2', 'http10'))->wait()->getProtocolVersion(), "\n";
try {
    $pay->post($options('P3', 'http10,bad-signature'));
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ' ', $e->getResponse()->getProtocolVersion(), "\n";
}
echo $pay->post($options('P4'))->getProtocolVersion(), "\n";
echo implode(' ', array_column(wxps_test_requests($server), 'conn')), "\n";
?>
--EXPECT--
1.0 200 OK P1 close
bool(false)
1.0
WxPayScore\Exception\RequestException 1.0
1.1
1 2 3 4
