--TEST--
Options: every bad option throws InvalidArgumentException and nothing is sent
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$node = wxps_test_client($server)->v3->payscore->serviceorder;
$recursive = ['a' => 1];
$recursive['self'] = &$recursive;
$deep = [];
for ($i = 0, $p = &$deep; $i < 600; $i++) { $p['x'] = []; $p = &$p['x']; }
unset($p);
$bad = [
    'json string' => ['json' => 'text'],
    'json NAN' => ['json' => ['amount' => NAN]],
    'json INF' => ['json' => ['amount' => INF]],
    'json bad UTF-8' => ['json' => ['name' => "\xB1\x31"]],
    'json recursive' => ['json' => $recursive],
    'json too deep' => ['json' => $deep],
    'json and body' => ['json' => [], 'body' => '{}'],
    'body array' => ['body' => ['x']],
    'query int' => ['query' => 5],
    'query nested' => ['query' => ['a' => ['b' => ['c']]]],
    'query object' => ['query' => ['a' => new stdClass]],
    'query string with space' => ['query' => 'a=b c'],
    'headers string' => ['headers' => 'X: y'],
    'header CRLF' => ['headers' => ['X-A' => "v\r\nX-Injected: 1"]],
    'header name' => ['headers' => ['Bad Name' => 'v']],
    'header list key' => ['headers' => ['v']],
    'header array value' => ['headers' => ['X-A' => ['v']]],
    'timeout string' => ['timeout' => '5'],
    'timeout negative' => ['timeout' => -1],
    'timeout NAN' => ['timeout' => NAN],
    'connect_timeout INF' => ['connect_timeout' => INF],
];
foreach ($bad as $what => $options) {
    try {
        $node->post($options);
        echo "$what: sent\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
var_dump(count(wxps_test_requests($server)));
unset($recursive['self'], $bad); // break the test's own reference cycle before shutdown
?>
--EXPECT--
json string: "json" must be an array or an object, string given
json NAN: "json" cannot be encoded: INF or NAN cannot be encoded
json INF: "json" cannot be encoded: INF or NAN cannot be encoded
json bad UTF-8: "json" cannot be encoded: malformed UTF-8
json recursive: "json" cannot be encoded: recursive references
json too deep: "json" cannot be encoded: maximum nesting depth exceeded
json and body: give either "json" or "body", not both
body array: "body" must be a string, array given
query int: "query" must be an array or a string, int given
query nested: "query" value of "a" must be a scalar or a list of scalars
query object: "query" value of "a" must be a scalar or a list of scalars
query string with space: "query" string must be encoded: no spaces, control characters or '#'
headers string: "headers" must be an array, string given
header CRLF: "headers": header "X-A" must not contain CR, LF, NUL or other control characters
header name: "headers" must map header names to values; "Bad Name" is not a header name
header list key: "headers" must map header names to values; "(integer key)" is not a header name
header array value: "headers": header "X-A" must be a string, array given
timeout string: "timeout" must be a number of seconds, string given
timeout negative: "timeout" must be a finite number of seconds, 0 or more
timeout NAN: "timeout" must be a finite number of seconds, 0 or more
connect_timeout INF: "connect_timeout" must be a finite number of seconds, 0 or more
int(0)
