--TEST--
Sandbox user actions: an unconfirmed order expires; a failed payment leaves the order USER_PAYING (no notification) until the user pays
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-EXP1')]);
[$status, $answer] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-EXP1/expire');
echo "expire: $status ", $answer['order']['state'], "\n";
echo 'query: ', wxps_t_state(wxps_t_query($instance, 'SO-EXP1')), "\n";
[$status, $answer] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-EXP1/confirm');
echo "confirm: $status ", $answer['code'], "\n";

$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-FAIL1')]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-FAIL1/confirm');
$instance->v3->payscore->serviceorder->_out_order_no_->complete->post(['out_order_no' => 'SO-FAIL1', 'json' => wxps_t_completion()]);
for ($i = 0; $i < 2; $i++) {
    [$status, $answer] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-FAIL1/fail-payment');
    echo "fail-payment: $status ", wxps_t_state($answer['order']), ' notification:', var_export($answer['notification'], true), "\n";
}
echo '催收: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'SO-FAIL1', 'json' => WXPS_T_IDS])), "\n";
[$status, $answer] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-FAIL1/pay');
echo "pay: $status ", wxps_t_state($answer['order']), "\n";
[, $record] = wxps_test_control($server, 'GET', '/_sandbox/orders/SO-FAIL1');
echo 'failures ', $record['payment_failures'], ', collection requests ', $record['collection_requests'], ', history ', implode(' > ', array_column($record['history'], 'event')), "\n";
?>
--EXPECT--
expire: 200 EXPIRED
query: EXPIRED
confirm: 400 INVALID_ORDER_STATE
fail-payment: 200 DOING/MCH_COMPLETE USER_PAYING notification:NULL
fail-payment: 200 DOING/MCH_COMPLETE USER_PAYING notification:NULL
催收: 200
pay: 200 DONE/MCH_COMPLETE USER_PAID
failures 2, collection requests 1, history create > user confirmed > complete > payment failed > payment failed > pay > user paid
