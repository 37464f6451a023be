--TEST--
Certificates: in public-key mode no download ever happens, every request names the public key, and encryptor() uses it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'pubkey']);
$keys = $server['keys'];
$instance = new WxPayScore\Client(wxps_cert_config($server, [], [$keys['platform_serial'] => 'file://' . $keys['platform_pub']]));

for ($i = 1; $i <= 3; $i++) {
    echo wxps_cert_call($instance, "PUB-$i")['out_order_no'], "\n";
}
// A serial nobody knows that is a PUB_KEY_ID: refused, never a download.
try {
    wxps_cert_call($instance, 'PUB-X', ['headers' => ['Wechatpay-Sandbox-Fault' => 'unknown-serial']]);
} catch (WxPayScore\Exception\RequestException $e) {
    echo substr($e->getMessage(), strrpos($e->getMessage(), ': ') + 2), "\n";
}
echo 'downloads: ', wxps_cert_downloads($server), "\n";
$seen = array_map(fn($r) => $r['headers']['wechatpay-serial'] ?? '(none)', wxps_test_requests($server));
echo implode("\n", array_unique($seen)), "\n";

$certs = $instance->certificates();                    // a public-key merchant's list: 404, so nothing more
echo implode(',', array_keys($certs)), ' ', $certs[$keys['platform_serial']]['source'], "\n";
['serial' => $serial, 'encrypt' => $encrypt] = $instance->encryptor();
echo $serial, "\n";
openssl_private_decrypt(base64_decode($encrypt('张三')), $plain, file_get_contents($keys['platform_key']), OPENSSL_PKCS1_OAEP_PADDING);
var_dump($plain, $encrypt instanceof Closure);
echo 'downloads: ', wxps_cert_downloads($server), "\n";
?>
--EXPECT--
PUB-1
PUB-2
PUB-3
answer is signed with serial "PUB_KEY_ID_0114232134912410000000000000000002", which is not in config "certs"
downloads: 0
PUB_KEY_ID_0114232134912410000000000000000001
PUB_KEY_ID_0114232134912410000000000000000001 config
PUB_KEY_ID_0114232134912410000000000000000001
string(6) "张三"
bool(true)
downloads: 1
