--TEST--
Client::payScoreUseParams(): the confirm-order page parameters are the package alone, from a create-order answer, its array or the string, and need no secret
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['secret' => WXPS_PAGES_SECRET]);
$order = wxps_pages_order($instance);

foreach ([$order, $order->toArray(), $order['package']] as $given) {
    $use = $instance->payScoreUseParams($given);
    wxps_pages_show($use, false);
}
var_dump($use['extraData']['package'] === $order['package'], $use['queryString'] === 'package=' . rawurlencode($order['package']));
var_dump($instance->payScoreUseParams('AQ+/= x')['queryString']);
// Without a secret, the unsigned confirm-order page still works.
$noSecret = wxps_test_client($server);
echo $noSecret->payScoreUseParams('PKG')['queryString'], "\n";
?>
--EXPECT--
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
wxpayScoreUse: package
  queryString ok
  keys businessType,extraData,queryString,query
bool(true)
bool(true)
string(23) "package=AQ%2B%2F%3D%20x"
package=PKG
