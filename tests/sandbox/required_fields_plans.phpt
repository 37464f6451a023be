--TEST--
Sandbox checks: each required field of the plan and sign-plan endpoints is enforced
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
// Each required query parameter and body field (nested ones too) left out, one at a time:
// 400 PARAM_ERROR naming the field.
[$cases, $wrong] = wxps_openapi_check_required('#^/v3/payscore/(plan|sign-plan)/#');
echo "$cases cases\n", implode("\n", $wrong), "\n", count($wrong), " wrong\n";
?>
--EXPECT--
67 cases

0 wrong
