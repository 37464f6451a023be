--TEST--
Client::payScore*Params(): the Pay Score order-detail and confirm-order page parameters, signed by the APIv2 rule
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$secret = 'APIv2-test-secret-0123456789ABCDEF';
$instance = wxps_test_client($server, ['secret' => $secret]);

/** The APIv2 sign, computed here on its own: no "sign" or empty value, keys by byte, &key=, HMAC-SHA256. */
function apiv2_sign(array $params, string $key): string
{
    unset($params['sign']);
    $params = array_filter($params, fn($v) => $v !== null && $v !== '');
    ksort($params, SORT_STRING);
    $joined = implode('&', array_map(fn($k, $v) => "$k=$v", array_keys($params), $params));
    return strtoupper(hash_hmac('sha256', "$joined&key=$key", $key));
}

function check(array $page, string $secret, bool $signed = true): void
{
    $extra = $page['extraData'];
    echo $page['businessType'], ': ', implode(',', array_keys($extra)), "\n";
    if ($signed) {
        echo '  sign ', $extra['sign'] === apiv2_sign($extra, $secret) ? 'matches' : 'DIFFERS', ', sign_type ', $extra['sign_type'],
            ', timestamp ', abs((int) $extra['timestamp'] - time()) <= 2 ? 'now' : $extra['timestamp'],
            ', nonce_str ', preg_match('/^[0-9A-Za-z]{32}$/', $extra['nonce_str']) ? 'fresh' : $extra['nonce_str'], "\n";
    }
    // queryString and query: the same fields in the same order, each URL-encoded (RFC 3986).
    $encoded = implode('&', array_map(fn($k, $v) => rawurlencode($k) . '=' . rawurlencode($v), array_keys($extra), $extra));
    parse_str($page['queryString'], $parsed);
    echo '  queryString ', $page['queryString'] === $encoded && $parsed === $extra && $page['query'] === $page['queryString'] ? 'ok' : 'WRONG', "\n";
    echo '  keys ', implode(',', array_keys($page)), "\n";
}

// The order-detail page, from a create-order answer as it is: its other fields are ignored.
$order = $instance->v3->payscore->serviceorder->post(['json' => [
    'out_order_no' => 'A_B-1*2 中', 'appid' => 'wx1', 'service_id' => '500001', 'service_introduction' => '某某酒店',
    'time_range' => ['start_time' => 'OnAccept'], 'risk_fund' => ['name' => 'DEPOSIT', 'amount' => 100],
    'notify_url' => 'https://example.com/notify', 'need_user_confirm' => true,
]]);
$page = $instance->payScoreDetailParams($order);
check($page, $secret);
var_dump($page['extraData']['mch_id'] === wxps_test_keys()['mchid'], $page['extraData']['out_order_no']);
echo explode('&', $page['queryString'])[2], "\n";
check($instance->payScoreDetailParams($order->toArray()), $secret);

// Given mch_id, timestamp and nonce_str are used (a fixed example, checked against the independent sign).
$fixed = $instance->payScoreDetailParams(['mch_id' => '1230000109', 'service_id' => 88888888000011, 'out_order_no' => '1234323JKHDFE1243252',
    'timestamp' => 1530097563, 'nonce_str' => 'zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2', 'sign' => 'ignored', 'unknown' => 'ignored']);
var_dump($fixed['extraData']);
echo $fixed['queryString'], "\n";
var_dump($fixed['extraData']['sign'] === apiv2_sign($fixed['extraData'], $secret));
// Tampering: any field changed, or another key, gives another sign.
foreach (['mch_id', 'service_id', 'out_order_no', 'timestamp', 'nonce_str'] as $field) {
    $changed = $fixed['extraData'];
    $changed[$field] .= '0';
    echo $field, ' changed: ', apiv2_sign($changed, $secret) === $fixed['extraData']['sign'] ? 'SAME SIGN' : 'another sign', "\n";
}
echo 'another key: ', apiv2_sign($fixed['extraData'], $secret . 'x') === $fixed['extraData']['sign'] ? 'SAME SIGN' : 'another sign', "\n";

// The confirm-order page: the package alone, from the answer, its array, or the string.
foreach ([$order, $order->toArray(), $order['package']] as $given) {
    $use = $instance->payScoreUseParams($given);
    check($use, $secret, false);
}
var_dump($use['extraData']['package'] === $order['package'], $use['queryString'] === 'package=' . rawurlencode($order['package']));
var_dump($instance->payScoreUseParams('AQ+/= x')['queryString']);
// Its legacy signed form.
$legacy = $instance->payScoreUseSignedParams($order);
check($legacy, $secret);
$legacy = $instance->payScoreUseSignedParams('PKG', ['timestamp' => '1530097563', 'nonce_str' => 'N', 'mch_id' => '1230000109', 'service_id' => 'ignored']);
var_dump($legacy['extraData'], $legacy['extraData']['sign'] === apiv2_sign($legacy['extraData'], $secret));

$noSecret = wxps_test_client($server);
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
        echo "$what: ", get_class($e), ': ', $e->getMessage(), str_contains($e->getMessage(), $secret) ? ' LEAKS' : '', "\n";
    }
}
// Without a secret, the unsigned confirm-order page still works.
echo $noSecret->payScoreUseParams('PKG')['queryString'], "\n";
?>
--EXPECT--
wxpayScoreDetail: mch_id,service_id,out_order_no,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
bool(true)
string(11) "A_B-1*2 中"
out_order_no=A_B-1%2A2%20%E4%B8%AD
wxpayScoreDetail: mch_id,service_id,out_order_no,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
array(7) {
  ["mch_id"]=>
  string(10) "1230000109"
  ["service_id"]=>
  string(14) "88888888000011"
  ["out_order_no"]=>
  string(20) "1234323JKHDFE1243252"
  ["timestamp"]=>
  string(10) "1530097563"
  ["nonce_str"]=>
  string(32) "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2"
  ["sign_type"]=>
  string(11) "HMAC-SHA256"
  ["sign"]=>
  string(64) "0AB93C4FF0049C746C838C53DC3B808753078C401332014C1113D4E7FF08A1F2"
}
mch_id=1230000109&service_id=88888888000011&out_order_no=1234323JKHDFE1243252&timestamp=1530097563&nonce_str=zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2&sign_type=HMAC-SHA256&sign=0AB93C4FF0049C746C838C53DC3B808753078C401332014C1113D4E7FF08A1F2
bool(true)
mch_id changed: another sign
service_id changed: another sign
out_order_no changed: another sign
timestamp changed: another sign
nonce_str changed: another sign
another key: another sign
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
bool(true)
bool(true)
string(23) "package=AQ%2B%2F%3D%20x"
wxpayScoreUse: mch_id,package,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
array(6) {
  ["mch_id"]=>
  string(10) "1230000109"
  ["package"]=>
  string(3) "PKG"
  ["timestamp"]=>
  string(10) "1530097563"
  ["nonce_str"]=>
  string(1) "N"
  ["sign_type"]=>
  string(11) "HMAC-SHA256"
  ["sign"]=>
  string(64) "AA6B0DA58AD5333DC1393B79B99F2076B2A5DCA6CE0833C1D770E7E00061F489"
}
bool(true)
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
package=PKG
