--TEST--
Verification: overseas statements are verified over {"sha1":...} and their body's SHA-1, as wechatpay-php does
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$server = wxps_test_server();
$global = wxps_test_client($server);
$hk = wxps_test_client($server, ['base_uri' => $server['base_uri'] . 'hk/']);

foreach (['global' => $global->chain('v3/global/statements'), 'hk' => $hk->chain('v3/statements')] as $name => $node) {
    $r = $node->get(['query' => ['date' => '20261129']]);
    $sha1 = $r->getHeaderLine('Wechatpay-Statement-Sha1');
    echo $name, ': ', $r->getStatusCode(), ' ', $r->getHeaderLine('Content-Type'), ' ',
        $sha1 === sha1((string) $r->getBody()) ? 'sha1 matches' : 'SHA1 WRONG', "\n";
    $r = $node->getAsync(['query' => ['date' => '20261128']])->wait();
    echo $name, ' async: ', $r->getStatusCode(), "\n";
    foreach (['bad-digest', 'bad-signature', 'unknown-serial', 'stale-timestamp'] as $fault) {
        try {
            $node->get(['query' => ['date' => '20261129'], 'headers' => ['Wechatpay-Sandbox-Fault' => $fault]]);
            echo "  $fault: ACCEPTED\n";
        } catch (WxPayScore\Exception\RequestException $e) {
            $body = (string) $e->getResponse()->getBody();
            echo "  $fault: ", substr($e->getMessage(), strrpos($e->getMessage(), ': ') + 2), str_contains($body, '商户订单号') ? ' (bill kept)' : '', "\n";
        }
    }
}
// The same path under another base is an ordinary answer, signed over its body.
try {
    $global->chain('v3/statements')->get(['query' => ['date' => '20261129']]);
} catch (WxPayScore\Exception\ClientException $e) {
    echo 'v3/statements without hk/: ', $e->getResponse()->getStatusCode(), "\n";
}
?>
--EXPECTF--
global: 200 text/plain sha1 matches
global async: 200
  bad-digest: statement body does not match its Wechatpay-Statement-Sha1 (bill kept)
  bad-signature: answer signature does not verify (bill kept)
  unknown-serial: answer is signed with serial "%s", which is not in config "certs" (bill kept)
  stale-timestamp: %s (bill kept)
hk: 200 text/plain sha1 matches
hk async: 200
  bad-digest: statement body does not match its Wechatpay-Statement-Sha1 (bill kept)
  bad-signature: answer signature does not verify (bill kept)
  unknown-serial: answer is signed with serial "%s", which is not in config "certs" (bill kept)
  stale-timestamp: %s (bill kept)
v3/statements without hk/: 404
