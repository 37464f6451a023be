--TEST--
Path variables: a placeholder without a value, or with a wrong type, throws before anything is sent
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$calls = [
    'missing' => [],
    'null' => ['out_order_no' => null],
    'array' => ['out_order_no' => ['x']],
    'float' => ['out_order_no' => 1.5],
];
foreach ($calls as $what => $options) {
    try {
        $instance->v3->payscore->serviceorder->_out_order_no_->pay->post($options + ['json' => ['appid' => 'x']]);
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
try {
    $instance->chain('v3/{a b}/x')->get();
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo 'template: ', $e->getMessage(), "\n";
}
var_dump(count(wxps_test_requests($server)));
?>
--EXPECT--
missing: missing value for URI template variable "out_order_no"
null: missing value for URI template variable "out_order_no"
array: path variable "out_order_no" must be a string or int
float: path variable "out_order_no" must be a string or int
template: invalid URI template expression "{a b}"
int(0)
