--TEST--
Formatter::joinedByLineFeed(): every argument as PHP makes it a string, each followed by a line feed, as wechatpay-php's
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

var_dump(Formatter::joinedByLineFeed(), Formatter::joinedByLineFeed('a'), Formatter::joinedByLineFeed('a', 1, 2.5, true, false, null));
var_dump(Formatter::joinedByLineFeed(...['a', 'b']) === implode("\n", ['a', 'b', '']));
?>
--EXPECT--
string(0) ""
string(2) "a
"
string(12) "a
1
2.5
1


"
bool(true)
