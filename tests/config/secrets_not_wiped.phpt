--TEST--
Config: destroying a client wipes only its own copies of apiv3Key and secret, never the caller's strings
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$apiv3 = trim(file_get_contents($keys['apiv3_key']));   // a string made at run time
$config = wxps_test_config(wxps_test_offline(), [
    'apiv3Key' => $apiv3,
    'secret' => 'APIV2-LITERAL-SECRET-0123456789',        // an interned literal of this script
]);
$copy = $config;                                          // the same strings, held twice more

for ($i = 0; $i < 3; $i++) {
    $instance = new WxPayScore\Client($config);
    $node = $instance->v3->payscore;
    unset($instance, $node);                              // the client and its config are gone
}

var_dump($apiv3 === trim(file_get_contents($keys['apiv3_key'])));
var_dump($config['apiv3Key'] === $apiv3, $copy['apiv3Key'] === $apiv3);
var_dump($config['secret'], $copy['secret']);
// The literal itself, as the engine (or opcache) keeps it for every later use.
var_dump('APIV2-LITERAL-SECRET-0123456789');
var_dump(strlen(str_replace("\0", '', $config['secret'])));

// A client built from the untouched strings still opens notifications and signs pages.
$instance = new WxPayScore\Client($config);
$params = $instance->payScoreDetailParams(['service_id' => 'S1', 'out_order_no' => 'ORDER-1']);
var_dump(strlen($params['sign'] ?? $params['extraData']['sign'] ?? ''));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(31) "APIV2-LITERAL-SECRET-0123456789"
string(31) "APIV2-LITERAL-SECRET-0123456789"
string(31) "APIV2-LITERAL-SECRET-0123456789"
int(31)
int(64)
