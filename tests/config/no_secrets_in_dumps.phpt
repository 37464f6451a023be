--TEST--
Config: var_dump, print_r, var_export and casts of a client show no key material
--EXTENSIONS--
wxpayscore
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$config = wxps_test_config(wxps_test_offline(), ['apiv3Key' => str_repeat('K', 32), 'secret' => 'APIV2SECRETAPIV2SECRET', 'privateKey' => file_get_contents(wxps_test_keys()['merchant_key'])]);
$instance = new WxPayScore\Client($config);
$node = $instance->v3->payscore;
ob_start();
var_dump($instance, $node);
print_r($node);
var_export($node);
var_dump((array) $node, get_object_vars($node));
$out = ob_get_clean();
foreach (['BEGIN', 'PRIVATE', str_repeat('K', 32), 'APIV2SECRET', substr($config['privateKey'], 60, 16)] as $secret) {
    var_dump(str_contains($out, $secret));
}
var_dump($node);
try {
    new WxPayScore\Client(array_replace($config, ['certs' => 'not an array']));
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    $frame = $e->getTrace()[0];
    echo $frame['class'], '::', $frame['function'], ' ', get_class($frame['args'][0]), "\n";
    var_dump(str_contains(print_r($e->getTrace(), true), 'APIV2SECRET'));
}
?>
--EXPECTF--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
object(WxPayScore\Client)#%d (4) {
  ["mchid"]=>
  string(10) "1900000001"
  ["serial"]=>
  string(%d) "%s"
  ["base_uri"]=>
  string(%d) "http://127.0.0.1:%d/"
  ["path"]=>
  string(11) "v3/payscore"
}
WxPayScore\Client::__construct SensitiveParameterValue
bool(false)
