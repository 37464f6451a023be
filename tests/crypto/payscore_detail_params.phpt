--TEST--
Client::payScoreDetailParams(): the order-detail page parameters of a create-order answer, as a Response or an array, signed by the APIv2 rule
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/payscore_pages.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['secret' => WXPS_PAGES_SECRET]);

// From a create-order answer as it is: its other fields are ignored.
$order = wxps_pages_order($instance);
$page = $instance->payScoreDetailParams($order);
wxps_pages_show($page);
var_dump($page['extraData']['mch_id'] === wxps_test_keys()['mchid'], $page['extraData']['out_order_no']);
echo explode('&', $page['queryString'])[2], "\n";
wxps_pages_show($instance->payScoreDetailParams($order->toArray()));
?>
--EXPECT--
wxpayScoreDetail: mch_id,service_id,out_order_no,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
bool(true)
string(9) "A_B-1*2|x"
out_order_no=A_B-1%2A2%7Cx
wxpayScoreDetail: mch_id,service_id,out_order_no,timestamp,nonce_str,sign_type,sign
  sign matches, sign_type HMAC-SHA256, timestamp now, nonce_str fresh
  queryString ok
  keys businessType,extraData,queryString,query
