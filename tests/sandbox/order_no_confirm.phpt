--TEST--
Sandbox orders: need_user_confirm=false needs an openid, starts at DOING/USER_CONFIRM and has no package
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$create = fn($json) => $instance->v3->payscore->serviceorder->post(['json' => $json]);
try {
    $create(wxps_t_order('SO-NC1', ['need_user_confirm' => false]));
} catch (WxPayScore\Exception\ClientException $e) {
    echo $e->getCode(), ' ', $e->getErrorCode(), ': ', $e->getResponse()['message'], "\n";
}
$order = $create(wxps_t_order('SO-NC1', ['need_user_confirm' => false, 'openid' => 'oUSER2']))->toArray();
echo wxps_t_state($order), ' package:', var_export(isset($order['package']), true), "\n";
echo 'complete: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->_out_order_no_->complete->post([
    'out_order_no' => 'SO-NC1', 'json' => wxps_t_completion()])), "\n";
echo wxps_t_state(wxps_t_query($instance, 'SO-NC1')), "\n";
// With confirmation (the default) there is a package, and it differs between orders.
$a = $create(wxps_t_order('SO-NC2'))['package'];
$b = $create(wxps_t_order('SO-NC3', ['need_user_confirm' => true]))['package'];
var_dump(strlen($a) > 20, $a !== $b);
?>
--EXPECT--
400 PARAM_ERROR: openid is required when need_user_confirm is false
DOING/USER_CONFIRM package:false
complete: 200
DOING/MCH_COMPLETE USER_PAYING
bool(true)
bool(true)
