--TEST--
Sandbox checks: each documented body field of the partner (服务商) endpoints, given a value of the wrong JSON type, is refused naming it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
[$cases, $wrong] = wxps_openapi_check_types('#^/v3/payscore/partner/#');
echo "$cases cases\n", implode("\n", $wrong), "\n", count($wrong), " wrong\n";
?>
--EXPECT--
122 cases

0 wrong
