--TEST--
Client::notification() end to end with the sandbox: a real Pay Score callback, every sample event, and every sample fault
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Exception\NotificationException;

require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server, ['apiv3Key' => trim(file_get_contents($server['keys']['apiv3_key'])), 'secret' => 'APIv2-sandbox-secret']);

// A callback as the sandbox sends it when the user confirms an order.
$receiver = wxps_test_receiver();
$order = $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-NE2E1', ['notify_url' => $receiver['url']])]);
$page = $instance->payScoreUseParams($order);
echo $page['businessType'], ' ', $page['extraData']['package'] === $order['package'] ? 'package of the order' : 'other package', "\n";
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-NE2E1/confirm');
$got = wxps_test_receive($receiver, 200);
$n = $instance->notification($got['headers'], $got['body']);
echo $n['event_type'], ': ', $n['resource']['out_order_no'], ' ', $n['resource']['state'], ' ', $n['resource']['order_id'] === $order['order_id'] ? 'same order_id' : 'other order_id', "\n";

// Every event the sandbox samples.
$sample = fn(string $query) => wxps_test_control($server, 'GET', "/_sandbox/notification-sample?$query")[1];
foreach (['PAYSCORE.USER_CONFIRM', 'PAYSCORE.USER_PAID', 'PAYSCORE.USER_OPEN_SERVICE', 'PAYSCORE.USER_CLOSE_SERVICE'] as $event) {
    $s = $sample("event_type=$event");
    $n = $instance->notification($s['headers'], $s['body']);
    echo $event, ': ', $n['resource'] === $s['resource'] ? 'decrypted to its resource' : 'OTHER RESOURCE', "\n";
}

// Every fault the sandbox can put in a sample.
$codes = array_flip((new ReflectionClass(NotificationException::class))->getConstants());
foreach (['bad-signature', 'unknown-serial', 'stale-timestamp', 'no-signature', 'bad-ciphertext', 'wrong-key'] as $fault) {
    $s = $sample("event_type=PAYSCORE.USER_PAID&fault=$fault");
    try {
        $instance->notification($s['headers'], $s['body']);
        echo "$fault: ACCEPTED\n";
    } catch (NotificationException $e) {
        echo "$fault: ", $codes[$e->getCode()], "\n";
    }
}
?>
--EXPECT--
wxpayScoreUse package of the order
PAYSCORE.USER_CONFIRM: SO-NE2E1 DOING same order_id
PAYSCORE.USER_CONFIRM: decrypted to its resource
PAYSCORE.USER_PAID: decrypted to its resource
PAYSCORE.USER_OPEN_SERVICE: decrypted to its resource
PAYSCORE.USER_CLOSE_SERVICE: decrypted to its resource
bad-signature: BAD_SIGNATURE
unknown-serial: UNKNOWN_SERIAL
stale-timestamp: STALE_TIMESTAMP
no-signature: MISSING_HEADER
bad-ciphertext: UNDECRYPTABLE
wrong-key: UNDECRYPTABLE
