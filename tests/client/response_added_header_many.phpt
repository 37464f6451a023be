--TEST--
Response: withAddedHeader() appends many values to a header that has some, in order, and leaves the original alone
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'AH1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
]);
// More values than a new list holds, so the list must grow.
$more = array_map(fn($i) => "v$i", range(3, 40));
$h = $r->withHeader('X-Trace', ['v1', 'v2'])->withAddedHeader('x-trace', $more);
$values = $h->getHeader('X-Trace');
echo count($values), ' ', $values[0], ' ', $values[2], ' ', $values[39], "\n";
echo $values === array_merge(['v1', 'v2'], $more) ? "in order\n" : "out of order\n";
var_dump($r->hasHeader('X-Trace'));
?>
--EXPECT--
40 v1 v3 v40
in order
bool(false)
