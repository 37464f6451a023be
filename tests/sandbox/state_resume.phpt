--TEST--
Sandbox program: with --state=FILE, a notification still being retried when the sandbox stopped is delivered after the restart
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$state = sys_get_temp_dir() . '/wxps-resume-' . getmypid() . '.json';
$receiver = wxps_test_receiver();
// What a sandbox leaves behind when it stops between two attempts.
$body = '{"id":"EV-1","event_type":"PAYSCORE.USER_PAID"}';
file_put_contents($state, json_encode(['version' => 1, 'orders' => (object) [], 'query_ids' => (object) [], 'records' => (object) [],
    'notifications' => ['EV-1' => [
        'id' => 'EV-1', 'event_type' => 'PAYSCORE.USER_PAID', 'url' => $receiver['url'], 'subject' => 'direct||X',
        'created_at' => microtime(true) - 60, 'body' => $body, 'resource' => [], 'delivered' => false, 'given_up' => false,
        'attempts' => [['at' => microtime(true) - 60, 'duration' => 0.01, 'status' => 500]], 'next_attempt_at' => microtime(true) - 1,
    ]],
]));
$server = wxps_test_server(['state' => $state, 'notify_intervals' => '1,1']);
$got = wxps_test_receive($receiver, 200, 3);
echo $got['body'] === $body ? 'same body' : 'other body', ', ', wxps_t_verify($server, $got['headers'], $got['body']), "\n";
usleep(100000);
$saved = json_decode(file_get_contents($state), true)['notifications']['EV-1'];
echo implode(', ', array_column($saved['attempts'], 'status')), ' delivered ', var_export($saved['delivered'], true), "\n";
unlink($state);
?>
--EXPECT--
same body, verified
500, 200 delivered true
