--TEST--
Hostile config: int and empty certs keys, arrays and objects where strings go, ArrayObjects; 10 000 headers work
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$good = wxps_test_config($server);
$pub = 'file://' . $server['keys']['platform_pub'];
$stringable = new class { public function __toString(): string { return '1900000001'; } };
$bad = [
    'certs int key' => ['certs' => [123 => $pub]],
    'certs numeric string key' => ['certs' => ['4096' => $pub]],
    'certs empty key' => ['certs' => ['' => $pub]],
    'certs value array' => ['certs' => ['PUB_KEY_ID_X' => [$pub]]],
    'certs value object' => ['certs' => ['PUB_KEY_ID_X' => new stdClass]],
    'certs value null' => ['certs' => ['PUB_KEY_ID_X' => null]],
    'certs ArrayObject' => ['certs' => new ArrayObject([$server['keys']['platform_serial'] => $pub])],
    'mchid Stringable' => ['mchid' => $stringable],
    'serial object' => ['serial' => new stdClass],
    'privateKey object' => ['privateKey' => new stdClass],
    'base_uri Stringable' => ['base_uri' => $stringable],
    'verify object' => ['verify' => new stdClass],
    'timeout object' => ['timeout' => new stdClass],
    'timeout true' => ['timeout' => true],
    'headers ArrayObject' => ['headers' => new ArrayObject(['X-A' => '1'])],
    'apiv3Key object' => ['apiv3Key' => new stdClass],
    'concurrency float' => ['concurrency' => 2.0],
];
foreach ($bad as $what => $override) {
    try {
        new WxPayScore\Client(array_replace($good, $override));
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
try {
    new WxPayScore\Client(array_values($good));
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo 'a list: ', $e->getMessage(), "\n";
}

// The config is read once: changing it through a reference afterwards changes nothing.
$config = $good;
$mchid = &$config['mchid'];
$headers = [];
for ($i = 0; $i < 10000; $i++) {
    $headers["X-H$i"] = (string) $i;
}
$config['headers'] = &$headers;
$client = new WxPayScore\Client($config);
$mchid = '1';
$headers = 'gone';
echo $client->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'C1', 'json' => ['appid' => 'wx1', 'service_id' => '1']])['out_order_no'], "\n";
$sent = wxps_test_requests($server)[0]['headers'];
echo count(preg_grep('/^x-h\d+$/', array_keys($sent))), ' ', $sent['x-h9999'], "\n";
?>
--EXPECT--
certs int key: config "certs" must be keyed by platform serial strings
certs numeric string key: config "certs" must be keyed by platform serial strings
certs empty key: config "certs" must be keyed by platform serial strings
certs value array: config "certs"["PUB_KEY_ID_X"] must be a string or an OpenSSLAsymmetricKey, array given
certs value object: config "certs"["PUB_KEY_ID_X"] must be a string or an OpenSSLAsymmetricKey, stdClass given
certs value null: config "certs"["PUB_KEY_ID_X"] must be a string or an OpenSSLAsymmetricKey, null given
certs ArrayObject: config "certs" must be a non-empty array of platform serial => public key or certificate
mchid Stringable: config "mchid" must be a non-empty string, class@anonymous given
serial object: config "serial" must be a non-empty string, stdClass given
privateKey object: config "privateKey" must be a string or an OpenSSLAsymmetricKey, stdClass given
base_uri Stringable: config "base_uri" must be a non-empty string, class@anonymous given
verify object: config "verify" must be true or the path of a CA bundle, stdClass given
timeout object: "timeout" must be a number of seconds, stdClass given
timeout true: "timeout" must be a number of seconds, bool given
headers ArrayObject: config "headers" must be an array, ArrayObject given
apiv3Key object: config "apiv3Key" must be a string of 32 bytes
concurrency float: config "concurrency" must be an int from 1 to 10000
a list: config must be keyed by name; [0] is not
C1
10000 9999
