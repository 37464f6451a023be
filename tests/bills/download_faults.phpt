--TEST--
downloadBill(): a changed byte, a short body, a wrong hash and a dropped connection each throw clearly and leave no file
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/bills.inc';
$server = wxps_test_server();
$client = wxps_test_client($server);
$dir = wxps_bill_dir();
// Messages without the port and the token (no PCRE here: its JIT upsets valgrind).
$quiet = function (string $message) use ($server): string {
    $message = str_replace(rtrim($server['base_uri'], '/'), 'http://SANDBOX', $message);
    $at = strpos($message, 'token=');
    $end = $at === false ? false : strcspn($message, ': ', $at) + $at;
    return $at === false ? $message : substr($message, 0, $at) . 'token=..' . substr($message, $end);
};
$paths = ['tradebill' => '/v3/billdownload/file', 'payscore' => '/v3/payscore/bill/downloadurl'];
$try = function (array $bill, string $name) use ($client, $dir, $quiet) {
    try {
        $client->downloadBill($bill, "$dir/$name.csv");
        echo "$name: downloaded\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        echo "$name: ", get_class($e), ': ', $quiet($e->getMessage()), "\n";
    }
};
foreach ($paths as $kind => $path) {
    foreach ([false, true] as $gzip) {
        $tag = $kind . ($gzip ? '-gzip' : '');
        foreach (['bill-flip', 'bill-short', 'cut-body'] as $fault) {
            $bill = wxps_bill_apply($client, $kind, 100000, $gzip);
            wxps_test_control($server, 'POST', '/_sandbox/faults', ['path' => $path, 'faults' => $fault, 'times' => 1]);
            $try($bill, "$tag $fault");
        }
        $try(wxps_bill_apply($client, $kind, 100000, $gzip, 'bill-bad-hash'), "$tag bill-bad-hash");
    }
}
// An error answer is the error it is.
$bill = wxps_bill_apply($client, 'tradebill', 10, false);
wxps_test_control($server, 'POST', '/_sandbox/faults', ['path' => '/v3/billdownload/file', 'faults' => 'status=404', 'times' => 1]);
$try($bill, 'not found');
echo wxps_bill_files($dir), "\n";
?>
--EXPECTF--
tradebill bill-flip: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: bill does not match its hash_value (SHA1 of the 100000 bytes received is %x)
tradebill bill-short: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: bill does not match its hash_value (SHA1 of the 66667 bytes received is %x)
tradebill cut-body: WxPayScore\Exception\TransferException: GET http://SANDBOX/v3/billdownload/file?token=..: transfer closed with %d bytes remaining to read (curl error 18)
tradebill bill-bad-hash: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: bill does not match its hash_value (SHA1 of the 100000 bytes received is %x)
tradebill-gzip bill-flip: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: bill is not valid gzip (incorrect data check)
tradebill-gzip bill-short: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: gzip bill ends early (truncated)
tradebill-gzip cut-body: WxPayScore\Exception\TransferException: GET http://SANDBOX/v3/billdownload/file?token=..: transfer closed with %d bytes remaining to read (curl error 18)
tradebill-gzip bill-bad-hash: WxPayScore\Exception\RequestException: GET /v3/billdownload/file?token=..: bill does not match its hash_value (SHA1 of the 100000 bytes received is %x)
payscore bill-flip: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: encrypted bill fails its tag check (altered, truncated, or the wrong key)
payscore bill-short: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: encrypted bill fails its tag check (altered, truncated, or the wrong key)
payscore cut-body: WxPayScore\Exception\TransferException: GET http://SANDBOX/v3/payscore/bill/downloadurl?token=..: transfer closed with %d bytes remaining to read (curl error 18)
payscore bill-bad-hash: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: bill does not match its hash_value (SHA1 of the 100000 bytes received is %x)
payscore-gzip bill-flip: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: bill is not valid gzip (incorrect data check)
payscore-gzip bill-short: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: encrypted bill fails its tag check (altered, truncated, or the wrong key)
payscore-gzip cut-body: WxPayScore\Exception\TransferException: GET http://SANDBOX/v3/payscore/bill/downloadurl?token=..: transfer closed with %d bytes remaining to read (curl error 18)
payscore-gzip bill-bad-hash: WxPayScore\Exception\RequestException: GET /v3/payscore/bill/downloadurl?token=..: bill does not match its hash_value (SHA1 of the 100000 bytes received is %x)
not found: WxPayScore\Exception\ClientException: GET /v3/billdownload/file?token=.. answered 404: ORDER_NOT_EXIST sandbox fault
(none)