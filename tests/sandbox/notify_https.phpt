--TEST--
Sandbox notifications: an https notify_url is reached over TLS, trusting --notify-cafile; an untrusted certificate fails the attempt
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
// The receiver is a second sandbox over HTTPS: POST /_sandbox/health is no route there (404),
// POST /_sandbox/reset answers 200.
$receiver = wxps_test_server(['tls' => true]);
$trusting = wxps_test_server(['strict' => true, 'notify_intervals' => '', 'notify_cafile' => $receiver['keys']['ca']]);
$doubting = wxps_test_server(['strict' => true, 'notify_intervals' => '']);
$run = function (array $server, string $path) use ($receiver) {
    $no = 'HTTPS' . mt_rand();
    wxps_test_client($server)->v3->payscore->serviceorder->post(['json' => wxps_t_order($no, ['notify_url' => $receiver['base_uri'] . ltrim($path, '/')])]);
    wxps_test_control($server, 'POST', "/_sandbox/orders/$no/confirm");
    for ($i = 0; $i < 100; $i++) {
        usleep(20000);
        $n = wxps_test_control($server, 'GET', '/_sandbox/notifications')[1]['notifications'][0] ?? null;
        if ($n !== null && $n['attempts'] !== []) {
            $a = end($n['attempts']);
            return ($a['status'] ?? $a['error']) . ($n['delivered'] ? ', delivered' : ', not delivered');
        }
    }
    return 'no attempt';
};
echo 'trusted CA, 200: ', $run($trusting, '/_sandbox/reset'), "\n";
echo 'system CAs: ', preg_replace('/:.*/s', '', $run($doubting, '/_sandbox/reset')), "\n";
echo 'trusted CA, 404: ', $run(wxps_test_server(['strict' => true, 'notify_intervals' => '', 'notify_cafile' => $receiver['keys']['ca']]), '/_sandbox/health'), "\n";
$seen = array_filter(wxps_test_requests($receiver), fn($r) => $r['method'] === 'POST');
echo count($seen), ' requests reached the receiver, signed by the sandbox: ', implode(' ', array_map(fn($r) => isset($r['headers']['wechatpay-signature']) ? 'yes' : 'no', $seen)), "\n";
?>
--EXPECT--
trusted CA, 200: 200, delivered
system CAs: TLS handshake failed
trusted CA, 404: 404, not delivered
2 requests reached the receiver, signed by the sandbox: yes yes
