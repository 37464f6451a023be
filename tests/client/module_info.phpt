--TEST--
Module: php --ri shows versions and INI settings; reflection shows the stub signatures
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
echo (new ReflectionMethod(WxPayScore\Client::class, 'postAsync')), (new ReflectionMethod(WxPayScore\Promise::class, 'wait'));
$param = (new ReflectionMethod(WxPayScore\Client::class, '__construct'))->getParameters()[0];
echo $param->getName(), ' ', count($param->getAttributes(SensitiveParameter::class)), "\n";
?>
--EXPECT--
Version: shown
libcurl: shown
OpenSSL: shown
wxpayscore.persistent: shown
bool(true)
string(1) "1"
Method [ <internal:wxpayscore> public method postAsync ] {

  - Parameters [1] {
    Parameter #0 [ <optional> array $options = [] ]
  }
  - Return [ WxPayScore\Promise ]
}
Method [ <internal:wxpayscore> public method wait ] {

  - Parameters [1] {
    Parameter #0 [ <optional> bool $unwrap = true ]
  }
  - Return [ mixed ]
}
config 1
