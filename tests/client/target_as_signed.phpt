--TEST--
The wire: what is signed is byte for byte what is sent; literal text in paths and query strings is percent-encoded before signing
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
