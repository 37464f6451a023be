--TEST--
Config: the opcache pass runs with opcache active, its shared memory read-only and no file cache
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php
// Asked for by the settings the pass passes, not by the state they make: an opcache that fails
// to start in that pass fails this test instead of skipping it.
if (get_cfg_var('opcache.protect_memory') !== '1') die('skip checks the opcache setup; the suite runs it in its opcache pass');
?>
--FILE--
<?php
var_dump(extension_loaded('Zend OPcache'));
$status = function_exists('opcache_get_status') ? opcache_get_status(false) : false;
var_dump(is_array($status) && $status['opcache_enabled']);
var_dump(ini_get('opcache.enable_cli'), ini_get('opcache.protect_memory'), ini_get('opcache.file_cache'));
// This script itself was compiled into the shared memory.
var_dump(opcache_is_script_cached(__FILE__));

// The shared memory is one anonymous shared mapping of opcache.memory_consumption bytes, and
// protect_memory keeps it read-only while a script runs: a write into it is a SIGSEGV.
$size = opcache_get_configuration()['directives']['opcache.memory_consumption'];
$segments = [];
foreach (file('/proc/self/maps') as $line) {
    [$range, $perms] = explode(' ', $line);
    [$from, $to] = array_map('hexdec', explode('-', $range));
    if ($perms[3] === 's' && $to - $from === $size) {
        $segments[] = $perms;
    }
}
var_dump($segments);

// The extension works there: a client is built and signs a page.
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline(), ['secret' => 'APIV2-LITERAL-SECRET-0123456789']));
$params = $instance->payScoreDetailParams(['service_id' => 'S1', 'out_order_no' => 'ORDER-1']);
var_dump(strlen($params['sign'] ?? $params['extraData']['sign'] ?? ''));
?>
--EXPECT--
bool(true)
bool(true)
string(1) "1"
string(1) "1"
string(0) ""
bool(true)
array(1) {
  [0]=>
  string(4) "r--s"
}
int(64)
