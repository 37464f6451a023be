--TEST--
Sandbox notifications: after the last retry the sandbox gives up; a receiver that is not there is an attempt with an error
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true, 'notify_intervals' => '0.1']);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-GU1', ['notify_url' => $receiver['url']])]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-GU1/confirm');
wxps_test_receive($receiver, 500);
wxps_test_receive($receiver, 404);
var_dump(wxps_test_receive($receiver, 200, 0.4));

// A port nobody listens on.
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('SO-GU2', ['notify_url' => "http://127.0.0.1:$port/notify"])]);
wxps_test_control($server, 'POST', '/_sandbox/orders/SO-GU2/confirm');
usleep(400000);
[, $list] = wxps_test_control($server, 'GET', '/_sandbox/notifications');
foreach ($list['notifications'] as $n) {
    $attempts = array_map(fn($a) => $a['status'] ?? $a['error'], $n['attempts']);
    echo implode(', ', $attempts), ' | delivered ', var_export($n['delivered'], true), ', given up ', var_export($n['given_up'], true), "\n";
}
?>
--EXPECT--
NULL
500, 404 | delivered false, given up true
connection refused, connection refused | delivered false, given up true
