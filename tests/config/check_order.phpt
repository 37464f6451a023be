--TEST--
Config: as in wechatpay-php, a missing or ill-shaped key is named before a key that cannot be read
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$good = wxps_test_config(wxps_test_offline());
$badKey = ['privateKey' => 'not a key at all'];
$cases = [
    'bad privateKey, no certs' => array_diff_key($good, ['certs' => 1]) + $badKey,
    'bad privateKey, empty certs' => ['certs' => []] + $badKey + $good,
    'bad privateKey, merchant serial in certs' => ['certs' => [$good['serial'] => 'file:///nowhere.pem']] + $badKey + $good,
    'bad privateKey, no serial' => array_diff_key($badKey + $good, ['serial' => 1]),
    'bad privateKey, no mchid' => array_diff_key($badKey + $good, ['mchid' => 1]),
    'no privateKey, no certs' => array_diff_key($good, ['privateKey' => 1, 'certs' => 1]),
    'bad privateKey, bad cert' => ['certs' => ['SERIAL1' => 'file:///nowhere.pem']] + $badKey + $good,
    'good privateKey, bad cert' => ['certs' => ['SERIAL1' => 'file:///nowhere.pem']] + $good,
];
foreach ($cases as $what => $config) {
    try {
        new WxPayScore\Client($config);
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bad privateKey, no certs: config "certs" is required (or apiv3Key, to download them)
bad privateKey, empty certs: config "certs" must be a non-empty array of platform serial => public key or certificate
bad privateKey, merchant serial in certs: config "certs" must not hold the merchant serial "%s": it lists WeChat Pay's platform keys
bad privateKey, no serial: config "serial" is required
bad privateKey, no mchid: config "mchid" is required
no privateKey, no certs: config "privateKey" is required
bad privateKey, bad cert: config "privateKey": %s
good privateKey, bad cert: config "certs"["SERIAL1"]: cannot read public key file "/nowhere.pem"
