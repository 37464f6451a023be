--TEST--
Config: the process-wide key cache stays bounded however many distinct key texts clients are built from
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip the RSS under valgrind or ASan counts their own bookkeeping; the plain phpt passes run this test in each pass');
}
?>
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$pem = file_get_contents($keys['merchant_key']);
$rss = function (): int {
    preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
};
// Each text is a new cache key (the cache is keyed by the text's SHA-256), the same key parsed.
$build = function (int $from, int $to) use ($keys, $pem) {
    for ($i = $from; $i < $to; $i++) {
        $instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline(), ['privateKey' => $pem . str_repeat("\n", $i)]));
    }
};
$build(0, 1000);
$before = $rss();
$build(1000, 7000);                                   // unbounded, these would keep some 13 MB
$grown = $rss() - $before;
var_dump($grown < 4096);
if ($grown >= 4096) {
    echo "grew by $grown kB\n";
}
?>
--EXPECT--
bool(true)
