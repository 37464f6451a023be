--TEST--
Errors: 4xx answers throw ClientException, 5xx ServerException, each carrying WeChat Pay's code
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$calls = [
    'missing field' => fn() => $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'E1', 'json' => ['appid' => 'wx1']]),
    'unknown path' => fn() => $instance->v3->payscore->nothing->get(),
    '429' => fn() => $instance->v3->payscore->serviceorder->get(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=429']]),
    '500' => fn() => $instance->v3->payscore->serviceorder->get(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=500']]),
    '503' => fn() => $instance->v3->payscore->serviceorder->get(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=503']]),
    'wrong merchant key' => fn() => wxps_test_client($server, ['privateKey' => 'file://' . $server['keys']['other_key']])->v3->payscore->serviceorder->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => '1']]),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        echo "$what: ", get_class($e), ' ', $e->getCode(), ' ', $e->getErrorCode(), "\n  ", $e->getMessage(), "\n";
        var_dump($e->getResponse()->getStatusCode() === $e->getCode(), $e->getResponse()['code'] === $e->getErrorCode());
    }
}
?>
--EXPECTF--
missing field: WxPayScore\Exception\ClientException 400 PARAM_ERROR
  POST /v3/payscore/serviceorder/E1/pay answered 400: PARAM_ERROR %s
bool(true)
bool(true)
unknown path: WxPayScore\Exception\ClientException 404 NOT_FOUND
  GET /v3/payscore/nothing answered 404: NOT_FOUND %s
bool(true)
bool(true)
429: WxPayScore\Exception\ClientException 429 FREQUENCY_LIMITED
  GET /v3/payscore/serviceorder answered 429: FREQUENCY_LIMITED %s
bool(true)
bool(true)
500: WxPayScore\Exception\ServerException 500 SYSTEM_ERROR
  GET /v3/payscore/serviceorder answered 500: SYSTEM_ERROR %s
bool(true)
bool(true)
503: WxPayScore\Exception\ServerException 503 SYSTEM_ERROR
  GET /v3/payscore/serviceorder answered 503: SYSTEM_ERROR %s
bool(true)
bool(true)
wrong merchant key: WxPayScore\Exception\ClientException 401 SIGN_ERROR
  GET /v3/payscore/serviceorder?service_id=1&appid=wx1&out_order_no=1 answered 401: SIGN_ERROR %s
bool(true)
bool(true)
