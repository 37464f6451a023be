--TEST--
Client::payScoreUseSignedParams(): the legacy confirm-order page parameters, the package signed by the APIv2 rule with the given mch_id, timestamp and nonce_str
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['secret' => WXPS_PAGES_SECRET]);
$order = wxps_pages_order($instance);

$legacy = $instance->payScoreUseSignedParams($order);
wxps_pages_show($legacy);
$legacy = $instance->payScoreUseSignedParams('PKG', ['timestamp' => '1530097563', 'nonce_str' => 'N', 'mch_id' => '1230000109', 'service_id' => 'ignored']);
var_dump($legacy['extraData'], $legacy['extraData']['sign'] === wxps_pages_sign($legacy['extraData']));
?>
--EXPECT--
wxpayScoreUse: mch_id,package,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
array(6) {
  ["mch_id"]=>
  string(10) "1230000109"
  ["package"]=>
  string(3) "PKG"
  ["timestamp"]=>
  string(10) "1530097563"
  ["nonce_str"]=>
  string(1) "N"
  ["sign_type"]=>
  string(11) "HMAC-SHA256"
  ["sign"]=>
  string(64) "AA6B0DA58AD5333DC1393B79B99F2076B2A5DCA6CE0833C1D770E7E00061F489"
}
bool(true)
