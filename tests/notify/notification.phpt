--TEST--
Client::notification(): a signed, encrypted callback comes back verified and decrypted, however the headers are handed over
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
require __DIR__ . '/../utils/notify.inc';
$instance = wxps_notify_client();
[$headers, $body, $order] = wxps_notify_make(['order' => ['out_order_no' => 'SO-1', 'state' => 'DOING', 'note' => '中文 "quoted"', 'total_amount' => 4000]]);

$n = $instance->notification($headers, $body);
var_dump($n['resource'], $n['event_type'], $n['summary']);
// Everything but the resource is the body as sent.
$sent = json_decode($body, true);
unset($sent['resource'], $n['resource']);
var_dump($sent === $n);

// Header names and values as frameworks hand them.
$serverVars = ['REQUEST_METHOD' => 'POST', 'CONTENT_TYPE' => 'application/json'];
foreach ($headers as $name => $value) {
    $serverVars['HTTP_' . strtoupper(str_replace('-', '_', $name))] = $value;
}
$styles = [
    'lower case' => array_change_key_case($headers, CASE_LOWER),
    'upper case' => array_change_key_case($headers, CASE_UPPER),
    '$_SERVER' => $serverVars,
    'PSR-7 lists' => array_map(fn($v) => [$v], $headers) + ['Host' => ['example.com']],
    'getallheaders()' => ['Host' => 'example.com', 'Content-Type' => 'application/json'] + $headers,
    'no Signature-Type' => array_diff_key($headers, ['Wechatpay-Signature-Type' => 1]),
    'integer timestamp' => ['Wechatpay-Timestamp' => (int) $headers['Wechatpay-Timestamp']] + $headers,
];
foreach ($styles as $what => $given) {
    echo "$what: ", $instance->notification($given, $body)['resource']['out_order_no'], "\n";
}

// A node of the chain knows the client's keys too, and a callback 290 s old is still in time.
[$headers, $body] = wxps_notify_make(['timestamp' => time() - 290, 'associated_data' => '']);
echo $instance->v3->payscore->notification($headers, $body)['resource']['state'], "\n";
[$headers, $body] = wxps_notify_make(['timestamp' => time() + 290]);
echo $instance['v3/payscore']->notification($headers, $body)['resource']['state'], "\n";

// A platform certificate in "certs" (serial mode of older merchants): the same.
$keys = wxps_test_keys();
$certClient = wxps_notify_client(['certs' => [$keys['platform_cert_serial'] => 'file://' . $keys['platform_cert']]]);
[$headers, $body] = wxps_notify_make(['serial' => $keys['platform_cert_serial']]);
echo $certClient->notification($headers, $body)['resource']['state'], "\n";
?>
--EXPECT--
array(4) {
  ["out_order_no"]=>
  string(4) "SO-1"
  ["state"]=>
  string(5) "DOING"
  ["note"]=>
  string(15) "中文 "quoted""
  ["total_amount"]=>
  int(4000)
}
string(21) "PAYSCORE.USER_CONFIRM"
string(18) "用户确认成功"
bool(true)
lower case: SO-1
upper case: SO-1
$_SERVER: SO-1
PSR-7 lists: SO-1
getallheaders(): SO-1
no Signature-Type: SO-1
integer timestamp: SO-1
DOING
DOING
DOING
