--TEST--
Hostile values: references, NUL bytes, huge strings, Stringable objects and odd keys are handled or refused cleanly
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$pay = $instance->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];
$stringable = new class { public function __toString(): string { return 'S1'; } };

// References are followed, never modified.
$no = "R1";
$options = ['out_order_no' => &$no, 'json' => &$json];
echo $pay->post($options)['out_order_no'], ' ', $no, "\n";

// A NUL byte and a 64 KiB value stay inside their segment.
echo strlen($pay->post(['out_order_no' => "a\0b", 'json' => $json])['out_order_no']), "\n";
echo strlen($pay->post(['out_order_no' => str_repeat('x', 65536), 'json' => $json])['out_order_no']), "\n";

$bad = [
    'Stringable path variable' => ['out_order_no' => $stringable, 'json' => $json],
    'Stringable header' => ['out_order_no' => 'H', 'json' => $json, 'headers' => ['X-A' => $stringable]],
    'NUL in a header' => ['out_order_no' => 'H', 'json' => $json, 'headers' => ['X-A' => "a\0b"]],
    'NUL in the query' => ['out_order_no' => 'H', 'json' => $json, 'query' => "a=\0"],
    'resource body' => ['out_order_no' => 'H', 'body' => STDIN],
    'resource in json' => ['out_order_no' => 'H', 'json' => ['x' => STDIN]],
];
foreach ($bad as $what => $options) {
    try {
        $pay->post($options);
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
try {
    $instance->{str_repeat('a', 100000)}->getPath();
    echo "long property: ok\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo count(wxps_test_requests($server)), "\n";
?>
--EXPECT--
R1 R1
3
65536
Stringable path variable: path variable "out_order_no" must be a string or int
Stringable header: "headers": header "X-A" must be a string, class@anonymous given
NUL in a header: "headers": header "X-A" must not contain CR, LF, NUL or other control characters
NUL in the query: "query" string must be encoded: no spaces, control characters or '#'
resource body: "body" must be a string, resource given
resource in json: "json" cannot be encoded: a value of a type that cannot be encoded
WxPayScore\Exception\InvalidArgumentException: a Client path is 100000 bytes long; at most 4096 are taken
3
