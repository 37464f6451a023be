--TEST--
PSR-7: with ext-psr, Response is a ResponseInterface with immutable with* methods, and its body a StreamInterface
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php if (!extension_loaded('psr')) die('skip PSR-7 needs ext-psr (php8.2-psr); the suite runs it in its with-psr pass'); ?>
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$r = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay->post([
    'out_order_no' => 'P7', 'json' => ['appid' => 'wx1', 'service_id' => '1'],
]);
var_dump($r instanceof Psr\Http\Message\ResponseInterface, $r->getBody() instanceof Psr\Http\Message\StreamInterface);
$h = $r->withHeader('X-Trace', ['a', 'b'])->withAddedHeader('x-trace', 'c')->withoutHeader('Request-ID');
var_dump($h->getHeaderLine('X-TRACE'), $h->hasHeader('Request-ID'), $r->hasHeader('Request-ID'), $r->hasHeader('X-Trace'));
$s = $r->withStatus(404);
echo $s->getStatusCode(), ' ', $s->getReasonPhrase(), ' / ', $r->getStatusCode(), ' ', $r->withStatus(200, 'Fine')->getReasonPhrase(), "\n";
$b = $r->withBody($r->getBody())->withProtocolVersion('2');
echo $b->getProtocolVersion(), ' ', $b['out_order_no'], ' ', $r->withBody('{"x":1}')['x'], "\n";
$body = $r->getBody();
echo $body->read(9), '|', $body->tell(), '|', $body->eof() ? 'eof' : 'more', '|', strlen($body->getContents()), '|', $body->eof() ? 'eof' : 'more', "\n";
$body->rewind();
echo $body->getSize() === strlen((string) $body) ? 'size ok' : 'size wrong', "\n";
foreach ([fn() => $r->withStatus(99), fn() => $r->withHeader("X\nY", 'v'), fn() => $r->withHeader('X', "v\r\n"), fn() => $r->withProtocolVersion('9'), fn() => $body->write('x'), fn() => $body->seek(-1)] as $bad) {
    try {
        $bad();
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
bool(true)
string(7) "a, b, c"
bool(false)
bool(true)
bool(false)
404 Not Found / 200 Fine
2 P7 1
{"appid":|9|more|%d|eof
size ok
WxPayScore\Exception\InvalidArgumentException: status code 99 is not within 100-599
WxPayScore\Exception\InvalidArgumentException: "X
Y" is not a valid header name
WxPayScore\Exception\InvalidArgumentException: header "X" values must be strings without CR, LF, NUL or other control characters
WxPayScore\Exception\InvalidArgumentException: "9" is not an HTTP protocol version
WxPayScore\Exception\UnexpectedValueException: a Response body is read-only
WxPayScore\Exception\UnexpectedValueException: cannot seek to offset -1 (whence 0)
