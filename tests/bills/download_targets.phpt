--TEST--
downloadBill(): to a stream (cut back on failure), to a path replaced only on success, and the result for each
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/bills.inc';
$server = wxps_test_server();
$client = wxps_test_client($server);
$dir = wxps_bill_dir();
$bill = wxps_bill_apply($client, 'payscore', 70000, true);
// A stream: the bill is appended where the stream stands; the result has no path.
$stream = fopen("$dir/stream.csv", 'w+');
fwrite($stream, "HEAD\n");
$got = $client->downloadBill($bill, $stream);
echo $got['bytes'], ' ', var_export($got['path'], true), ' ', ftell($stream), ' ', filesize("$dir/stream.csv"), "\n";
// A failed download cuts the stream back to where it was.
wxps_test_control($server, 'POST', '/_sandbox/faults', ['path' => '/v3/payscore/bill/downloadurl', 'faults' => 'bill-flip', 'times' => 1]);
try {
    $client->downloadBill($bill, $stream);
} catch (WxPayScore\Exception\RequestException $e) {
    clearstatcache();
    echo get_class($e), ' ', ftell($stream), ' ', filesize("$dir/stream.csv"), "\n";
}
fclose($stream);
// php://memory works too.
$memory = fopen('php://memory', 'w+');
echo $client->downloadBill($bill, $memory)['bytes'], ' ', sha1(stream_get_contents($memory, -1, 0)) === $bill['hash_value'] ? 'hash ok' : 'hash bad', "\n";
// A path: an old file stays as it was when the download fails, and is replaced when it succeeds.
file_put_contents("$dir/bill.csv", 'old');
wxps_test_control($server, 'POST', '/_sandbox/faults', ['path' => '/v3/payscore/bill/downloadurl', 'faults' => 'bill-short', 'times' => 1]);
try {
    $client->downloadBill($bill, "$dir/bill.csv");
} catch (WxPayScore\Exception\RequestException $e) {
    echo get_class($e), ' ', file_get_contents("$dir/bill.csv"), "\n";
}
echo $client->downloadBill($bill, "$dir/bill.csv")['bytes'], ' ', filesize("$dir/bill.csv"), "\n";
echo wxps_bill_files($dir), "\n";
?>
--EXPECT--
70000 NULL 70005 70005
WxPayScore\Exception\RequestException 70005 70005
70000 hash ok
WxPayScore\Exception\RequestException old
70000 70000
bill.csv stream.csv
