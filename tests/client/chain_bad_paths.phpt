--TEST--
Chaining: an empty path, a path with NUL or an int offset throws InvalidArgumentException
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));
$tries = [
    'chain empty' => fn() => $instance->chain(''),
    'offset int' => fn() => $instance[3],
    'offset NUL' => fn() => $instance["v3\0x"],
];
foreach ($tries as $what => $try) {
    try {
        $try();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
chain empty: WxPayScore\Exception\InvalidArgumentException: a path segment must be a non-empty string without NUL
offset int: WxPayScore\Exception\InvalidArgumentException: a Client path must be a string, int given
offset NUL: WxPayScore\Exception\InvalidArgumentException: a path segment must be a non-empty string without NUL
