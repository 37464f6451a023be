--TEST--
Redirects: a 3xx with a Location to another path or host is not followed; the Authorization goes nowhere else
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$elsewhere = wxps_test_server();
$pay = wxps_test_client($server)->v3->payscore->serviceorder->_out_order_no_->pay;
$faults = [
    '302 to another host' => 'redirect=' . $elsewhere['base_uri'] . 'v3/payscore/serviceorder/R1/pay',
    '307 to another host' => 'status=307,redirect=' . $elsewhere['base_uri'] . 'v3/payscore/serviceorder/R1/pay',
    '308 to another path' => 'status=308,redirect=/v3/payscore/serviceorder/R2/pay',
    '301 to the same path' => 'status=301,redirect=/v3/payscore/serviceorder/R1/pay',
];
foreach ($faults as $what => $fault) {
    try {
        $pay->post(['out_order_no' => 'R1', 'json' => ['appid' => 'wx1', 'service_id' => '1'], 'headers' => ['Wechatpay-Sandbox-Fault' => $fault]]);
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        echo "$what: ", get_class($e), "\n  ", $e->getMessage(), "\n";
        $location = $e->getResponse()->getHeaderLine('Location');
        echo '  ', $e->getCode(), ' ', str_replace($elsewhere['base_uri'], 'ELSEWHERE/', $location), "\n";
    }
}
// Each call reached the first sandbox once; the Location's host saw nothing at all.
echo count(wxps_test_requests($server)), ' ', count(wxps_test_requests($elsewhere)), "\n";
?>
--EXPECT--
302 to another host: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/R1/pay answered 302 (not a WeChat Pay answer; redirects are not followed)
  302 ELSEWHERE/v3/payscore/serviceorder/R1/pay
307 to another host: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/R1/pay answered 307 (not a WeChat Pay answer; redirects are not followed)
  307 ELSEWHERE/v3/payscore/serviceorder/R1/pay
308 to another path: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/R1/pay answered 308 (not a WeChat Pay answer; redirects are not followed)
  308 /v3/payscore/serviceorder/R2/pay
301 to the same path: WxPayScore\Exception\RequestException
  POST /v3/payscore/serviceorder/R1/pay answered 301 (not a WeChat Pay answer; redirects are not followed)
  301 /v3/payscore/serviceorder/R1/pay
4 0
