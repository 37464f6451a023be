--TEST--
The wire: what is signed is byte for byte what is sent; targets libcurl would alter are encoded or refused
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$json = ['json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001']];

// Literal text in a chain path or template: non-ASCII, space and TAB are percent-encoded before signing.
foreach (['v3/payscore/serviceorder/订单é/pay', 'v3/payscore/serviceorder/two words/pay',
          "v3/payscore/serviceorder/tab\there/pay", 'v3/payscore/serviceorder/100%/pay',
          'v3/payscore/serviceorder/ok%41/pay'] as $path) {
    $r = $instance->chain($path)->post($json);
    echo $r['out_order_no'], "\n";
}
// A query string given whole: non-ASCII is encoded; the signature still verifies.
$r = $instance->v3->payscore->serviceorder->get(['query' => 'service_id=1&appid=wx1&out_order_no=单号']);
echo $r['out_order_no'], "\n";
$r = $instance->v3->payscore->serviceorder->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'é x']]);
echo $r['out_order_no'], "\n";

foreach (wxps_test_requests($server) as $seen) {
    echo $seen['sign_ok'] ? 'verified' : 'REFUSED', ' ', $seen['target'], "\n";
}

// What cannot be sent as signed is refused before anything goes out.
$before = count(wxps_test_requests($server));
$refused = [
    'fragment in a chain path' => fn() => $instance->chain('v3/payscore/serviceorder/X#frag/pay')->post($json),
    'fragment in a {+name} value' => fn() => $instance->chain('v3/payscore/serviceorder/{+no}/pay')->post($json + ['no' => 'a#b']),
    'TAB in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => "service_id=1\t&appid=wx1"]),
    'DEL in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => "a=\x7f"]),
    'fragment in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => 'a=1#x']),
];
foreach ($refused as $what => $call) {
    try {
        $call();
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
var_dump(count(wxps_test_requests($server)) === $before);
?>
--EXPECT--
订单é
two words
tab	here
100%
okA
单号
é x
verified /v3/payscore/serviceorder/%E8%AE%A2%E5%8D%95%C3%A9/pay
verified /v3/payscore/serviceorder/two%20words/pay
verified /v3/payscore/serviceorder/tab%09here/pay
verified /v3/payscore/serviceorder/100%25/pay
verified /v3/payscore/serviceorder/ok%41/pay
verified /v3/payscore/serviceorder?service_id=1&appid=wx1&out_order_no=%E5%8D%95%E5%8F%B7
verified /v3/payscore/serviceorder?service_id=1&appid=wx1&out_order_no=%C3%A9%20x
fragment in a chain path: the path contains '#', which cannot be sent in a path; encode it as %23
fragment in a {+name} value: the value of {+no} contains '#', which cannot be sent in a path; encode it as %23
TAB in a query string: "query" string must be encoded: no spaces, control characters or '#'
DEL in a query string: "query" string must be encoded: no spaces, control characters or '#'
fragment in a query string: "query" string must be encoded: no spaces, control characters or '#'
bool(true)
