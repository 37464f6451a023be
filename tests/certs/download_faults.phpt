--TEST--
Certificates: a download that cannot be trusted (bad tag or data, dates, signer, stale, 5xx, dropped) trusts nothing and fails the call that asked, with the reason
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/certs.inc';
$cases = [
    'tampered tag' => 'cert-bad-tag',
    'other associated_data' => 'cert-bad-aad',
    'certificate expired' => 'cert-expired',
    'certificate not yet valid' => 'cert-not-yet',
    'JSON expire_time past' => 'cert-json-expired',
    'signed outside its list' => 'cert-foreign-signer',
    'stale timestamp' => 'stale-timestamp',
    'answered 500' => 'status=500',
    'dropped' => 'drop',
    'keys with a trailing space' => 'cert-spaced-keys',
    'wrong apiv3Key' => null,
];
foreach ($cases as $what => $fault) {
    $server = wxps_test_server(['serial_mode' => 'cert']);
    $override = $fault === null ? ['apiv3Key' => str_repeat('k', 32)] : [];
    $instance = new WxPayScore\Client(wxps_cert_config($server, $override));
    if ($fault !== null) {
        wxps_cert_plan($server, $fault);
    }
    try {
        wxps_cert_call($instance, 'FAULT-1');
        echo "$what: trusted\n";
    } catch (WxPayScore\Exception\RequestException $e) {
        $m = $e->getMessage();
        printf("%s: %s; the answer is kept: %d\n", $what, substr($m, strpos($m, ': ') + 2), $e->getResponse()->getStatusCode());
        // Nothing was trusted, and the same serial does not download again at once.
        try {
            wxps_cert_call($instance, 'FAULT-2');
            echo "  then trusted\n";
        } catch (WxPayScore\Exception\RequestException $e) {
            echo '  then: ', str_contains($e->getMessage(), 'downloaded moments ago') ? 'no second download' : $e->getMessage(), "\n";
        }
    }
    echo '  downloads: ', wxps_cert_downloads($server), "\n";
}
try {
    new WxPayScore\Client(wxps_cert_config(wxps_test_offline(), ['apiv3Key' => 'short']));
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo 'apiv3Key of the wrong length: ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
tampered tag: platform certificates not trusted: certificate %s does not decrypt with apiv3Key: %s; the answer is kept: 200
  then: no second download
  downloads: 1
other associated_data: platform certificates not trusted: certificate %s does not decrypt with apiv3Key: %s; the answer is kept: 200
  then: no second download
  downloads: 1
certificate expired: platform certificates not trusted: platform certificate %s has expired; the answer is kept: 200
  then: no second download
  downloads: 1
certificate not yet valid: platform certificates not trusted: platform certificate %s is not valid yet; the answer is kept: 200
  then: no second download
  downloads: 1
JSON expire_time past: platform certificates not trusted: platform certificate %s has expired; the answer is kept: 200
  then: no second download
  downloads: 1
signed outside its list: platform certificates not trusted: the answer is signed with serial "%s", which is neither in its own list nor in config "certs"; the answer is kept: 200
  then: no second download
  downloads: 1
stale timestamp: platform certificates not trusted: %s; the answer is kept: 200
  then: no second download
  downloads: 1
answered 500: cannot download platform certificates: GET /v3/certificates answered 500; the answer is kept: 200
  then: no second download
  downloads: 1
dropped: cannot download platform certificates: %s; the answer is kept: 200
  then: no second download
  downloads: 1
keys with a trailing space: trusted
  downloads: 1
wrong apiv3Key: platform certificates not trusted: certificate %s does not decrypt with apiv3Key: %s; the answer is kept: 200
  then: no second download
  downloads: 1
apiv3Key of the wrong length: config "apiv3Key" must be a string of 32 bytes
