--TEST--
Config: every bad value throws InvalidArgumentException naming the key, with no key material and no warning
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$good = wxps_test_config(wxps_test_offline());
$pem = file_get_contents($keys['merchant_key']);
$bad = [
    'mchid missing' => ['mchid' => null],
    'mchid int' => ['mchid' => 1900000001],
    'mchid empty' => ['mchid' => ''],
    'mchid quote' => ['mchid' => '19"00'],
    'serial missing' => ['serial' => null],
    'serial array' => ['serial' => []],
    'privateKey missing' => ['privateKey' => null],
    'privateKey int' => ['privateKey' => 42],
    'privateKey unreadable file' => ['privateKey' => 'file:///nonexistent/apiclient_key.pem'],
    'privateKey garbage' => ['privateKey' => 'not a key at all'],
    'privateKey is a public key' => ['privateKey' => 'file://' . $keys['platform_pub']],
    'privateKey truncated PEM' => ['privateKey' => substr($pem, 0, 200)],
    'certs missing' => ['certs' => null],
    'certs empty' => ['certs' => []],
    'certs string' => ['certs' => 'x'],
    'certs list' => ['certs' => ['file://' . $keys['platform_pub']]],
    'certs holds serial' => ['certs' => [$good['serial'] => 'file://' . $keys['platform_pub']]],
    'certs bad key' => ['certs' => ['PUB_KEY_ID_X' => 'file:///nonexistent/pub.pem']],
    'certs private key' => ['certs' => ['PUB_KEY_ID_X' => $pem]],
    'base_uri ftp' => ['base_uri' => 'ftp://127.0.0.1/'],
    'base_uri no host' => ['base_uri' => 'https:///v3/'],
    'base_uri query' => ['base_uri' => 'https://127.0.0.1/?a=b'],
    'base_uri int' => ['base_uri' => 80],
    'verify false' => ['verify' => false],
    'verify missing file' => ['verify' => '/nonexistent/ca.pem'],
    'verify int' => ['verify' => 1],
    'timeout string' => ['timeout' => 'soon'],
    'connect_timeout negative' => ['connect_timeout' => -0.5],
    'headers string' => ['headers' => 'X-A: 1'],
    'headers CRLF' => ['headers' => ['X-A' => "1\r\n"]],
    'apiv3Key short' => ['apiv3Key' => 'short'],
    'secret int' => ['secret' => 5],
];
foreach ($bad as $what => $override) {
    try {
        new WxPayScore\Client(array_replace($good, $override));
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        $leak = str_contains($e->getMessage(), 'BEGIN') || str_contains($e->getMessage(), substr($pem, 40, 20));
        echo "$what: ", $e->getMessage(), $leak ? ' LEAKS KEY' : '', "\n";
    }
}
?>
--EXPECTF--
mchid missing: config "mchid" is required
mchid int: config "mchid" must be a non-empty string, int given
mchid empty: config "mchid" must be a non-empty string, empty string given
mchid quote: config "mchid" must not contain control characters, quotes or backslashes
serial missing: config "serial" is required
serial array: config "serial" must be a non-empty string, array given
privateKey missing: config "privateKey" is required
privateKey int: config "privateKey" must be a string or an OpenSSLAsymmetricKey, int given
privateKey unreadable file: config "privateKey": %s"/nonexistent/apiclient_key.pem"%S
privateKey garbage: config "privateKey": %s
privateKey is a public key: config "privateKey": %s
privateKey truncated PEM: config "privateKey": %s
certs missing: config "certs" is required (or apiv3Key, to download them)
certs empty: config "certs" must be a non-empty array of platform serial => public key or certificate
certs string: config "certs" must be a non-empty array of platform serial => public key or certificate
certs list: config "certs" must be keyed by platform serial strings
certs holds serial: config "certs" must not hold the merchant serial "%s": it lists WeChat Pay's platform keys
certs bad key: config "certs"["PUB_KEY_ID_X"]: %s"/nonexistent/pub.pem"%S
certs private key: config "certs"["PUB_KEY_ID_X"]: %s
base_uri ftp: config "base_uri" must be an http:// or https:// URL with a host, and no query or fragment
base_uri no host: config "base_uri" must be an http:// or https:// URL with a host, and no query or fragment
base_uri query: config "base_uri" must be an http:// or https:// URL with a host, and no query or fragment
base_uri int: config "base_uri" must be a non-empty string, int given
verify false: config "verify" cannot turn TLS verification off; give the path of a CA bundle that trusts the server instead
verify missing file: config "verify": cannot read CA bundle "/nonexistent/ca.pem"
verify int: config "verify" must be true or the path of a CA bundle, int given
timeout string: "timeout" must be a number of seconds, string given
connect_timeout negative: "connect_timeout" must be a finite number of seconds, 0 or more
headers string: config "headers" must be an array, string given
headers CRLF: "headers": header "X-A" must not contain CR, LF, NUL or other control characters
apiv3Key short: config "apiv3Key" must be a string of 32 bytes
secret int: config "secret" must be a non-empty string
