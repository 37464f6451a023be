--TEST--
on_stats: once per finished call (sync, async, 4xx, verification failure, transfer error, failover) with timings, bytes and WeChat Pay's Request-ID, and no secret
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$seen = [];
$hook = function (array $stats) use (&$seen) { $seen[] = $stats; };
$instance = wxps_test_client($server, ['on_stats' => $hook]);
$pay = $instance->v3->payscore->serviceorder->_out_order_no_->pay;
$json = ['appid' => 'wx1', 'service_id' => '1'];
$show = function (string $what) use (&$seen, $server) {
    $s = array_pop($seen);
    $t = $s['time'];
    // Each phase ends by the first byte, the first byte by the end; a reused connection has no connect or TLS time.
    $ordered = max($t['dns'], $t['connect'], $t['tls']) <= $t['first_byte'] && $t['first_byte'] <= $t['total'] && $t['total'] > 0;
    printf("%s: %s %s %d request_id=%s serial=%s failover=%s error=%s times=%s bytes=%s left=%d\n", $what, $s['method'],
        str_replace($server['base_uri'], 'BASE/', $s['url']), $s['status'],
        $s['request_id'] === null ? 'null' : (preg_match('/^[0-9A-F]{32}$/', $s['request_id']) ? 'ok' : $s['request_id']),
        $s['serial'] ?? 'null', var_export($s['failover'], true), $s['error'] ?? 'null',
        $ordered ? 'ordered' : json_encode($t), $s['bytes_sent'] > 100 && $s['bytes_received'] > 0 ? 'counted' : "{$s['bytes_sent']}/{$s['bytes_received']}",
        count($seen));
    return $s;
};

$r = $pay->post(['out_order_no' => 'ST-1', 'json' => $json]);
$s = $show('sync 200');
var_dump(array_keys($s), array_keys($s['time']), $s['request_id'] === $r->getHeaderLine('Request-ID'));
$everything = json_encode($s);
var_dump(str_contains($everything, 'WECHATPAY2') || str_contains($everything, 'signature'));

$pay->postAsync(['out_order_no' => 'ST-2', 'json' => $json])->wait();
$show('async 200');

try {
    $pay->post(['out_order_no' => 'ST-3', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'status=400']]);
} catch (WxPayScore\Exception\ClientException $e) {
    $s = $show('4xx');
    var_dump($e->getRequestId() === $s['request_id']);
}
try {
    $pay->post(['out_order_no' => 'ST-4', 'json' => $json, 'headers' => ['Wechatpay-Sandbox-Fault' => 'bad-signature']]);
} catch (WxPayScore\Exception\RequestException $e) {
    $s = $show('bad signature');
    var_dump($e->getRequestId() === $s['request_id'] && $s['request_id'] !== null);
}

// Nothing answered: no status, no Request-ID.
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$down = wxps_test_client($server, ['base_uri' => "http://127.0.0.1:$port/", 'on_stats' => $hook]);
try {
    $down->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'ST-5', 'json' => $json]);
} catch (WxPayScore\Exception\TransferException $e) {
    $s = array_pop($seen);
    printf("transfer error: %d %s %s left=%d\n", $s['status'], var_export($s['request_id'], true), $s['error'], count($seen));
}

// Failover: one report, for the call as the backup answered it.
$failover = wxps_test_client($server, ['base_uri' => "http://127.0.0.1:$port/", 'backup_uri' => $server['base_uri'], 'on_stats' => $hook]);
$failover->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'ST-6', 'json' => $json]);
$show('failover');

// A call's own hook replaces the client's.
$mine = [];
$pay->post(['out_order_no' => 'ST-7', 'json' => $json, 'on_stats' => function ($s) use (&$mine) { $mine[] = $s['status']; }]);
echo 'per call: ', json_encode($mine), ' client hook calls left ', count($seen), "\n";
try {
    $pay->post(['out_order_no' => 'ST-8', 'on_stats' => 'no such function']);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    wxps_test_client($server, ['on_stats' => 42]);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
sync 200: POST BASE/v3/payscore/serviceorder/ST-1/pay 200 request_id=ok serial=PUB_KEY_ID_0114232134912410000000000000000001 failover=false error=null times=ordered bytes=counted left=0
array(10) {
  [0]=>
  string(6) "method"
  [1]=>
  string(3) "url"
  [2]=>
  string(6) "status"
  [3]=>
  string(10) "request_id"
  [4]=>
  string(6) "serial"
  [5]=>
  string(8) "failover"
  [6]=>
  string(5) "error"
  [7]=>
  string(4) "time"
  [8]=>
  string(10) "bytes_sent"
  [9]=>
  string(14) "bytes_received"
}
array(5) {
  [0]=>
  string(3) "dns"
  [1]=>
  string(7) "connect"
  [2]=>
  string(3) "tls"
  [3]=>
  string(10) "first_byte"
  [4]=>
  string(5) "total"
}
bool(true)
bool(false)
async 200: POST BASE/v3/payscore/serviceorder/ST-2/pay 200 request_id=ok serial=PUB_KEY_ID_0114232134912410000000000000000001 failover=false error=null times=ordered bytes=counted left=0
4xx: POST BASE/v3/payscore/serviceorder/ST-3/pay 400 request_id=ok serial=PUB_KEY_ID_0114232134912410000000000000000001 failover=false error=WxPayScore\Exception\ClientException times=ordered bytes=counted left=0
bool(true)
bad signature: POST BASE/v3/payscore/serviceorder/ST-4/pay 200 request_id=ok serial=PUB_KEY_ID_0114232134912410000000000000000001 failover=false error=WxPayScore\Exception\RequestException times=ordered bytes=counted left=0
bool(true)
transfer error: 0 NULL WxPayScore\Exception\TransferException left=0
failover: POST BASE/v3/payscore/serviceorder/ST-6/pay 200 request_id=ok serial=PUB_KEY_ID_0114232134912410000000000000000001 failover=true error=null times=ordered bytes=counted left=0
per call: [200] client hook calls left 0
"on_stats" must be callable, string given
config "on_stats" must be callable, int given
