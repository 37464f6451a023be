--TEST--
Sandbox program: with --state=FILE, orders and notifications survive a restart in the state they were in
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$state = sys_get_temp_dir() . '/wxps-state-' . getmypid() . '.json';
@unlink($state);
$first = wxps_test_server(['strict' => true, 'state' => $state]);
$instance = wxps_test_client($first);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-ST1')]);
wxps_test_control($first, 'POST', '/_sandbox/orders/SO-ST1/confirm');
$saved = json_decode(file_get_contents($state), true);
echo 'file: version ', $saved['version'], ', ', count($saved['orders']), " order\n";

// A second sandbox on the same file sees the order where the first left it.
$second = wxps_test_server(['strict' => true, 'state' => $state]);
$again = wxps_test_client($second);
echo 'after restart: ', wxps_t_state(wxps_t_query($again, 'SO-ST1')), "\n";
$again->v3->payscore->serviceorder->_out_order_no_->complete->post(['out_order_no' => 'SO-ST1', 'json' => wxps_t_completion()]);
echo 'completed there: ', wxps_t_state(json_decode(file_get_contents($state), true)['orders']['direct||SO-ST1']['order']), "\n";
[, $reset] = wxps_test_control($second, 'POST', '/_sandbox/reset');
echo 'reset: ', var_export($reset['reset'], true), ', ', count(json_decode(file_get_contents($state), true)['orders']), " orders\n";
file_put_contents($state, '{"not": "a state file"}');
try {
    wxps_test_server(['state' => $state]);
} catch (RuntimeException $e) {
    echo preg_replace('/: .*\//', ': /', $e->getMessage()), "\n";
}
unlink($state);
?>
--EXPECTF--
file: version 1, 1 order
after restart: DOING/USER_CONFIRM
completed there: DOING/MCH_COMPLETE USER_PAYING
reset: true, 0 orders
test server did not start: /wxps-state-%d.json is not a sandbox state file (version 1)
