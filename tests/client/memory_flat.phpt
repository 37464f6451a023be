--TEST--
Memory: hundreds of calls in one process keep memory_get_usage() flat
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../server/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$options = ['out_order_no' => 'MEM', 'json' => ['appid' => 'wx1', 'service_id' => '1']];
for ($i = 1; $i <= 400; $i++) {
    $response = $pay->post($options);
    $response->toArray();
    $async = $pay->postAsync($options)->wait();
    unset($response, $async);
    if ($i === 100) {
        $after100 = memory_get_usage();
    }
}
var_dump(memory_get_usage() - $after100);
?>
--EXPECT--
int(0)
