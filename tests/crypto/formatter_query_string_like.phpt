--TEST--
Formatter::queryStringLike(): key=value joined by &, without "sign", a null or an empty string (false is kept, as in the SDK), nothing encoded, order kept
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

var_dump(Formatter::queryStringLike(['b' => 2, 'sign' => 'S', 'a' => 'x y&z', 'n' => null, 'e' => '', 0 => 'zero', 'z' => 0]));
var_dump(Formatter::queryStringLike(Formatter::ksort(['mch_id' => '1900000001', 'service_id' => '88', 'out_order_no' => 'A1', 'timestamp' => '1530097563', 'nonce_str' => 'N', 'sign_type' => 'HMAC-SHA256'])));
var_dump(Formatter::queryStringLike(), Formatter::queryStringLike([]));
// As wechatpay-php: only null and the empty string are left out; false is "f=", true "t=1".
$sdk = function (array $thing): string {
    $data = [];
    foreach ($thing as $key => $value) {
        if ($key === 'sign' || $value === null || $value === '') {
            continue;
        }
        $data[] = $key . '=' . $value;
    }
    return implode('&', $data);
};
$mixed = ['f' => false, 't' => true, 'e' => '', 'n' => null, 'i' => 0, 'd' => 1.5, 's' => '0'];
var_dump(Formatter::queryStringLike($mixed), Formatter::queryStringLike($mixed) === $sdk($mixed));
?>
--EXPECT--
string(22) "b=2&a=x y&z&0=zero&z=0"
string(102) "mch_id=1900000001&nonce_str=N&out_order_no=A1&service_id=88&sign_type=HMAC-SHA256&timestamp=1530097563"
string(0) ""
string(0) ""
string(20) "f=&t=1&i=0&d=1.5&s=0"
bool(true)
