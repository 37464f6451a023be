--TEST--
Responses: a signed 2xx body that is not a JSON object is returned; reading it as an array throws, the raw bytes stay
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
// Each body is signed correctly, so the call itself succeeds.
foreach (['bad-json', 'bad-utf8', 'deep-json=10000'] as $fault) {
    $r = $pay->post(['out_order_no' => 'J1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
        'headers' => ['Wechatpay-Sandbox-Fault' => $fault]]);
    echo "$fault: ", get_class($r), ' ', $r->getStatusCode(), "\n";
    foreach (['toArray' => fn() => $r->toArray(), 'offsetGet' => fn() => $r['out_order_no'], 'jsonSerialize' => fn() => json_encode($r)] as $how => $read) {
        try {
            $read();
            echo "  $how: no exception\n";
        } catch (WxPayScore\Exception\UnexpectedValueException $e) {
            echo "  $how: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump(isset($r['out_order_no']));
    $raw = (string) $r->getBody();
    echo '  ', strlen($raw), ' ', $fault === 'deep-json=10000' ? md5($raw) === md5(str_repeat('[', 10000) . str_repeat(']', 10000)) : bin2hex($raw), "\n";
}
?>
--EXPECT--
bad-json: WxPayScore\Response 200
  toArray: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  offsetGet: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  jsonSerialize: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
bool(false)
  37 7b2273616e64626f78223a227468697320616e73776572206973206375742073686f727422
bad-utf8: WxPayScore\Response 200
  toArray: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  offsetGet: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  jsonSerialize: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
bool(false)
  29 7b2273616e64626f78223a226e6f74205554462d383a20c32820ff227d
deep-json=10000: WxPayScore\Response 200
  toArray: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  offsetGet: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
  jsonSerialize: WxPayScore\Exception\UnexpectedValueException: answer body is not a JSON object; read it raw with getBody()
bool(false)
  20000 1
