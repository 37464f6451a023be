--TEST--
Proxy: one that refuses, drops or is not there is a TransferException naming it (never its password), and nothing reaches the server
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/proxy.inc';
$server = wxps_test_server(['tls' => true]);
$json = ['appid' => 'wx1', 'service_id' => '1'];
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);

$refusing = wxps_test_proxy('refuse');
$dropping = wxps_test_proxy('drop');
$cases = [
    'refuses' => str_replace('http://', 'http://user:s3cret@', $refusing['url']),
    'drops' => $dropping['url'],
    'is not there' => "http://127.0.0.1:$port",
];
foreach ($cases as $what => $url) {
    // A backup_uri is tried only when nothing was sent: through the same proxy, it fails the same way.
    $instance = wxps_test_client($server, ['proxy' => $url, 'backup_uri' => $server['base_uri']]);
    foreach (['sync' => false, 'async' => true] as $how => $async) {
        try {
            $node = $instance->v3->payscore->serviceorder->_out_order_no_->pay;
            $options = ['out_order_no' => 'PF-1', 'json' => $json];
            $async ? $node->postAsync($options)->wait() : $node->post($options);
            echo "$what, $how: answered\n";
        } catch (WxPayScore\Exception\TransferException $e) {
            $m = $e->getMessage();
            printf("%s, %s: %s; names the proxy: %s; password shown: %s\n", $what, $how, get_class($e),
                str_contains($m, 'through proxy http://') ? 'yes' : 'no', str_contains($m, 's3cret') ? 'YES' : 'no');
        }
    }
}
echo count(wxps_test_requests($server)), " requests reached the server\n";
echo count(wxps_test_proxy_connects($refusing)), ' CONNECTs refused, ', count(wxps_test_proxy_connects($dropping)), " dropped\n";
?>
--EXPECT--
refuses, sync: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
refuses, async: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
drops, sync: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
drops, async: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
is not there, sync: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
is not there, async: WxPayScore\Exception\TransferException; names the proxy: yes; password shown: no
0 requests reached the server
4 CONNECTs refused, 4 dropped
