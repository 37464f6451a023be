--TEST--
Sandbox program: --help documents the command line; a wrong option or value stops it with status 2
--FILE--
<?php
// -n: only the command line is checked here, no extension is needed.
$sandbox = escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg(__DIR__ . '/../../sandbox/sandbox.php');
exec("$sandbox --help", $out, $rc);
$help = implode("\n", $out);
echo "help: $rc\n";
foreach (['--listen', '--tls', '--keys', '--state', '--strict', '--lenient', '--serial-mode', '--notify-intervals', '--notify-timeout', '--notify-cafile', '--port-file', '--log', '--idle-timeout', '--exit-with-parent'] as $option) {
    if (!str_contains($help, $option)) {
        echo "undocumented: $option\n";
    }
}
foreach (['--nope', '--strict=yes', '--lenient=1', '--listen=8080', '--serial-mode=x509', '--notify-intervals=soon'] as $bad) {
    $err = [];
    exec("$sandbox " . escapeshellarg($bad) . ' 2>&1', $err, $rc);
    echo "$bad: $rc ", $err[0] ?? '', "\n";
}
exec("$sandbox --strict --lenient 2>&1", $err, $rc);
echo "both: $rc ", end($err), "\n";
?>
--EXPECT--
help: 0
--nope: 2 sandbox.php: unknown option: --nope (see --help)
--strict=yes: 2 sandbox.php: --strict takes no value (see --help)
--lenient=1: 2 sandbox.php: --lenient takes no value (see --help)
--listen=8080: 2 sandbox.php: --listen must be HOST:PORT (see --help)
--serial-mode=x509: 2 sandbox.php: --serial-mode must be pubkey, cert or both (see --help)
--notify-intervals=soon: 2 sandbox.php: --notify-intervals must be "wechat" or seconds separated by commas (see --help)
both: 2 sandbox.php: --strict and --lenient exclude each other (see --help)
