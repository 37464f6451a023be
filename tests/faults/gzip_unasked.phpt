--TEST--
Responses: a gzip answer the client never asked for fails verification, with the compressed bytes reachable
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
// The sandbox signs the JSON, then compresses it, as a proxy in the way would.
try {
    $pay->post(['out_order_no' => 'Z1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
        'headers' => ['Wechatpay-Sandbox-Fault' => 'gzip']]);
    echo "no exception\n";
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    $r = $e->getResponse();
    $raw = (string) $r->getBody();
    // The bytes are as they came: not decompressed, so what was verified is what is kept.
    echo $r->getStatusCode(), ' ', $r->getHeaderLine('Content-Encoding'), ' ', bin2hex(substr($raw, 0, 2)), ' ', json_decode(gzdecode($raw), true)['out_order_no'], "\n";
    try {
        $r->toArray();
    } catch (WxPayScore\Exception\UnexpectedValueException $u) {
        echo get_class($u), "\n";
    }
}
// Nothing asked for it: the request carried no Accept-Encoding.
var_dump(array_key_exists('accept-encoding', wxps_test_requests($server)[0]['headers']));
?>
--EXPECT--
WxPayScore\Exception\RequestException: POST /v3/payscore/serviceorder/Z1/pay: answer signature does not verify
200 gzip 1f8b Z1
WxPayScore\Exception\UnexpectedValueException
bool(false)
