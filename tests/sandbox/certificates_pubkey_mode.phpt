--TEST--
Sandbox /v3/certificates in public-key mode: 404 NOT_FOUND signed by the public key, as WeChat Pay answers a merchant without platform certificates; nothing to rotate
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server();
$keys = $server['keys'];
$answer = wxps_t_call($server, 'GET', '/v3/certificates');
$error = json_decode($answer['body'], true);
echo $answer['status'], ' ', $error['code'], ' ', $error['message'] !== '' ? 'with a message' : 'no message', "\n";
echo 'signed by the public key: ', var_export($answer['headers']['wechatpay-serial'] === $keys['platform_serial']
    && wxps_t_signed_by($answer['headers'], $answer['body'], 'file://' . $keys['platform_pub']), true), "\n";
echo 'state: ', json_encode(wxps_test_control($server, 'GET', '/_sandbox/certificates')), "\n";
[$status, $body] = wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
echo "rotate: $status $body[code]\n";
// The faults of the download change nothing here.
echo 'cert-bad-tag: ', wxps_t_call($server, 'GET', '/v3/certificates', ['Wechatpay-Sandbox-Fault' => 'cert-bad-tag'])['status'], "\n";
?>
--EXPECT--
404 NOT_FOUND with a message
signed by the public key: true
state: [200,{"data":[]}]
rotate: 400 INVALID_REQUEST
cert-bad-tag: 404
