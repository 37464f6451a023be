--TEST--
Async: promises dropped without wait() end with the request: no leak, no warning, sync calls unaffected
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'delay=3000']]);
$kept = $node->getAsync(['headers' => ['Wechatpay-Sandbox-Fault' => 'delay=3000']])->then(fn() => 'never');
// A sync call drives the engine too, and is not held up by the slow ones.
echo $node->get(['query' => ['service_id' => '1', 'appid' => 'wx1', 'out_order_no' => 'sync']])['out_order_no'], "\n";
echo $kept->getState(), "\n";
echo "end\n";
?>
--EXPECT--
sync
pending
end
