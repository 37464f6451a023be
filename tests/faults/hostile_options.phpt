--TEST--
Hostile options: 10 000-deep json, 10 000 headers or query keys, a forged Authorization, options that reference themselves or change in then()
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$client = wxps_test_client($server);
$node = $client->v3->payscore->serviceorder;
$pay = $node->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];

// Nesting far past the encoder's limit: an error, no crash, nothing sent.
$deep = [];
for ($i = 0, $p = &$deep; $i < 10000; $i++) {
    $p[] = [];
    $p = &$p[0];
}
unset($p);
$refused = [
    'json 10 000 deep' => ['out_order_no' => 'X', 'json' => $deep],
    'json whose jsonSerialize throws' => ['out_order_no' => 'X', 'json' => new class implements JsonSerializable {
        public function jsonSerialize(): mixed { throw new DomainException('merchant code failed'); }
    }],
];
foreach ($refused as $what => $options) {
    try {
        $pay->post($options);
        echo "$what: sent\n";
    } catch (Exception $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";

// 10 000 headers and 10 000 query keys are sent as given.
$headers = [];
for ($i = 0; $i < 10000; $i++) {
    $headers["X-H$i"] = (string) $i;
}
echo $pay->post(['out_order_no' => 'H1', 'json' => $json, 'headers' => $headers])['out_order_no'], "\n";
$query = ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'Q1'];
for ($i = 0; $i < 10000; $i++) {
    $query["k$i"] = $i;
}
echo $node->get(['query' => $query])['out_order_no'], "\n";
[$h, $q] = wxps_test_requests($server);
echo count(preg_grep('/^x-h\d+$/', array_keys($h['headers']))), ' ', substr_count($q['target'], '&'), "\n";

// An options array that holds itself by reference.
$self = ['out_order_no' => 'S1', 'json' => $json];
$self['self'] = &$self;
try {
    $pay->post($self);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
unset($self['self']);
$self['json']['self'] = &$self;
try {
    $pay->post($self);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
unset($self['json']['self']);
echo $pay->post($self)['out_order_no'], "\n";

// A caller's Authorization, in any case, gives way to the signature.
echo $pay->post(['out_order_no' => 'W1', 'json' => $json, 'headers' => ['AUTHORIZATION' => 'WECHATPAY2-SHA256-RSA2048 forged']])['out_order_no'], "\n";
$signed = wxps_test_requests($server)[3];
var_dump($signed['sign_ok'], str_contains($signed['headers']['authorization'], 'forged'));

// Options passed by reference and changed inside a then() callback: calls already made send
// what they were given; a call made in the callback sees the change and is checked like any.
$no = 'A1';
$body = $json;
$options = ['out_order_no' => &$no, 'json' => &$body];
$first = $pay->postAsync($options);
$second = $pay->postAsync($options);
$third = null;
$done = $first->then(function ($r) use (&$no, &$body, &$options, $pay, &$third) {
    $no = ['not', 'a', 'string'];
    $body['appid'] = 'changed';
    try {
        $pay->postAsync($options);
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo 'in then(): ', $e->getMessage(), "\n";
    }
    $no = 'A3';
    unset($options['json']['appid']);
    $options = ['out_order_no' => 'A3', 'json' => ['appid' => 'wx1', 'service_id' => '1']];
    $third = $pay->postAsync($options);
    return $r['out_order_no'];
});
echo $done->wait(), ' ', $second->wait()['out_order_no'], ' ', $third->wait()['out_order_no'], "\n";
// Sorted: concurrent calls reach the server in any order.
$sent = array_map(fn($r) => $r['target'] . ' ' . $r['body'], array_slice(wxps_test_requests($server), 4));
sort($sent);
echo implode("\n", $sent), "\n";
?>
--EXPECTF--
json 10 000 deep: WxPayScore\Exception\InvalidArgumentException: "json" cannot be encoded: maximum nesting depth exceeded
json whose jsonSerialize throws: DomainException: merchant code failed
0
H1
Q1
10000 10002
unknown option "self": neither an option nor a variable of this call's path
"json" cannot be encoded: %s
S1
W1
bool(true)
bool(false)
in then(): path variable "out_order_no" must be a string or int
A1 A1 A3
/v3/payscore/serviceorder/A1/pay {"appid":"wx1","service_id":"1"}
/v3/payscore/serviceorder/A1/pay {"appid":"wx1","service_id":"1"}
/v3/payscore/serviceorder/A3/pay {"appid":"wx1","service_id":"1"}
