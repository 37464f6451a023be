--TEST--
TLS: HTTPS with the test CA works; a CA that did not sign the server fails with a TLS message
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server(['tls' => true]);
echo parse_url($server['base_uri'], PHP_URL_SCHEME), "\n";
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'T1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
]);
echo $r->getStatusCode(), ' ', $r['out_order_no'], "\n";
try {
    wxps_test_client($server, ['verify' => $server['keys']['wrong_ca']])->v3->payscore->serviceorder->get();
    echo "no exception\n";
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), "\n";
    var_dump((bool) preg_match('/SSL|certificate/i', $e->getMessage()));
}
try {
    wxps_test_client($server, ['verify' => true])->v3->payscore->serviceorder->get();
    echo "no exception\n";
} catch (WxPayScore\Exception\TransferException $e) {
    echo "system store: ", get_class($e), "\n";
}
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECT--
https
200 T1
WxPayScore\Exception\TransferException
bool(true)
system store: WxPayScore\Exception\TransferException
1
