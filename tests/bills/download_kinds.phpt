--TEST--
downloadBill(): trade and fund-flow bills (plain and GZIP) and Pay Score's encrypted bill (plain and GZIP) download and verify
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/bills.inc';
$server = wxps_test_server();
$client = wxps_test_client($server);
$dir = wxps_bill_dir();
foreach (['tradebill', 'fundflowbill', 'payscore'] as $kind) {
    foreach ([false, true] as $gzip) {
        $bill = wxps_bill_apply($client, $kind, 300000, $gzip);
        $path = "$dir/$kind" . ($gzip ? '.gz' : '') . '.csv';
        $got = $client->downloadBill($bill, $path);
        $bytes = file_get_contents($path);
        printf("%s%s: %d %s %s %s %s\n", $kind, $gzip ? ' GZIP' : '', $got['bytes'], $got['hash_type'],
            var_export($got['hash_value'] === sha1($bytes), true), var_export($got['path'] === $path, true),
            var_export(str_starts_with($bytes, '交易时间,') && strlen($bytes) === 300000, true));
    }
}
// The Response itself will do, and hash_value compares in any case.
$answer = $client['v3/bill/tradebill']->get(['query' => ['bill_date' => '2026-11-29']]);
echo $client->downloadBill($answer, "$dir/answer.csv")['bytes'], "\n";
$bill = $answer->toArray();
$bill['hash_value'] = strtoupper($bill['hash_value']);
echo $client->downloadBill($bill, "$dir/upper.csv")['bytes'], "\n";
// An empty bill is a bill.
echo $client->downloadBill(wxps_bill_apply($client, 'payscore', 0, true), "$dir/empty.csv")['bytes'], ' ', filesize("$dir/empty.csv"), "\n";
// Each download was one signed GET of the URL given.
$gets = array_filter(wxps_test_requests($server), fn($r) => str_contains($r['target'], 'token='));
echo count($gets), ' ', var_export(array_unique(array_column($gets, 'sign_ok')) === [true], true), "\n";
echo wxps_bill_files($dir), "\n";
?>
--EXPECT--
tradebill: 300000 SHA1 true true true
tradebill GZIP: 300000 SHA1 true true true
fundflowbill: 300000 SHA1 true true true
fundflowbill GZIP: 300000 SHA1 true true true
payscore: 300000 SHA1 true true true
payscore GZIP: 300000 SHA1 true true true
4096
4096
0 0
9 true
answer.csv empty.csv fundflowbill.csv fundflowbill.gz.csv payscore.csv payscore.gz.csv tradebill.csv tradebill.gz.csv upper.csv
