--TEST--
Client::payScore*Params(): a missing secret, field or package, or a value of the wrong type, throws without showing the secret
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$instance = wxps_test_client(wxps_test_offline(), ['secret' => WXPS_PAGES_SECRET]);
$noSecret = wxps_test_client(wxps_test_offline());

$bad = [
    'detail without secret' => fn() => $noSecret->payScoreDetailParams(['service_id' => '1', 'out_order_no' => '2']),
    'signed use without secret' => fn() => $noSecret->payScoreUseSignedParams('PKG'),
    'no service_id' => fn() => $instance->payScoreDetailParams(['out_order_no' => '2']),
    'empty out_order_no' => fn() => $instance->payScoreDetailParams(['service_id' => '1', 'out_order_no' => '']),
    'array out_order_no' => fn() => $instance->payScoreDetailParams(['service_id' => '1', 'out_order_no' => []]),
    'no package' => fn() => $instance->payScoreUseParams(['out_order_no' => '2']),
    'empty package' => fn() => $instance->payScoreUseParams(''),
    'bad timestamp' => fn() => $instance->payScoreUseSignedParams('PKG', ['timestamp' => 1.5]),
    'int for detail' => fn() => $instance->payScoreDetailParams(5),
    'object for use' => fn() => $instance->payScoreUseParams(new stdClass()),
];
foreach ($bad as $what => $case) {
    try {
        $case();
        echo "$what: accepted\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), str_contains($e->getMessage(), WXPS_PAGES_SECRET) ? ' LEAKS' : '', "\n";
    }
}
?>
--EXPECT--
detail without secret: WxPayScore\Exception\InvalidArgumentException: config "secret" (the APIv2 key) is required to sign Pay Score page parameters
signed use without secret: WxPayScore\Exception\InvalidArgumentException: config "secret" (the APIv2 key) is required to sign Pay Score page parameters
no service_id: WxPayScore\Exception\InvalidArgumentException: "service_id" is required
empty out_order_no: WxPayScore\Exception\InvalidArgumentException: "out_order_no" is required
array out_order_no: WxPayScore\Exception\InvalidArgumentException: "out_order_no" must be a string or an int, array given
no package: WxPayScore\Exception\InvalidArgumentException: the create-order answer has no "package" (the order needs need_user_confirm true)
empty package: WxPayScore\Exception\InvalidArgumentException: "package" is required
bad timestamp: WxPayScore\Exception\InvalidArgumentException: "timestamp" must be a string or an int, float given
int for detail: TypeError: WxPayScore\Client::payScoreDetailParams(): Argument #1 ($params) must be of type array|WxPayScore\Response, int given
object for use: TypeError: WxPayScore\Client::payScoreUseParams(): Argument #1 ($order) must be of type array|WxPayScore\Response|string, stdClass given
