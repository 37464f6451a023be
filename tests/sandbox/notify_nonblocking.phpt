--TEST--
Sandbox notifications: a receiver that never answers holds up no API call; the attempt times out and is retried
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true, 'notify_intervals' => '0.1', 'notify_timeout' => '0.4']);
$instance = wxps_test_client($server);
$silent = stream_socket_server('tcp://127.0.0.1:0'); // accepts (the kernel does), never reads or answers
$port = parse_url('tcp://' . stream_socket_get_name($silent, false), PHP_URL_PORT);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-NB1', ['notify_url' => "http://127.0.0.1:$port/notify"])]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-NB1/confirm');
$start = microtime(true);
for ($i = 0; $i < 5; $i++) {
    wxps_t_query($instance, 'SO-NB1');
}
echo 'API calls while the receiver hangs: ', microtime(true) - $start < 0.3 ? 'quick' : 'slow', "\n";
usleep(1100000);
[, $list] = wxps_test_control($server, 'GET', '/_sandbox/notifications');
$n = $list['notifications'][0];
echo implode(', ', array_column($n['attempts'], 'error')), ' | given up ', var_export($n['given_up'], true), "\n";
?>
--EXPECT--
API calls while the receiver hangs: quick
no answer within 0.4 s, no answer within 0.4 s | given up true
