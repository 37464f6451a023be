--TEST--
Sandbox /v3/certificates with the wire faults of every API: stale timestamp, injected status, dropped connection, delay, unknown and rotating serials
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];
$download = fn(string $fault) => wxps_t_call($server, 'GET', '/v3/certificates', ['Wechatpay-Sandbox-Fault' => $fault]);
$cert = file_get_contents($keys['platform_cert']);

$stale = $download('stale-timestamp');
echo 'stale-timestamp: ', $stale['status'], ', ', time() - (int) $stale['headers']['wechatpay-timestamp'] >= 600 ? '600 s old' : 'fresh',
    ', signed: ', var_export(wxps_t_signed_by($stale['headers'], $stale['body'], $cert), true), "\n";
$failed = $download('status=500');
echo 'status=500: ', $failed['status'], ' ', $failed['body'], "\n";
$dropped = $download('drop');
echo 'drop: status ', $dropped['status'], "\n";
$delayed = $download('delay=300');
echo 'delay=300: ', $delayed['status'], ', ', $delayed['seconds'] >= 0.3 ? 'after 300 ms' : 'at once', ', ', count(wxps_t_certificates($server, $delayed['body'])), " entry\n";
$unknown = $download('unknown-serial');
echo 'unknown-serial: ', $unknown['headers']['wechatpay-serial'] === $keys['other_serial'] ? 'other_serial' : '?', "\n";
// rotate-serial: the certificate, the stranger, the certificate's key under its PUB_KEY_ID.
$serials = [];
for ($i = 0; $i < 6; $i++) {
    $serials[] = $download('rotate-serial')['headers']['wechatpay-serial'];
}
echo 'rotate-serial: ', implode(' ', array_map(fn($s) => [$keys['platform_cert_serial'] => 'CERT', $keys['other_serial'] => 'OTHER', $keys['platform_serial'] => 'PUB_KEY_ID'][$s] ?? $s, $serials)), "\n";
// After a rotation the new certificate takes the turn; its alias is a serial nobody lists.
[, $rotated] = wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
$turns = [];
for ($i = 0; $i < 3; $i++) {
    $answer = $download('rotate-serial');
    $turns[] = $answer['headers']['wechatpay-serial'];
}
$alias = $turns[2];
echo 'after rotation: ', $turns[0] === $rotated['serial_no'] ? 'NEW' : '?', ' ', $turns[1] === $keys['other_serial'] ? 'OTHER' : '?', ' ',
    preg_match('/^[0-9A-F]{40}$/', $alias) && !in_array($alias, [$rotated['serial_no'], $rotated['previous']], true) ? 'unlisted' : $alias, "\n";
// Every one of them is in the log.
$logged = array_filter(wxps_test_requests($server), fn($r) => $r['target'] === '/v3/certificates');
echo count($logged), ' downloads logged, ', count(array_filter($logged, fn($r) => $r['dropped'])), " dropped\n";
?>
--EXPECT--
stale-timestamp: 200, 600 s old, signed: true
status=500: 500 {"code":"SYSTEM_ERROR","message":"sandbox fault"}
drop: status 0
delay=300: 200, after 300 ms, 1 entry
unknown-serial: other_serial
rotate-serial: CERT OTHER PUB_KEY_ID CERT OTHER PUB_KEY_ID
after rotation: NEW OTHER unlisted
14 downloads logged, 1 dropped
