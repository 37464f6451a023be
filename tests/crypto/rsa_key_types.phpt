--TEST--
Crypto\Rsa: KEY_TYPE_PUBLIC and KEY_TYPE_PRIVATE are wechatpay-php's "public" and "private"
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Crypto\Rsa;

var_dump(Rsa::KEY_TYPE_PUBLIC, Rsa::KEY_TYPE_PRIVATE);
?>
--EXPECT--
string(6) "public"
string(7) "private"
