--TEST--
Path variables: every value stays inside its segment and reaches the server as given
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$values = ['../x', '../../v3/refund', 'a/b', 'a?b=1', 'a#frag', '100%', '%2F', 'two words', '中文订单', "tab\there", '.', '..', 12345];
foreach ($values as $value) {
    $r = $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => $value,
        'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
    ]);
    var_dump($r['out_order_no'] === (string) $value);
}
foreach (wxps_test_requests($server) as $i => $seen) {
    $ok = $seen['path_vars']['out_order_no'] === (string) $values[$i] && $seen['sign_ok'];
    echo $ok ? 'ok' : 'WRONG', ' ', $seen['target'], "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
ok /v3/payscore/serviceorder/..%2Fx/pay
ok /v3/payscore/serviceorder/..%2F..%2Fv3%2Frefund/pay
ok /v3/payscore/serviceorder/a%2Fb/pay
ok /v3/payscore/serviceorder/a%3Fb%3D1/pay
ok /v3/payscore/serviceorder/a%23frag/pay
ok /v3/payscore/serviceorder/100%25/pay
ok /v3/payscore/serviceorder/%252F/pay
ok /v3/payscore/serviceorder/two%20words/pay
ok /v3/payscore/serviceorder/%E4%B8%AD%E6%96%87%E8%AE%A2%E5%8D%95/pay
ok /v3/payscore/serviceorder/tab%09here/pay
ok /v3/payscore/serviceorder/%2E/pay
ok /v3/payscore/serviceorder/%2E%2E/pay
ok /v3/payscore/serviceorder/12345/pay
