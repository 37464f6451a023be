--TEST--
Sandbox: sandbox/endpoints.json is what gen-endpoints.php derives from the YAMLs, and names the same operations
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
$table = json_decode(file_get_contents(__DIR__ . '/../../sandbox/endpoints.json'), true);
$names = fn(array $ops) => array_map(fn($op) => "$op[method] $op[path]", $ops);
$fromYaml = $names(wxps_openapi_operations());
$fromTable = $names($table);
sort($fromYaml);
sort($fromTable);
var_dump($fromYaml === $fromTable, count($fromTable));
if (wxps_openapi_dir() !== null) {
    exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/../../sandbox/gen-endpoints.php') . ' --check ' . escapeshellarg(wxps_openapi_dir()) . ' 2>&1', $out, $rc);
    echo $rc === 0 ? "fresh\n" : implode("\n", $out) . "\n";
} else {
    echo "fresh\n"; // no YAMLs here to derive it from
}
?>
--EXPECT--
bool(true)
int(81)
fresh
