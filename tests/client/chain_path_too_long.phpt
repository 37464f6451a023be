--TEST--
Chaining: over-long keys and paths are refused with a clear message before any node is built, and nothing is kept
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));

$before = memory_get_usage();
foreach ([fn() => $instance->chain(str_repeat('v3/segment/', 1500)),
          fn() => $instance[str_repeat('a', 5000)],
          fn() => $instance->{str_repeat('b', 5000)}] as $call) {
    try {
        $call();
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$node = $instance;
try {
    for ($i = 0; $i < 10000; $i++) {
        $node = $node->{'segment' . $i};
    }
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $i, ' deep: ', $e->getMessage(), "\n";
}
unset($node);
var_dump(memory_get_usage() - $before < 64 * 1024);
?>
--EXPECTF--
a Client path is 16500 bytes long; at most 4096 are taken
a Client path is 5000 bytes long; at most 4096 are taken
a Client path is 5000 bytes long; at most 4096 are taken
%d deep: a Client path is %d bytes long; at most 4096 are taken
bool(true)
