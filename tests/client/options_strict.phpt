--TEST--
Options are strict: a key that is neither an option nor a path variable throws naming it; Guzzle's options say what to use instead
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$pay = $instance->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];

foreach ([
    'a typo' => ['out_order_no' => 'X1', 'jsn' => $json],
    'a variable the path lacks' => ['out_order_no' => 'X1', 'json' => $json, 'date' => '20180103'],
    'an int key' => ['out_order_no' => 'X1', 'json' => $json, 5 => 'x'],
    'sink' => ['out_order_no' => 'X1', 'sink' => '/tmp/x'],
    'verify' => ['out_order_no' => 'X1', 'verify' => false],
    'http_errors' => ['out_order_no' => 'X1', 'http_errors' => false],
    'debug' => ['out_order_no' => 'X1', 'debug' => true],
    'allow_redirects' => ['out_order_no' => 'X1', 'allow_redirects' => true],
    'form_params' => ['out_order_no' => 'X1', 'form_params' => []],
    'base_uri' => ['out_order_no' => 'X1', 'base_uri' => 'https://example.com/'],
] as $what => $options) {
    try {
        $pay->post($options);
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), " requests sent\n";

// Path variables of the call's own path, plain or reserved, are taken.
echo $pay->post(['out_order_no' => 'OK1', 'json' => $json])['out_order_no'], "\n";
echo $instance->chain('v3/payscore/serviceorder/{+no}/pay')->post(['no' => 'OK2', 'json' => $json])['out_order_no'], "\n";

// Config keys are strict the same way.
foreach ([
    'a typo' => ['certz' => []],
    'handler' => ['handler' => null],
    'merchant' => ['merchant' => ['key' => 'x']],
    'an int key' => [7 => 'x'],
] as $what => $extra) {
    try {
        new WxPayScore\Client(wxps_test_config($server) + $extra);
        echo "config $what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "config $what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
a typo: unknown option "jsn": neither an option nor a variable of this call's path
a variable the path lacks: unknown option "date": neither an option nor a variable of this call's path
an int key: options must be keyed by name; [5] is not
sink: option "sink" is not taken: use downloadBill() for bills, or the Response's getBody()
verify: option "verify" is not taken: use config "verify" (TLS verification cannot be turned off)
http_errors: option "http_errors" is not taken: catch ClientException (4xx) and ServerException (5xx), which keep the answer
debug: option "debug" is not taken: use "on_stats"
allow_redirects: option "allow_redirects" is not taken: WeChat Pay never redirects, so redirects are never followed
form_params: option "form_params" is not taken: use "json" or "body"
base_uri: option "base_uri" is not taken: use config "base_uri"
0 requests sent
OK1
OK2
config a typo: unknown config "certz"
config handler: config "handler" is not taken: the HTTP stack is the extension's own
config merchant: config "merchant" is not taken: use config "privateKey" and "serial"
config an int key: config must be keyed by name; [7] is not
