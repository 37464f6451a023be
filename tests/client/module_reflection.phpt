--TEST--
Module: reflection shows the stub signatures, #[\SensitiveParameter] included
--EXTENSIONS--
wxpayscore
--FILE--
<?php
echo (new ReflectionMethod(WxPayScore\Client::class, 'postAsync')), (new ReflectionMethod(WxPayScore\Promise::class, 'wait'));
$param = (new ReflectionMethod(WxPayScore\Client::class, '__construct'))->getParameters()[0];
echo $param->getName(), ' ', count($param->getAttributes(SensitiveParameter::class)), "\n";
?>
--EXPECT--
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
