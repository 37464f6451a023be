--TEST--
Client::payScoreDetailParams(): given mch_id, timestamp and nonce_str are used, unknown fields ignored, and the sign covers every field and the key
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$instance = wxps_test_client(wxps_test_offline(), ['secret' => WXPS_PAGES_SECRET]);

// A fixed example, checked against the independent sign.
$fixed = $instance->payScoreDetailParams(['mch_id' => '1230000109', 'service_id' => 88888888000011, 'out_order_no' => '1234323JKHDFE1243252',
    'timestamp' => 1530097563, 'nonce_str' => 'zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2', 'sign' => 'ignored', 'unknown' => 'ignored']);
var_dump($fixed['extraData']);
echo $fixed['queryString'], "\n";
var_dump($fixed['extraData']['sign'] === wxps_pages_sign($fixed['extraData']));
// Tampering: any field changed, or another key, gives another sign.
foreach (['mch_id', 'service_id', 'out_order_no', 'timestamp', 'nonce_str'] as $field) {
    $changed = $fixed['extraData'];
    $changed[$field] .= '0';
    echo $field, ' changed: ', wxps_pages_sign($changed) === $fixed['extraData']['sign'] ? 'SAME SIGN' : 'another sign', "\n";
}
echo 'another key: ', wxps_pages_sign($fixed['extraData'], WXPS_PAGES_SECRET . 'x') === $fixed['extraData']['sign'] ? 'SAME SIGN' : 'another sign', "\n";
?>
--EXPECT--
array(7) {
  ["mch_id"]=>
  string(10) "1230000109"
  ["service_id"]=>
  string(14) "88888888000011"
  ["out_order_no"]=>
  string(20) "1234323JKHDFE1243252"
  ["timestamp"]=>
  string(10) "1530097563"
  ["nonce_str"]=>
  string(32) "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2"
  ["sign_type"]=>
  string(11) "HMAC-SHA256"
  ["sign"]=>
  string(64) "0AB93C4FF0049C746C838C53DC3B808753078C401332014C1113D4E7FF08A1F2"
}
mch_id=1230000109&service_id=88888888000011&out_order_no=1234323JKHDFE1243252&timestamp=1530097563&nonce_str=zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2&sign_type=HMAC-SHA256&sign=0AB93C4FF0049C746C838C53DC3B808753078C401332014C1113D4E7FF08A1F2
bool(true)
mch_id changed: another sign
service_id changed: another sign
out_order_no changed: another sign
timestamp changed: another sign
nonce_str changed: another sign
another key: another sign
