--TEST--
Formatter::request() and response(): the signed message, each field followed by a line feed, body bytes kept, as wechatpay-php's
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

var_dump(Formatter::request('POST', '/v3/payscore/serviceorder?a=1', '1700000000', 'NONCE', '{"a":1}'));
var_dump(Formatter::request('GET', '/v3/x', '1', 'N'));
var_dump(Formatter::response('1700000000', 'NONCE', "{}\0") === "1700000000\nNONCE\n{}\0\n", Formatter::response('1', 'N'));
?>
--EXPECT--
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
