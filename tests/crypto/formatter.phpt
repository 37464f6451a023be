--TEST--
Formatter: nonce, timestamp, authorization, request/response messages, joinedByLineFeed, ksort, queryStringLike as wechatpay-php's
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

$nonces = [];
for ($i = 0; $i < 200; $i++) {
    $nonces[] = Formatter::nonce();
}
var_dump(count(array_unique($nonces)), strlen($nonces[0]), preg_match('/^[0-9A-Za-z]+$/', implode('', $nonces)));
var_dump(strlen(Formatter::nonce(1)), strlen(Formatter::nonce(33)), strlen(Formatter::nonce(1000)), preg_match('/^[0-9A-Za-z]{1000}$/', Formatter::nonce(1000)));
foreach ([0, -1] as $size) {
    try {
        Formatter::nonce($size);
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(abs(Formatter::timestamp() - time()) <= 1);

echo Formatter::authorization('1900000001', 'NONCE', 'c2lnbmF0dXJl', '1700000000', 'SERIAL'), "\n";
var_dump(Formatter::request('POST', '/v3/payscore/serviceorder?a=1', '1700000000', 'NONCE', '{"a":1}'));
var_dump(Formatter::request('GET', '/v3/x', '1', 'N'));
var_dump(Formatter::response('1700000000', 'NONCE', "{}\0") === "1700000000\nNONCE\n{}\0\n", Formatter::response('1', 'N'));
var_dump(Formatter::joinedByLineFeed(), Formatter::joinedByLineFeed('a'), Formatter::joinedByLineFeed('a', 1, 2.5, true, false, null));
var_dump(Formatter::joinedByLineFeed(...['a', 'b']) === implode("\n", ['a', 'b', '']));

// ksort: byte order (SORT_STRING), as PHP's ksort($a, SORT_STRING) gives; values untouched.
$input = ['sign' => 'S', 'b' => 2, 'a' => ['nested'], 'B' => 3, 10 => 'ten', 9 => 'nine', 'a1' => null, '_' => '', 'Z' => 0];
$expected = $input;
ksort($expected, SORT_STRING);
var_dump(Formatter::ksort($input) === $expected, array_keys(Formatter::ksort($input)), $input['sign']);
var_dump(Formatter::ksort(), Formatter::ksort([]));
$random = [];
for ($i = 0; $i < 300; $i++) {
    $random[bin2hex(random_bytes(random_int(1, 4)))] = $i;
    $random[random_int(-1000, 1000)] = $i;
}
$expected = $random;
ksort($expected, SORT_STRING);
var_dump(Formatter::ksort($random) === $expected);

// queryStringLike: no "sign", null or empty value; nothing encoded; order kept.
var_dump(Formatter::queryStringLike(['b' => 2, 'sign' => 'S', 'a' => 'x y&z', 'n' => null, 'e' => '', 0 => 'zero', 'z' => 0]));
var_dump(Formatter::queryStringLike(Formatter::ksort(['mch_id' => '1900000001', 'service_id' => '88', 'out_order_no' => 'A1', 'timestamp' => '1530097563', 'nonce_str' => 'N', 'sign_type' => 'HMAC-SHA256'])));
var_dump(Formatter::queryStringLike(), Formatter::queryStringLike([]));
?>
--EXPECT--
int(200)
int(32)
int(1)
int(1)
int(33)
int(1000)
int(1)
$size must be 1 or more, 0 given
$size must be 1 or more, -1 given
bool(true)
WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="SERIAL",timestamp="1700000000",nonce_str="NONCE",signature="c2lnbmF0dXJl"
string(60) "POST
/v3/payscore/serviceorder?a=1
1700000000
NONCE
{"a":1}
"
string(15) "GET
/v3/x
1
N

"
bool(true)
string(5) "1
N

"
string(0) ""
string(2) "a
"
string(12) "a
1
2.5
1


"
bool(true)
bool(true)
array(9) {
  [0]=>
  int(10)
  [1]=>
  int(9)
  [2]=>
  string(1) "B"
  [3]=>
  string(1) "Z"
  [4]=>
  string(1) "_"
  [5]=>
  string(1) "a"
  [6]=>
  string(2) "a1"
  [7]=>
  string(1) "b"
  [8]=>
  string(4) "sign"
}
string(1) "S"
array(0) {
}
array(0) {
}
bool(true)
string(22) "b=2&a=x y&z&0=zero&z=0"
string(102) "mch_id=1900000001&nonce_str=N&out_order_no=A1&service_id=88&sign_type=HMAC-SHA256&timestamp=1530097563"
string(0) ""
string(0) ""
