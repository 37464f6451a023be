--TEST--
Verification: each bad answer throws RequestException, and the answer stays reachable
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
foreach (['bad-signature', 'unknown-serial', 'stale-timestamp', 'no-signature'] as $fault) {
    try {
        $pay->post([
            'out_order_no' => 'V1',
            'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
            'headers' => ['Wechatpay-Sandbox-Fault' => $fault],
        ]);
        echo "$fault: accepted\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        echo "$fault: ", get_class($e), "\n  ", $e->getMessage(), "\n";
        $r = $e->getResponse();
        echo '  ', $e->getMethod(), ' ', parse_url($e->getUri(), PHP_URL_PATH), ' ', var_export($e->hasResponse(), true), ' ', $r->getStatusCode(), ' ', $r['out_order_no'], ' ', $e->getCode(), "\n";
        var_dump($e instanceof WxPayScore\Exception\WxPayScoreException, $e->getErrorCode());
    }
}
?>
--EXPECTF--
bad-signature: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/V1/pay: answer signature does not verify
  POST /v3/payscore/serviceorder/V1/pay true 200 V1 200
bool(true)
NULL
unknown-serial: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/V1/pay: answer is signed with serial "PUB_KEY_ID_0114232134912410000000000000000002", which is not in config "certs"
  POST /v3/payscore/serviceorder/V1/pay true 200 V1 200
bool(true)
NULL
stale-timestamp: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/V1/pay: answer timestamp is %r(599|60\d)%r s off the local clock (limit 300 s)
  POST /v3/payscore/serviceorder/V1/pay true 200 V1 200
bool(true)
NULL
no-signature: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/V1/pay: answer has no Wechatpay-Serial header
  POST /v3/payscore/serviceorder/V1/pay true 200 V1 200
bool(true)
NULL
