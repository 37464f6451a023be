--TEST--
Stream: seek() and read() with any integer (PHP_INT_MAX, PHP_INT_MIN, past either end, any whence) move within the body or throw a RuntimeException (PSR-7), never wrap
--EXTENSIONS--
wxpayscore
--FILE--
<?php

require __DIR__ . '/../utils/server.inc';
set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
$server = wxps_test_server();
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'S1', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
]);
$body = $r->getBody();
$text = (string) $body;
$size = strlen($text);
var_dump($size === $body->getSize() && $size > 20);

// The headline case: the signed sum PHP_INT_MAX + size wrapped, tell() went negative and read() ran off the buffer.
$body->seek(3);
try {
    $body->seek(PHP_INT_MAX, SEEK_END);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($body->tell(), $body->read(4) === substr($text, 3, 4));

// Where a seek must land: inside [0, size], computed without overflow (floats are exact enough
// to tell "far outside" from "inside" for these magnitudes).
function expected(int $base, int $offset, int $size): ?int
{
    $target = (float) $base + (float) $offset;
    return $target >= 0 && $target <= $size ? (int) $target : null;
}

$offsets = [PHP_INT_MIN, PHP_INT_MIN + 1, -PHP_INT_MAX, PHP_INT_MIN + $size, -$size - 1, -$size, -$size + 1, -7, -1, 0, 1, 7,
    $size - 1, $size, $size + 1, 2 * $size, PHP_INT_MAX - $size, PHP_INT_MAX - 1, PHP_INT_MAX];
$starts = [0, 1, intdiv($size, 2), $size - 1, $size];
$checked = $bad = 0;
foreach ([SEEK_SET, SEEK_CUR, SEEK_END] as $whence) {
    foreach ($starts as $start) {
        foreach ($offsets as $offset) {
            $body->seek($start);
            $base = [SEEK_SET => 0, SEEK_CUR => $start, SEEK_END => $size][$whence];
            $want = expected($base, $offset, $size);
            $threw = false;
            try {
                $body->seek($offset, $whence);
            } catch (RuntimeException $e) {
                $threw = true;
            }
            $at = $want ?? $start; // a refused seek leaves the position alone
            $rest = $body->read(PHP_INT_MAX);
            $ok = $threw === ($want === null) && $rest === substr($text, $at) && $body->tell() === $size && $body->eof();
            $checked++;
            if (!$ok) {
                $bad++;
                echo "wrong: start $start, seek($offset, $whence): ", $threw ? 'threw' : 'moved', ", read ", strlen($rest), " bytes\n";
            }
        }
    }
}
echo "$checked seeks, $bad wrong\n";

// An unknown whence is refused whatever the offset.
$body->seek(5);
foreach ([-1, 3, 4, PHP_INT_MAX, PHP_INT_MIN] as $whence) {
    try {
        $body->seek(0, $whence);
        echo "whence $whence accepted\n";
    } catch (RuntimeException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($body->tell());

// read(): 0 reads nothing, a length past the end reads what is left, a negative one throws.
$body->seek(5);
var_dump($body->read(0), $body->tell());
var_dump($body->read(PHP_INT_MAX) === substr($text, 5), $body->tell() === $size, $body->read(PHP_INT_MAX), $body->read(1));
$body->seek(-2, SEEK_END);
var_dump($body->read(PHP_INT_MAX - 1) === substr($text, -2));
foreach ([-1, PHP_INT_MIN] as $length) {
    $body->seek(5);
    try {
        $body->read($length);
        echo "read($length) accepted\n";
    } catch (RuntimeException $e) {
        echo $e->getMessage(), ' at ', $body->tell(), "\n";
    }
}
// Both kinds of refusal are the extension's own exceptions, and RuntimeExceptions as PSR-7 asks of a stream.
try {
    $body->read(-1);
} catch (WxPayScore\Exception\WxPayScoreException $e) {
    echo get_class($e), ' ', var_export($e instanceof RuntimeException, true), "\n";
}

// A closed stream refuses both, with the same exception as its other methods.
$body->close();
foreach ([fn() => $body->seek(PHP_INT_MAX, SEEK_END), fn() => $body->read(PHP_INT_MAX), fn() => $body->read(-1)] as $call) {
    try {
        $call();
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
cannot seek to offset 9223372036854775807 (whence 2)
int(3)
bool(true)
285 seeks, 0 wrong
cannot seek to offset 0 (whence -1)
cannot seek to offset 0 (whence 3)
cannot seek to offset 0 (whence 4)
cannot seek to offset 0 (whence 9223372036854775807)
cannot seek to offset 0 (whence -9223372036854775808)
int(5)
string(0) ""
int(5)
bool(true)
bool(true)
string(0) ""
string(0) ""
bool(true)
cannot read a negative length (-1) at 5
cannot read a negative length (-9223372036854775808) at 5
WxPayScore\Exception\UnexpectedValueException true
the stream is closed
the stream is closed
the stream is closed
