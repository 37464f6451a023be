--TEST--
Config: a key "path" that is key text ('file://' . $pem) is never quoted, and long paths are cut
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$pem = file_get_contents($keys['merchant_key']);
$pub = file_get_contents($keys['platform_pub']);
$cases = [
    'privateKey file:// . PEM' => ['privateKey' => 'file://' . $pem],
    'certs file:// . PEM' => ['certs' => [$keys['platform_serial'] => 'file://' . $pub]],
    'privateKey path with a line break' => ['privateKey' => "file:///tmp/no\nsuch.pem"],
    'privateKey long path' => ['privateKey' => 'file:///' . str_repeat('d/', 400) . 'key.pem'],
    'verify long path' => ['verify' => '/' . str_repeat('ca/', 400) . 'ca.pem'],
    'verify path with key text' => ['verify' => "/tmp/x-----BEGIN PRIVATE KEY-----\nMIIE"],
];
foreach ($cases as $what => $override) {
    try {
        new WxPayScore\Client(wxps_test_config(wxps_test_offline(), $override));
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        $m = $e->getMessage();
        $leak = str_contains($m, 'BEGIN') || str_contains($m, substr($pem, 40, 20)) || str_contains($m, substr($pub, 40, 20));
        printf("%s: %d bytes%s\n  %s\n", $what, strlen($m), $leak ? ' WITH KEY TEXT' : '', $m);
    }
}
?>
--EXPECTF--
privateKey file:// . PEM: %d bytes
  config "privateKey": cannot read private key file (a path that holds key text or a line break, not shown)
certs file:// . PEM: %d bytes
  config "certs"["PUB_KEY_ID_0114232134912410000000000000000001"]: cannot read public key file (a path that holds key text or a line break, not shown)
privateKey path with a line break: %d bytes
  config "privateKey": cannot read private key file (a path that holds key text or a line break, not shown)
privateKey long path: %d bytes
  config "privateKey": cannot read private key file "/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d..."
verify long path: %d bytes
  config "verify": cannot read CA bundle "/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca/ca..."
verify path with key text: %d bytes
  config "verify": cannot read CA bundle (a path that holds key text or a line break, not shown)