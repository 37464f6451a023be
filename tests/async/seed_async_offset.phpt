--TEST--
Seed 001, 异步属性式: $instance['v3/payscore/serviceorder/{out_order_no}/pay']->postAsync()->then(PSR-7 typed callback)->wait()
--EXTENSIONS--
wxpayscore
--SKIPIF--
<?php if (!extension_loaded('psr')) die('skip the seed types its callback with Psr\Http\Message\ResponseInterface, which needs ext-psr (php8.2-psr); the suite runs it in its with-psr pass'); ?>
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);

$instance['v3/payscore/serviceorder/{out_order_no}/pay']->postAsync([
  'out_order_no' => '',
  'json' => [
    'appid'      => 'wxd678efh567hg6787',
    'service_id' => '500001',
  ],
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();

$seen = wxps_test_requests($server)[0];
echo $seen['method'], ' ', $seen['target'], ' ', $seen['sign_ok'] ? 'signed' : 'unsigned', "\n";
?>
--EXPECTF--
Array
(
    [appid] => wxd678efh567hg6787
    [mchid] => 1900000001
    [out_order_no] => 
    [service_id] => 500001
    [order_id] => %d
)
POST /v3/payscore/serviceorder//pay signed
