--TEST--
The wire: a target libcurl would alter ('#', or a control character or space in a query string) is refused before anything is sent
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$json = ['json' => ['appid' => 'wxd678efh567hg6787', 'service_id' => '500001']];

// What cannot be sent as signed is refused before anything goes out.
$before = count(wxps_test_requests($server));
$refused = [
    'fragment in a chain path' => fn() => $instance->chain('v3/payscore/serviceorder/X#frag/pay')->post($json),
    'fragment in a {+name} value' => fn() => $instance->chain('v3/payscore/serviceorder/{+no}/pay')->post($json + ['no' => 'a#b']),
    'TAB in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => "service_id=1\t&appid=wx1"]),
    'DEL in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => "a=\x7f"]),
    'fragment in a query string' => fn() => $instance->v3->payscore->serviceorder->get(['query' => 'a=1#x']),
];
foreach ($refused as $what => $call) {
    try {
        $call();
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
var_dump(count(wxps_test_requests($server)) === $before);
?>
--EXPECT--
fragment in a chain path: the path contains '#', which cannot be sent in a path; encode it as %23
fragment in a {+name} value: the value of {+no} contains '#', which cannot be sent in a path; encode it as %23
TAB in a query string: "query" string must be encoded: no spaces, control characters or '#'
DEL in a query string: "query" string must be encoded: no spaces, control characters or '#'
fragment in a query string: "query" string must be encoded: no spaces, control characters or '#'
bool(true)
