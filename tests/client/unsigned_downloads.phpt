--TEST--
Verification: only the downloads WeChat Pay does not sign go unverified, matched exactly and for GET only
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

// The real downloads: unsigned bytes, accepted as they are.
$bill = $instance->v3->billdownload->file->get(['query' => ['token' => 'T1']]);
echo $bill->getStatusCode(), ' ', strlen((string) $bill->getBody()) > 100 ? 'bill' : 'short', "\n";
$image = $instance->chain('v3/merchant-service/images/{media_id}')->get(['media_id' => 'MEDIA-1']);
echo $image->getStatusCode(), ' ', substr((string) $image->getBody(), 1, 3), "\n";

// Everything else must be signed: an unsigned 200 to any of these is refused.
$unsigned = ['headers' => ['Wechatpay-Sandbox-Fault' => 'status=200,no-signature']];
$calls = [
    'GET billdownload' => fn() => $instance->v3->billdownload->file->get($unsigned),
    'GET payscore bill' => fn() => $instance->chain('v3/payscore/bill/downloadurl')->get($unsigned),
    'GET bill' => fn() => $instance->chain('v3/bill/downloadurl')->get($unsigned),
    'GET images one segment' => fn() => $instance->chain('v3/merchant-service/images/{id}')->get($unsigned + ['id' => 'abc']),
    'POST images upload' => fn() => $instance->chain('v3/merchant-service/images/upload')->post($unsigned),
    'GET images upload' => fn() => $instance->chain('v3/merchant-service/images/upload')->get($unsigned),
    'POST images x' => fn() => $instance->chain('v3/merchant-service/images/x')->post($unsigned),
    'PUT billdownload' => fn() => $instance->v3->billdownload->file->put($unsigned),
    'GET images two segments' => fn() => $instance->chain('v3/merchant-service/images/x/y')->get($unsigned),
    'GET images dot-dot literal' => fn() => $instance->chain('v3/merchant-service/images/../../payscore/serviceorder')->get($unsigned),
    'GET images {+id} with ..' => fn() => $instance->chain('v3/merchant-service/images/{+id}')->get($unsigned + ['id' => '../../payscore/serviceorder']),
    'GET images {id} = ..' => fn() => $instance->chain('v3/merchant-service/images/{id}')->get($unsigned + ['id' => '..']),
    'GET images {id} = .' => fn() => $instance->chain('v3/merchant-service/images/{id}')->get($unsigned + ['id' => '.']),
    'GET images %2e%2e' => fn() => $instance->chain('v3/merchant-service/images/%2e%2e')->get($unsigned),
    'GET images .%2e' => fn() => $instance->chain('v3/merchant-service/images/.%2e')->get($unsigned),
    'GET images encoded slash' => fn() => $instance->chain('v3/merchant-service/images/{id}')->get($unsigned + ['id' => 'a/b']),
    'GET images empty' => fn() => $instance->chain('v3/merchant-service/images/')->get($unsigned),
    'GET billdownload prefix' => fn() => $instance->chain('v3/billdownload/file2')->get($unsigned),
    'GET billdownload longer' => fn() => $instance->chain('v3/billdownload/file/x')->get($unsigned),
    'GET payscore serviceorder' => fn() => $instance->v3->payscore->serviceorder->get($unsigned),
];
foreach ($calls as $what => $call) {
    try {
        $r = $call();
        echo "$what: accepted unverified ", $r->getStatusCode(), "\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        echo "$what: ", get_class($e) === WxPayScore\Exception\RequestException::class && $e->hasResponse()
            ? 'refused, ' . substr($e->getMessage(), strrpos($e->getMessage(), ': ') + 2) : get_class($e), "\n";
    }
}
?>
--EXPECT--
200 bill
200 PNG
GET billdownload: accepted unverified 200
GET payscore bill: accepted unverified 200
GET bill: accepted unverified 200
GET images one segment: accepted unverified 200
POST images upload: refused, answer has no Wechatpay-Serial header
GET images upload: refused, answer has no Wechatpay-Serial header
POST images x: refused, answer has no Wechatpay-Serial header
PUT billdownload: refused, answer has no Wechatpay-Serial header
GET images two segments: refused, answer has no Wechatpay-Serial header
GET images dot-dot literal: refused, answer has no Wechatpay-Serial header
GET images {+id} with ..: refused, answer has no Wechatpay-Serial header
GET images {id} = ..: refused, answer has no Wechatpay-Serial header
GET images {id} = .: refused, answer has no Wechatpay-Serial header
GET images %2e%2e: refused, answer has no Wechatpay-Serial header
GET images .%2e: refused, answer has no Wechatpay-Serial header
GET images encoded slash: refused, answer has no Wechatpay-Serial header
GET images empty: refused, answer has no Wechatpay-Serial header
GET billdownload prefix: refused, answer has no Wechatpay-Serial header
GET billdownload longer: refused, answer has no Wechatpay-Serial header
GET payscore serviceorder: refused, answer has no Wechatpay-Serial header
