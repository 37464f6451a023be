--TEST--
Sandbox notifications: the user's confirmation reaches notify_url as a signed PAYSCORE.USER_CONFIRM whose resource decrypts to the order
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-NTF1', ['notify_url' => $receiver['url'] . '?shop=1'])]);
[, $answer] = wxps_test_control($server, 'POST', '/_sandbox/orders/SO-NTF1/confirm');
$got = wxps_test_receive($receiver, 200);
echo $got['method'], ' ', $got['target'], ' ', $got['headers']['Content-Type'], "\n";
echo wxps_t_verify($server, $got['headers'], $got['body']), ' serial ', $got['headers']['Wechatpay-Serial'], ' ', $got['headers']['Wechatpay-Signature-Type'], "\n";
$body = json_decode($got['body'], true);
echo implode(',', array_keys($body)), "\n";
echo $body['id'] === $answer['notification'] ? 'id as the control answer said' : 'other id', "\n";
var_dump((bool) preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/', $body['create_time']));
echo $body['event_type'], ' ', $body['resource_type'], ' ', $body['summary'], "\n";
$r = $body['resource'];
echo $r['algorithm'], ' ', $r['original_type'], ' ', $r['associated_data'], ' nonce ', strlen($r['nonce']), ' chars, tag ', strlen(base64_decode($r['ciphertext'])) > 16 ? 'appended' : 'missing', "\n";
$order = wxps_t_decrypt($server, $got['body']);
echo $order['out_order_no'], ' ', wxps_t_state($order), ' ', $order['openid'], ' ', $order['order_id'] === $answer['order']['order_id'] ? 'same order_id' : 'other order_id', ' package:', var_export(isset($order['package']), true), "\n";
usleep(50000);
[, $record] = wxps_test_control($server, 'GET', '/_sandbox/notifications/' . $body['id']);
echo 'delivered ', var_export($record['delivered'], true), ', attempts ', count($record['attempts']), ', status ', $record['attempts'][0]['status'], "\n";
?>
--EXPECT--
POST /notify?shop=1 application/json
verified serial PUB_KEY_ID_0114232134912410000000000000000001 WECHATPAY2-SHA256-RSA2048
id,create_time,resource_type,event_type,summary,resource
id as the control answer said
bool(true)
PAYSCORE.USER_CONFIRM encrypt-resource 微信支付分服务订单用户已确认
AEAD_AES_256_GCM payscore payscore nonce 12 chars, tag appended
SO-NTF1 DOING/USER_CONFIRM oUpF8uMuAJO_M2pxb1Q9zNjWeS6o same order_id package:false
delivered true, attempts 1, status 200
