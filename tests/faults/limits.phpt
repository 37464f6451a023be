--TEST--
Limits: an answer over max_response_size fails; a redirect is not followed; bad limits are refused
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$sync = ['out_order_no' => 'L1', 'json' => ['appid' => 'wx1', 'service_id' => '1', 'type' => 'Order_Paid', 'detail' => ['paid_time' => '20091225091210']]];
$small = wxps_test_client($server, ['max_response_size' => 1024]);
try {
    $small->v3->payscore->serviceorder->_out_order_no_->sync->post($sync);
} catch (WxPayScore\Exception\TransferException $e) {
    echo get_class($e), ': ', substr($e->getMessage(), strpos($e->getMessage(), ': ') + 2), "\n";
}
echo $small->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'L2', 'json' => ['appid' => 'wx1', 'service_id' => '1']])['out_order_no'], "\n";
try {
    wxps_test_client($server)->v3->payscore->serviceorder->get(['headers' => ['Wechatpay-Sandbox-Fault' => 'status=302']]);
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo count(wxps_test_requests($server)), "\n";
foreach ([0, 100, -5, 'big', 2 ** 40] as $bad) {
    try {
        wxps_test_client($server, ['max_response_size' => $bad]);
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
foreach ([0, -1, 10001, '5'] as $bad) {
    try {
        wxps_test_client($server, ['concurrency' => $bad]);
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
WxPayScore\Exception\TransferException: answer body larger than 1024 bytes
L2
WxPayScore\Exception\RequestException: GET /v3/payscore/serviceorder answered 302: ERROR sandbox fault (not a WeChat Pay answer; redirects are not followed)
3
config "max_response_size" must be an int of bytes from 1024 to 1 GiB
config "max_response_size" must be an int of bytes from 1024 to 1 GiB
config "max_response_size" must be an int of bytes from 1024 to 1 GiB
config "max_response_size" must be an int of bytes from 1024 to 1 GiB
config "max_response_size" must be an int of bytes from 1024 to 1 GiB
config "concurrency" must be an int from 1 to 10000
config "concurrency" must be an int from 1 to 10000
config "concurrency" must be an int from 1 to 10000
config "concurrency" must be an int from 1 to 10000
