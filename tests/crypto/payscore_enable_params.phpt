--TEST--
Client::payScoreEnableParams(): the authorization page (wxpayScoreEnable) parameters, signed by the APIv2 rule
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline(), ['secret' => WXPS_PAGES_SECRET]));

$page = $instance->payScoreEnableParams(['service_id' => '500001', 'out_request_no' => 'AUTH-1 中', 'appid' => 'ignored']);
wxps_pages_show($page);
var_dump($page['extraData']['out_request_no'], $page['extraData']['mch_id'] === wxps_test_keys()['mchid']);

// The caller's mch_id, timestamp and nonce_str are kept, and the sign follows them.
$page = $instance->payScoreEnableParams(['mch_id' => '1230000109', 'service_id' => 500001, 'out_request_no' => 'AUTH-2',
    'timestamp' => '1530097563', 'nonce_str' => 'zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2']);
echo $page['extraData']['sign'] === wxps_pages_sign($page['extraData']) ? 'sign matches' : 'SIGN DIFFERS', ' ',
    $page['extraData']['timestamp'], ' ', $page['extraData']['service_id'], "\n";

foreach ([
    'no out_request_no' => fn() => $instance->payScoreEnableParams(['service_id' => '500001']),
    'array out_request_no' => fn() => $instance->payScoreEnableParams(['service_id' => '500001', 'out_request_no' => []]),
    'no secret' => fn() => (new WxPayScore\Client(wxps_test_config(wxps_test_offline())))->payScoreEnableParams(['service_id' => '1', 'out_request_no' => '2']),
] as $what => $call) {
    try {
        $call();
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
wxpayScoreEnable: mch_id,service_id,out_request_no,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
string(10) "AUTH-1 中"
bool(true)
sign matches 1530097563 500001
no out_request_no: "out_request_no" is required
array out_request_no: "out_request_no" must be a string or an int, array given
no secret: config "secret" (the APIv2 key) is required to sign Pay Score page parameters
