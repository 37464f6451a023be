--TEST--
Hostile config: a finite but huge timeout is refused with a message that gives the upper bound
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$good = wxps_test_config($server);
$bad = [
    'config timeout 1e300' => fn() => new WxPayScore\Client(array_replace($good, ['timeout' => 1e300])),
    'config connect_timeout PHP_INT_MAX' => fn() => new WxPayScore\Client(array_replace($good, ['connect_timeout' => PHP_INT_MAX])),
    'option timeout one year and a second' => fn() => (new WxPayScore\Client($good))->v3->payscore->serviceorder->get(['timeout' => 86400 * 365 + 1]),
];
foreach ($bad as $what => $make) {
    try {
        $make();
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECT--
config timeout 1e300: "timeout" must be at most 31536000 seconds (one year)
config connect_timeout PHP_INT_MAX: "connect_timeout" must be at most 31536000 seconds (one year)
option timeout one year and a second: "timeout" must be at most 31536000 seconds (one year)
0
