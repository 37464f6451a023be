--TEST--
Proxy: calls go through a CONNECT tunnel (TLS end to end), in config and per call; '' keeps HTTPS_PROXY from being used
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/proxy.inc';
$server = wxps_test_server(['tls' => true]);
$proxy = wxps_test_proxy();
$json = ['appid' => 'wx1', 'service_id' => '1'];
$pay = fn($instance, $no, $more = []) => $instance->v3->payscore->serviceorder->_out_order_no_->pay->post($more + ['out_order_no' => $no, 'json' => $json]);

// Config "proxy": the sandbox sees the signed request as usual, the proxy only a tunnel.
$via = wxps_test_client($server, ['proxy' => $proxy['url']]);
echo $pay($via, 'PX-1')['out_order_no'], ' ', $pay($via, 'PX-2')['out_order_no'], "\n";
echo implode("\n", wxps_test_proxy_connects($proxy)) === "CONNECT 127.0.0.1:{$server['port']} HTTP/1.1" ? 'one tunnel, kept alive' : implode(' | ', wxps_test_proxy_connects($proxy)), "\n";

// Per call, on a client without one; and a call's '' turns a client's proxy off.
$perCall = wxps_test_proxy();
echo $pay(wxps_test_client($server), 'PX-3', ['proxy' => $perCall['url']])['out_order_no'], ' ', count(wxps_test_proxy_connects($perCall)), " tunnel\n";
$off = wxps_test_proxy();
echo $pay(wxps_test_client($server, ['proxy' => $off['url']]), 'PX-4', ['proxy' => ''])['out_order_no'], ' ', count(wxps_test_proxy_connects($off)), " tunnels\n";

// no_proxy: 127.0.0.1 goes direct even though a proxy is set.
$skipped = wxps_test_proxy();
echo $pay(wxps_test_client($server, ['proxy' => $skipped['url'], 'no_proxy' => '127.0.0.1']), 'PX-5')['out_order_no'], ' ', count(wxps_test_proxy_connects($skipped)), " tunnels\n";

// HTTPS_PROXY in the environment (libcurl honours it, as Guzzle does) unless proxy is ''.
$env = wxps_test_proxy();
putenv("HTTPS_PROXY={$env['url']}");
putenv("https_proxy={$env['url']}");
echo $pay(wxps_test_client($server, ['proxy' => '']), 'PX-6')['out_order_no'], ' ', count(wxps_test_proxy_connects($env)), " tunnels\n";
echo $pay(wxps_test_client($server), 'PX-7')['out_order_no'], ' ', count(wxps_test_proxy_connects($env)), " tunnel\n";
putenv('HTTPS_PROXY');
putenv('https_proxy');

$all = wxps_test_requests($server);
echo count($all), ' requests, ', count(array_filter($all, fn($r) => $r['sign_ok'])), " verified\n";

foreach (['ftp://127.0.0.1:21', 'http://', 'not a url', 42] as $bad) {
    try {
        wxps_test_client($server, ['proxy' => $bad]);
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
PX-1 PX-2
one tunnel, kept alive
PX-3 1 tunnel
PX-4 0 tunnels
PX-5 0 tunnels
PX-6 0 tunnels
PX-7 1 tunnel
7 requests, 7 verified
config "proxy" must be an http://, https:// or socks5h:// URL with a host, or '' for none
config "proxy" must be an http://, https:// or socks5h:// URL with a host, or '' for none
config "proxy" must be a string without spaces or control characters (a proxy URL, or '' for none)
config "proxy" must be a string without spaces or control characters (a proxy URL, or '' for none)
