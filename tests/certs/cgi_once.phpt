--TEST--
Certificates: fifty php-cgi requests in one process, each with a fresh client, download the platform certificates once in all
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php
// scripts/test.sh installs php8.2-cgi, so the suite always runs this; a PHP built from source
// (scripts/debug-zts.sh) has its own php-cgi beside it.
$cgi = is_executable(dirname(PHP_BINARY) . '/php-cgi') ? dirname(PHP_BINARY) . '/php-cgi' : '/usr/bin/php-cgi';
if (!is_executable($cgi)) die('skip needs php-cgi (Debian php8.2-cgi), which scripts/test.sh installs for every pass');
if (getenv('WXPS_SANITIZE_SCRIPT') !== false) die('skip php-cgi cannot load the ASan build of the extension; the plain phpt passes run this test in each pass');
?>
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$server = wxps_test_server(['serial_mode' => 'cert']);
$script = __DIR__ . '/cgi_once.request.php';
$config = var_export(wxps_cert_config($server), true);
file_put_contents($script, <<<PHP
<?php
\$instance = new WxPayScore\\Client($config);
\$r = \$instance->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'CGI-' . getmypid(),
    'json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001'],
]);
echo \$r->getStatusCode(), "\\n";
PHP);
$cgi = is_executable(dirname(PHP_BINARY) . '/php-cgi') ? dirname(PHP_BINARY) . '/php-cgi' : '/usr/bin/php-cgi';
$command = [$cgi, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../modules/wxpayscore.so'), '-q', '-T', '50', $script];
// A clean environment: run-tests' CGI variables (SCRIPT_FILENAME...) would make php-cgi run this test again.
$env = ['PATH' => getenv('PATH') ?: '/usr/bin:/bin', 'TMPDIR' => sys_get_temp_dir()];
$proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
proc_close($proc);
unlink($script);
echo substr_count($out, "200\n"), " requests answered 200\n";
$err = trim(preg_replace('/^Elapsed time: [\d.]+ sec$/m', '', $err)); // what -T reports
echo $err === '' ? 'no errors' : $err, "\n";
echo 'downloads: ', wxps_cert_downloads($server), "\n";
?>
--EXPECT--
50 requests answered 200
no errors
downloads: 1
