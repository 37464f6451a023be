--TEST--
Sandbox notifications: a receiver that answers neither 200 nor 204 gets the same notification again, freshly signed, after the configured intervals
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true, 'notify_intervals' => '0.2,0.3,5']);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-RTY1', ['notify_url' => $receiver['url']])]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-RTY1/confirm');
$got = [];
foreach ([500, 503, 204] as $status) {
    $got[] = wxps_test_receive($receiver, $status);
}
$ids = array_unique(array_map(fn($g) => json_decode($g['body'], true)['id'], $got));
$nonces = array_unique(array_map(fn($g) => $g['headers']['Wechatpay-Nonce'], $got));
echo count($got), ' deliveries, ', count($ids), ' notification id, ', count($nonces), " signatures\n";
echo implode(' ', array_map(fn($g) => wxps_t_verify($server, $g['headers'], $g['body']), $got)), "\n";
printf("waited %s and %s\n", $got[1]['at'] - $got[0]['at'] >= 0.19 ? '>= 0.2 s' : 'too little', $got[2]['at'] - $got[1]['at'] >= 0.29 ? '>= 0.3 s' : 'too little');
usleep(50000);
[, $list] = wxps_test_control($server, 'GET', '/_sandbox/notifications?event_type=PAYSCORE.USER_CONFIRM');
$record = $list['notifications'][0];
echo implode(' ', array_column($record['attempts'], 'status')), ' delivered ', var_export($record['delivered'], true), "\n";
// Nothing more comes once it is delivered.
var_dump(wxps_test_receive($receiver, 200, 0.5));
?>
--EXPECT--
3 deliveries, 1 notification id, 3 signatures
verified verified verified
waited >= 0.2 s and >= 0.3 s
500 503 204 delivered true
NULL
