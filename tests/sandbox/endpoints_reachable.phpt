--TEST--
Sandbox: every endpoint of the Pay Score YAMLs answers its documented method with its documented status
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$operations = wxps_openapi_operations();
$statuses = [];
foreach ($operations as $i => $op) {
    [$status, $code, $message] = wxps_openapi_call($instance, $op, wxps_openapi_request($op, "e$i"));
    if ($status !== $op['status']) {
        echo "$op[method] $op[path]: expected $op[status], got $status $code $message\n";
    }
    $statuses[$status] = ($statuses[$status] ?? 0) + 1;
}
echo count($operations), " operations\n";
ksort($statuses);
print_r($statuses);
// Each answer was verified by the extension; the sandbox saw each request signed.
$seen = wxps_test_requests($server);
var_dump(count($seen) === count($operations), count(array_filter($seen, fn($r) => $r['sign_ok'])) === count($operations));
?>
--EXPECT--
81 operations
Array
(
    [200] => 58
    [204] => 23
)
bool(true)
bool(true)
