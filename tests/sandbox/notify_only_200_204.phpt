--TEST--
Sandbox notifications: only 200 and 204 count as received, as WeChat Pay judges them (201, 202 and 299 are retried); the default retry schedule is short, --notify-intervals=wechat the real one
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false, 'notify_intervals' => '0.1,0.1,0.1,0.1,0.1']);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
foreach (['NOTIFY-200' => 200, 'NOTIFY-204' => 204] as $no => $last) {
    $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order($no, ['notify_url' => $receiver['url']])]);
    wxps_test_control($server, 'POST', "/_sandbox/orders/$no/confirm");
    foreach ([201, 202, 299, $last] as $status) {
        wxps_test_receive($receiver, $status);
    }
    usleep(50000);
    [, $list] = wxps_test_control($server, 'GET', '/_sandbox/notifications');
    $record = end($list['notifications']);
    echo $no, ': ', implode(' ', array_column($record['attempts'], 'status')), ' delivered ', var_export($record['delivered'], true), "\n";
}
var_dump(wxps_test_receive($receiver, 200, 0.4)); // nothing more once delivered
// The default schedule is short, for tests; --notify-intervals=wechat is WeChat Pay's.
foreach ([[], ['notify_intervals' => 'wechat']] as $opts) {
    [, $state] = wxps_test_control(wxps_test_server($opts), 'GET', '/_sandbox/state');
    echo implode(',', $state['settings']['notify_intervals']), ' (', array_sum($state['settings']['notify_intervals']), " s)\n";
}
?>
--EXPECT--
NOTIFY-200: 201 202 299 200 delivered true
NOTIFY-204: 201 202 299 204 delivered true
NULL
1,2,5,10,30 (48 s)
15,15,30,180,1800,1800,1800,1800,3600 (11040 s)
