--TEST--
Async without ext-psr: the extension loads, Response is not PSR-7, and everything else works
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php if (extension_loaded('psr')) die('skip checks the extension without ext-psr; the suite runs it in its without-psr pass'); ?>
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->postAsync([
    'out_order_no' => 'NP', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
])->then(fn(WxPayScore\Response $r) => $r)->wait();
var_dump(interface_exists('Psr\Http\Message\ResponseInterface'), class_implements($r), $r['out_order_no']);
?>
--EXPECT--
bool(false)
array(2) {
  ["ArrayAccess"]=>
  string(11) "ArrayAccess"
  ["JsonSerializable"]=>
  string(16) "JsonSerializable"
}
string(2) "NP"
