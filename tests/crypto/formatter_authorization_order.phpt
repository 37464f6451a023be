--TEST--
Formatter::authorization(): mchid, serial_no, timestamp, nonce_str, signature in wechatpay-php's order, from its arguments ($mchid, $nonce, $signature, $timestamp, $serial), bytes kept as sprintf keeps them
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Formatter;

const SDK_FORMAT = 'WECHATPAY2-SHA256-RSA2048 mchid="%s",serial_no="%s",timestamp="%s",nonce_str="%s",signature="%s"';

$mchid = '1900000001';
$nonce = Formatter::nonce();
$signature = base64_encode(random_bytes(256));
$timestamp = (string) Formatter::timestamp();
$serial = strtoupper(bin2hex(random_bytes(20)));
$value = Formatter::authorization($mchid, $nonce, $signature, $timestamp, $serial);
var_dump($value === sprintf(SDK_FORMAT, $mchid, $serial, $timestamp, $nonce, $signature));
echo Formatter::authorization('1900000001', 'NONCE', 'c2lnbmF0dXJl', '1700000000', 'SERIAL'), "\n";

// The shape wechatpay-php's own FormatterTest asks of it.
var_dump((bool) preg_match('/^WECHATPAY2-SHA256-RSA2048 '
    . 'mchid="[0-9A-Za-z]{1,32}",'
    . 'serial_no="[0-9A-Za-z]{8,40}",'
    . 'timestamp="1[0-9]{9}",'
    . 'nonce_str="[0-9A-Za-z]{16,}",'
    . 'signature="[0-9A-Za-z\+\/]+={0,2}"$/', $value));

// Field names in order, each with the value of its own argument.
preg_match_all('/(\w+)="([^"]*)"/', $value, $m);
var_dump($m[1], array_combine($m[1], $m[2]) === ['mchid' => $mchid, 'serial_no' => $serial, 'timestamp' => $timestamp, 'nonce_str' => $nonce, 'signature' => $signature]);

// The arguments keep the SDK's order and names: only the output order is the SDK's new one.
echo Formatter::authorization('M', 'N', 'S', 'T', 'X'), "\n";
echo Formatter::authorization(serial: 'X', timestamp: 'T', signature: 'S', nonce: 'N', mchid: 'M'), "\n";
echo implode(', ', array_map(fn($p) => '$' . $p->getName(), (new ReflectionMethod(Formatter::class, 'authorization'))->getParameters())), "\n";

// Values are taken as given, as sprintf("%s") takes them: empty, quotes, NUL bytes.
echo Formatter::authorization('', '', '', '', ''), "\n";
$odd = ["19\0x", 'a"b', "\0", 'c,d', "\xff"];
var_dump(Formatter::authorization(...$odd) === sprintf(SDK_FORMAT, $odd[0], $odd[4], $odd[3], $odd[1], $odd[2]));
var_dump(strlen(Formatter::authorization("\0\0", '', '', '', '')));
?>
--EXPECT--
bool(true)
WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="SERIAL",timestamp="1700000000",nonce_str="NONCE",signature="c2lnbmF0dXJl"
bool(true)
array(5) {
  [0]=>
  string(5) "mchid"
  [1]=>
  string(9) "serial_no"
  [2]=>
  string(9) "timestamp"
  [3]=>
  string(9) "nonce_str"
  [4]=>
  string(9) "signature"
}
bool(true)
WECHATPAY2-SHA256-RSA2048 mchid="M",serial_no="X",timestamp="T",nonce_str="N",signature="S"
WECHATPAY2-SHA256-RSA2048 mchid="M",serial_no="X",timestamp="T",nonce_str="N",signature="S"
$mchid, $nonce, $signature, $timestamp, $serial
WECHATPAY2-SHA256-RSA2048 mchid="",serial_no="",timestamp="",nonce_str="",signature=""
bool(true)
int(88)
