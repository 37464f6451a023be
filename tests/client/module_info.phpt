--TEST--
Module: php --ri shows the versions of wxpayscore, libcurl and OpenSSL and the INI settings
--EXTENSIONS--
wxpayscore
--FILE--
<?php
ob_start();
(new ReflectionExtension('wxpayscore'))->info();
$info = ob_get_clean();
foreach (['Version', 'libcurl', 'OpenSSL', 'wxpayscore.persistent'] as $row) {
    echo $row, ': ', preg_match('/^' . preg_quote($row, '/') . ' => \S/m', $info) ? 'shown' : 'MISSING', "\n";
}
var_dump(phpversion('wxpayscore') === (new ReflectionExtension('wxpayscore'))->getVersion(), ini_get('wxpayscore.persistent'));
?>
--EXPECT--
Version: shown
libcurl: shown
OpenSSL: shown
wxpayscore.persistent: shown
bool(true)
string(1) "1"
