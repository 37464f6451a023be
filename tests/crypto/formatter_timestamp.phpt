--TEST--
Formatter::timestamp(): the current Unix time
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

var_dump(abs(Formatter::timestamp() - time()) <= 1);
?>
--EXPECT--
bool(true)
