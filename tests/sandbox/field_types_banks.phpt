--TEST--
Sandbox checks: each documented body field of the acquiring-bank and oversea endpoints, given a value of the wrong JSON type, is refused naming it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
[$cases, $wrong] = wxps_openapi_check_types('#^/v3/payscore/(acquiringbank|oversea)/#');
echo "$cases cases\n", implode("\n", $wrong), "\n", count($wrong), " wrong\n";
?>
--EXPECT--
110 cases

0 wrong
