--TEST--
Memory: hundreds of calls in one process keep memory_get_usage() flat
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$options = ['out_order_no' => 'MEM', 'json' => ['appid' => 'wx1', 'service_id' => '1']];
// Under valgrind (USE_ZEND_ALLOC=0) leaks are valgrind's to find, and each call costs a hundred times more.
$calls = getenv('USE_ZEND_ALLOC') === '0' ? 30 : 400;
$checkpoint = intdiv($calls, 4);
for ($i = 1; $i <= $calls; $i++) {
    $response = $pay->post($options);
    $response->toArray();
    $async = $pay->postAsync($options)->wait();
    unset($response, $async);
    if ($i === $checkpoint) {
        $before = memory_get_usage();
    }
}
var_dump(memory_get_usage() - $before);
?>
--EXPECT--
int(0)
