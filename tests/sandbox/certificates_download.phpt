--TEST--
Sandbox /v3/certificates in certificate mode: signed like any answer, each entry decrypts to an X.509 certificate whose serial is serial_no and whose key verifies the answers
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];
// As wechatpay-java asks: a query string is ignored.
$answer = wxps_t_call($server, 'GET', '/v3/certificates?algorithm_type=RSA');
echo $answer['status'], ' ', $answer['headers']['content-type'], "\n";
$entries = wxps_t_certificates($server, $answer['body']);
echo count($entries), ' entry: ', implode(', ', array_keys($entries[0])), "\n";
$entry = $entries[0];
$encrypted = $entry['encrypt_certificate'];
echo implode(', ', array_keys($encrypted)), "\n";
echo $encrypted['algorithm'], ' ', $encrypted['associated_data'], ' nonce ', preg_match('/^[0-9A-Za-z]{12}$/', $encrypted['nonce']) ? 'of 12 characters' : $encrypted['nonce'], "\n";
$rfc3339 = '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/';
echo 'times: ', preg_match($rfc3339, $entry['effective_time']) && preg_match($rfc3339, $entry['expire_time']) ? 'RFC 3339, +08:00' : 'other', "\n";

$x509 = openssl_x509_parse($entry['pem']);
echo 'serial_no is the X.509 serial: ', var_export($x509['serialNumberHex'] === $entry['serial_no'], true), "\n";
echo 'it is platform_cert: ', var_export($entry['serial_no'] === $keys['platform_cert_serial'], true), "\n";
echo 'JSON times are the X.509 times: ', var_export(strtotime($entry['effective_time']) === $x509['validFrom_time_t'] && strtotime($entry['expire_time']) === $x509['validTo_time_t'], true), "\n";
echo 'X.509: ', wxps_t_x509_validity($entry['pem']), ', issued by the sandbox CA: ', openssl_x509_verify($entry['pem'], file_get_contents($keys['ca'])), "\n";
echo 'the answer names it: ', var_export($answer['headers']['wechatpay-serial'] === $entry['serial_no'], true), "\n";
echo 'and is signed by it: ', var_export(wxps_t_signed_by($answer['headers'], $answer['body'], $entry['pem']), true), "\n";
// The same for any other answer.
$order = wxps_t_call($server, 'GET', '/v3/payscore/serviceorder?out_order_no=CD1&service_id=500001&appid=wxd678efh567hg6787');
echo 'an order query: ', $order['status'], ' ', var_export(wxps_t_signed_by($order['headers'], $order['body'], $entry['pem']), true), "\n";
// Two downloads, two fresh nonces.
$again = wxps_t_certificates($server, wxps_t_call($server, 'GET', '/v3/certificates')['body'])[0];
echo 'again: same certificate ', var_export($again['pem'] === $entry['pem'], true), ', another nonce ', var_export($again['encrypt_certificate']['nonce'] !== $encrypted['nonce'], true), "\n";

// Checked like every API; only GET.
$unsigned = wxps_test_control($server, 'GET', '/v3/certificates');
echo 'unsigned: ', $unsigned[0], ' ', $unsigned[1]['code'], "\n";
$post = wxps_t_call($server, 'POST', '/v3/certificates', ['Content-Type' => 'application/json'], '{}');
echo 'POST: ', $post['status'], ' ', $post['body'], "\n";
// Every download is in the request log.
$downloads = array_filter(wxps_test_requests($server), fn($r) => parse_url($r['target'], PHP_URL_PATH) === '/v3/certificates');
echo count($downloads), ' logged: ', implode(' ', array_map(fn($r) => $r['method'] . ' ' . $r['status'], $downloads)), "\n";
?>
--EXPECT--
200 application/json
1 entry: serial_no, effective_time, expire_time, encrypt_certificate, pem
algorithm, nonce, associated_data, ciphertext
AEAD_AES_256_GCM certificate nonce of 12 characters
times: RFC 3339, +08:00
serial_no is the X.509 serial: true
it is platform_cert: true
JSON times are the X.509 times: true
X.509: valid, issued by the sandbox CA: 1
the answer names it: true
and is signed by it: true
an order query: 200 true
again: same certificate true, another nonce true
unsigned: 401 SIGN_ERROR
POST: 404 {"code":"NOT_FOUND","message":"no API at POST /v3/certificates (it takes GET)"}
4 logged: GET 200 GET 200 GET 401 POST 404
