--TEST--
Formatter::queryStringLike(): key=value joined by &, without "sign" or a null or empty value, nothing encoded, order kept
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

var_dump(Formatter::queryStringLike(['b' => 2, 'sign' => 'S', 'a' => 'x y&z', 'n' => null, 'e' => '', 0 => 'zero', 'z' => 0]));
var_dump(Formatter::queryStringLike(Formatter::ksort(['mch_id' => '1900000001', 'service_id' => '88', 'out_order_no' => 'A1', 'timestamp' => '1530097563', 'nonce_str' => 'N', 'sign_type' => 'HMAC-SHA256'])));
var_dump(Formatter::queryStringLike(), Formatter::queryStringLike([]));
?>
--EXPECT--
string(22) "b=2&a=x y&z&0=zero&z=0"
string(102) "mch_id=1900000001&nonce_str=N&out_order_no=A1&service_id=88&sign_type=HMAC-SHA256&timestamp=1530097563"
string(0) ""
string(0) ""
