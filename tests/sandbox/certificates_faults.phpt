--TEST--
Sandbox /v3/certificates faults: a tag that fails, associated_data that differs, X.509 or JSON times out of range, a signer the list lacks, keys with a trailing space
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$keys = $server['keys'];
$good = wxps_t_certificates($server, wxps_t_call($server, 'GET', '/v3/certificates')['body'])[0];
$download = fn(string $fault) => wxps_t_call($server, 'GET', '/v3/certificates', ['Wechatpay-Sandbox-Fault' => $fault]);
$describe = function (array $answer) use ($server, $good): string {
    $entries = wxps_t_certificates($server, $answer['body']);
    $entry = $entries[0];
    $times = fn(string $key) => $entry[$key] ?? $entry["$key "];
    $json = strtotime($times('effective_time')) <= time() && strtotime($times('expire_time')) > time() ? 'JSON valid' : 'JSON expired';
    if ($entry['pem'] === null) {
        return "$answer[status], does not decrypt, $json";
    }
    $x509 = openssl_x509_parse($entry['pem']);
    return "$answer[status], decrypts, X.509 " . wxps_t_x509_validity($entry['pem']) . ", $json"
        . ($x509['serialNumberHex'] === $entry['serial_no'] ? ', same serial' : ', another serial')
        . (wxps_t_signed_by($answer['headers'], $answer['body'], $good['pem']) ? ', signed by it' : ', not signed by it');
};
foreach (['cert-bad-tag', 'cert-bad-aad', 'cert-expired', 'cert-not-yet', 'cert-json-expired'] as $fault) {
    echo "$fault: ", $describe($download($fault)), "\n";
}
// The AAD the JSON names is not the one used: with "certificate" it decrypts.
$aad = json_decode($download('cert-bad-aad')['body'], true)['data'][0]['encrypt_certificate'];
$data = base64_decode($aad['ciphertext']);
$plain = openssl_decrypt(substr($data, 0, -16), 'aes-256-gcm', trim(file_get_contents($keys['apiv3_key'])), OPENSSL_RAW_DATA, $aad['nonce'], substr($data, -16), 'certificate');
echo '  associated_data "', $aad['associated_data'], '"; with "certificate" it decrypts: ', var_export($plain === $good['pem'], true), "\n";

$foreign = $download('cert-foreign-signer');
$listed = array_column(json_decode($foreign['body'], true)['data'], 'serial_no');
echo 'cert-foreign-signer: ', $foreign['status'], ', serial other_cert_serial: ', var_export($foreign['headers']['wechatpay-serial'] === $keys['other_cert_serial'], true),
    ', listed: ', var_export(in_array($foreign['headers']['wechatpay-serial'], $listed, true), true),
    ', signed by other_cert: ', var_export(wxps_t_signed_by($foreign['headers'], $foreign['body'], file_get_contents($keys['other_cert'])), true),
    ', by the listed one: ', var_export(wxps_t_signed_by($foreign['headers'], $foreign['body'], $good['pem']), true), "\n";
$query = wxps_t_call($server, 'GET', '/v3/payscore/serviceorder?out_order_no=CF1&service_id=500001&appid=wxd678efh567hg6787', ['Wechatpay-Sandbox-Fault' => 'cert-foreign-signer']);
echo '  on another API too: ', $query['status'], ' ', var_export($query['headers']['wechatpay-serial'] === $keys['other_cert_serial'], true), "\n";

$spaced = $download('cert-spaced-keys');
echo 'cert-spaced-keys: ', json_encode(array_keys(json_decode($spaced['body'], true)['data'][0])), ', ', $describe($spaced), "\n";
echo 'cert-bad-tag,cert-spaced-keys: ', $describe($download('cert-bad-tag,cert-spaced-keys')), "\n";
$both = $download('cert-expired,cert-not-yet');
echo 'cert-expired,cert-not-yet: ', $both['status'], ' ', json_decode($both['body'], true)['message'], "\n";

// During a rotation the fault bends the signing (new) certificate; the old one stays good.
wxps_test_control($server, 'POST', '/_sandbox/certificates/rotate');
$entries = wxps_t_certificates($server, $download('cert-bad-tag')['body']);
echo 'rotated, cert-bad-tag: old ', $entries[0]['pem'] === $good['pem'] ? 'decrypts' : 'does not', ', new ', $entries[1]['pem'] === null ? 'does not decrypt' : 'decrypts', "\n";
$entries = wxps_t_certificates($server, $download('cert-expired')['body']);
echo 'rotated, cert-expired: old ', wxps_t_x509_validity($entries[0]['pem']), ', new ', wxps_t_x509_validity($entries[1]['pem']), "\n";
?>
--EXPECT--
cert-bad-tag: 200, does not decrypt, JSON valid
cert-bad-aad: 200, does not decrypt, JSON valid
cert-expired: 200, decrypts, X.509 expired, JSON valid, same serial, signed by it
cert-not-yet: 200, decrypts, X.509 not yet valid, JSON valid, same serial, signed by it
cert-json-expired: 200, decrypts, X.509 valid, JSON expired, same serial, signed by it
  associated_data "certificate-sandbox"; with "certificate" it decrypts: true
cert-foreign-signer: 200, serial other_cert_serial: true, listed: false, signed by other_cert: true, by the listed one: false
  on another API too: 200 true
cert-spaced-keys: ["serial_no","effective_time ","expire_time ","encrypt_certificate"], 200, decrypts, X.509 valid, JSON valid, same serial, signed by it
cert-bad-tag,cert-spaced-keys: 200, does not decrypt, JSON valid
cert-expired,cert-not-yet: 400 sandbox faults cert-expired and cert-not-yet exclude each other
rotated, cert-bad-tag: old decrypts, new does not decrypt
rotated, cert-expired: old valid, new expired
