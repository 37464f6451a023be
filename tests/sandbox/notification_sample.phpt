--TEST--
Sandbox control: GET /_sandbox/notification-sample gives a freshly signed, encrypted notification, or one broken as asked
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server();
$sample = fn(string $query) => wxps_test_control($server, 'GET', "/_sandbox/notification-sample?$query");
foreach (['PAYSCORE.USER_CONFIRM', 'PAYSCORE.USER_PAID', 'PAYSCORE.USER_OPEN_SERVICE', 'PAYSCORE.USER_CLOSE_SERVICE'] as $event) {
    [$status, $s] = $sample("event_type=$event");
    $resource = wxps_t_decrypt($server, $s['body']);
    echo "$status $event: ", wxps_t_verify($server, $s['headers'], $s['body']), ', ', $resource === $s['resource'] ? 'decrypts to its resource' : 'decrypts to something else',
        ', ', $resource['state'] ?? $resource['user_service_status'], "\n";
}
[, $s] = $sample('out_order_no=MY1');
echo 'default: ', json_decode($s['body'], true)['event_type'], ' ', wxps_t_decrypt($server, $s['body'])['out_order_no'], "\n";
foreach (['bad-signature', 'unknown-serial', 'stale-timestamp', 'no-signature', 'bad-ciphertext', 'wrong-key'] as $fault) {
    [, $s] = $sample("event_type=PAYSCORE.USER_PAID&fault=$fault");
    echo "$fault: ", wxps_t_verify($server, $s['headers'], $s['body']), ', ', wxps_t_decrypt($server, $s['body']) === null ? 'does not decrypt' : 'decrypts', "\n";
}
[$status, $error] = $sample('event_type=PAYSCORE.NOTHING');
echo $status, ' ', $error['code'], "\n";
[$status, $error] = $sample('fault=late');
echo $status, ' ', $error['code'], "\n";
?>
--EXPECT--
200 PAYSCORE.USER_CONFIRM: verified, decrypts to its resource, DOING
200 PAYSCORE.USER_PAID: verified, decrypts to its resource, DONE
200 PAYSCORE.USER_OPEN_SERVICE: verified, decrypts to its resource, USER_OPEN_SERVICE
200 PAYSCORE.USER_CLOSE_SERVICE: verified, decrypts to its resource, USER_CLOSE_SERVICE
default: PAYSCORE.USER_CONFIRM MY1
bad-signature: bad signature, decrypts
unknown-serial: unknown serial, decrypts
stale-timestamp: stale timestamp, decrypts
no-signature: no wechatpay-serial, decrypts
bad-ciphertext: verified, does not decrypt
wrong-key: verified, does not decrypt
400 PARAM_ERROR
400 PARAM_ERROR
