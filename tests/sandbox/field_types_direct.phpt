--TEST--
Sandbox checks: each documented body field of the direct-merchant endpoints (serviceorder, pay-on-delivery, payafter, smartretail, permissions, bills), given a value of the wrong JSON type, is refused naming it
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/openapi.inc';
[$cases, $wrong] = wxps_openapi_check_types('#^/v3/payscore/(?!partner/|acquiringbank/|oversea/|plan/|sign-plan/)#');
echo "$cases cases\n", implode("\n", $wrong), "\n", count($wrong), " wrong\n";
?>
--EXPECT--
120 cases

0 wrong
