--TEST--
Path variables: any number of them may be ints, each expanded in its place
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$names = range('a', 'l');                            // twelve variables
$template = 'v3/sandbox-ints/{' . implode('}/{', $names) . '}';
$vars = array_combine($names, range(1, 12));
$vars['l'] = PHP_INT_MIN;
try {
    $instance->chain($template)->get($vars);
} catch (WxPayScore\Exception\ClientException $e) {
    echo $e->getResponse()->getStatusCode(), "\n";  // the sandbox has no such API; it saw the call
}
echo wxps_test_requests($server)[0]['target'], "\n";
?>
--EXPECT--
404
/v3/sandbox-ints/1/2/3/4/5/6/7/8/9/10/11/-9223372036854775808
