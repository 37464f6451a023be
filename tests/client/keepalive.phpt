--TEST--
Transfer: calls of a process share one keep-alive connection, even across clients
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
for ($i = 0; $i < 3; $i++) {
    wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
        'out_order_no' => "K$i", 'json' => ['appid' => 'wx1', 'service_id' => '1'],
    ]);
}
var_dump(count(array_unique(array_column(wxps_test_requests($server), 'conn'))));
?>
--EXPECT--
int(1)
