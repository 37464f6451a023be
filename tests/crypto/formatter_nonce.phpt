--TEST--
Formatter::nonce(): fresh alphanumeric strings of 32 characters, or of the size asked; a size below 1 throws
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
?>
--EXPECT--
int(200)
int(32)
int(1)
int(1)
int(33)
int(1000)
int(1)
Size must be a positive integer. 0 given
Size must be a positive integer. -1 given
