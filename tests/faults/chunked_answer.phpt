--TEST--
Responses: a chunked answer (uneven chunks, an extension, a trailer) is read whole and verifies, sync and async
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$options = fn($no, $fault) => ['out_order_no' => $no, 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    'headers' => ['Wechatpay-Sandbox-Fault' => $fault]];
$r = $pay->post($options('K1', 'chunked'));
echo $r->getStatusCode(), ' ', $r['out_order_no'], ' ', $r->getHeaderLine('Transfer-Encoding'), ' ', var_export($r->hasHeader('Content-Length'), true), "\n";
// A body of many chunks; the signature covers the reassembled bytes.
$r = $pay->postAsync($options('K2', 'chunked,pad=100000'))->wait();
echo $r['out_order_no'], ' ', strlen((string) $r->getBody()), ' ', var_export(strspn($r['sandbox_padding'], 'p') > 99000, true), "\n";
// A chunked answer with a bad signature is still refused.
try {
    $pay->post($options('K3', 'chunked,bad-signature'));
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' ', $e->getResponse()['out_order_no'], "\n";
}
// The connection is kept after each chunked answer.
echo implode(' ', array_column(wxps_test_requests($server), 'conn')), "\n";
?>
--EXPECT--
200 K1 chunked false
K2 100000 true
WxPayScore\Exception\RequestException: POST /v3/payscore/serviceorder/K3/pay: answer signature does not verify K3
1 1 1
