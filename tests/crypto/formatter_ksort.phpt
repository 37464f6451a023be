--TEST--
Formatter::ksort(): keys in byte order, as ksort($a, SORT_STRING) sorts them, values untouched
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

// Byte order (SORT_STRING), as PHP's ksort($a, SORT_STRING) gives; values untouched.
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
?>
--EXPECT--
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
