--TEST--
Sandbox certificate rotation: a new certificate (new key, 40 hex digits of serial, from the CA) is listed beside the old, whose expire_time comes earlier, and signs answers and notifications from then on
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];
$query = '/v3/payscore/serviceorder?out_order_no=RT1&service_id=500001&appid=wxd678efh567hg6787';
$old = file_get_contents($keys['platform_cert']);

[$status, $rotated] = wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
echo "rotate: $status ", implode(', ', array_keys($rotated)), ', previous is platform_cert: ', var_export($rotated['previous'] === $keys['platform_cert_serial'], true), "\n";
echo 'new serial: ', preg_match('/^[0-9A-F]{40}$/', $rotated['serial_no']) ? '40 upper-case hex digits' : $rotated['serial_no'], "\n";
[, $state] = wxps_test_control($server, 'GET', '/_sandbox/certificates');
foreach ($state['data'] as $c) {
    echo '  ', $c['serial_no'] === $rotated['serial_no'] ? 'new' : 'old', ' signing=', var_export($c['signing'], true), ' ', implode(',', array_keys($c)), "\n";
}
$new = end($state['data'])['pem'];
$x509 = openssl_x509_parse($new);
echo 'new X.509: serial ', var_export($x509['serialNumberHex'] === $rotated['serial_no'], true), ', from the CA ', openssl_x509_verify($new, file_get_contents($keys['ca'])),
    ', notBefore a little in the past ', var_export($x509['validFrom_time_t'] < time() && $x509['validFrom_time_t'] > time() - 3600, true),
    ', notAfter years ahead ', var_export($x509['validTo_time_t'] > time() + 4 * 365 * 86400, true), "\n";
$keyOf = fn(string $pem) => openssl_pkey_get_details(openssl_pkey_get_public($pem))['key'];
echo 'new key: ', var_export($keyOf($new) !== $keyOf($old) && $keyOf($new) !== file_get_contents($keys['platform_pub']), true), "\n";

$download = wxps_t_call($server, 'GET', '/v3/certificates');
$entries = wxps_t_certificates($server, $download['body']);
echo 'download: ', count($entries), ' entries, ', implode(' then ', array_map(fn($e) => $e['serial_no'] === $rotated['serial_no'] ? 'new' : 'old', $entries)), "\n";
[$was, $now] = $entries;
echo 'they decrypt to the state\'s certificates: ', var_export($was['pem'] === $old && $now['pem'] === $new, true), "\n";
echo 'old expire_time earlier than the new one: ', var_export(strtotime($was['expire_time']) < strtotime($now['expire_time']), true),
    ', still ahead: ', var_export(strtotime($was['expire_time']) > time(), true), "\n";
echo 'the download signed by the new one: ', var_export($download['headers']['wechatpay-serial'] === $rotated['serial_no'] && wxps_t_signed_by($download['headers'], $download['body'], $new), true), "\n";
$answer = wxps_t_call($server, 'GET', $query);
echo 'an answer: ', var_export($answer['headers']['wechatpay-serial'] === $rotated['serial_no'], true), ' new ', var_export(wxps_t_signed_by($answer['headers'], $answer['body'], $new), true),
    ' old ', var_export(wxps_t_signed_by($answer['headers'], $answer['body'], $old), true), "\n";
[, $sample] = wxps_test_control($server, 'GET', '/_sandbox/notification-sample');
echo 'a notification: ', var_export($sample['headers']['Wechatpay-Serial'] === $rotated['serial_no'] && wxps_t_signed_by($sample['headers'], $sample['body'], $new), true), "\n";

// Again: the list keeps the two latest.
[, $second] = wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
echo 'second rotation: previous is the first new one: ', var_export($second['previous'] === $rotated['serial_no'], true), "\n";
$serials = array_column(wxps_t_certificates($server, wxps_t_call($server, 'GET', '/v3/certificates')['body']), 'serial_no');
echo 'listed: ', var_export($serials === [$rotated['serial_no'], $second['serial_no']], true), "\n";

// In both mode the certificate rotates; PUB_KEY_ID answers stay with the public key.
$both = wxps_test_server(['serial_mode' => 'both']);
[, $r] = wxps_test_control($both, 'POST', '/_sandbox/certificates/rotate');
echo 'both: previous is migration_cert: ', var_export($r['previous'] === $keys['migration_cert_serial'], true),
    ', answers: ', wxps_t_call($both, 'GET', $query)['headers']['wechatpay-serial'] === $r['serial_no'] ? 'new certificate' : 'other',
    ', with PUB_KEY_ID: ', wxps_t_call($both, 'GET', $query, ['Wechatpay-Serial' => $keys['platform_serial']])['headers']['wechatpay-serial'], "\n";
?>
--EXPECT--
rotate: 200 serial_no, previous, previous is platform_cert: true
new serial: 40 upper-case hex digits
  old signing=false serial_no,effective_time,expire_time,pem,signing
  new signing=true serial_no,effective_time,expire_time,pem,signing
new X.509: serial true, from the CA 1, notBefore a little in the past true, notAfter years ahead true
new key: true
download: 2 entries, old then new
they decrypt to the state's certificates: true
old expire_time earlier than the new one: true, still ahead: true
the download signed by the new one: true
an answer: true new true old false
a notification: true
second rotation: previous is the first new one: true
listed: true
both: previous is migration_cert: true, answers: new certificate, with PUB_KEY_ID: PUB_KEY_ID_0114232134912410000000000000000001
