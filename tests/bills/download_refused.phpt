--TEST--
downloadBill(): a foreign host, a bad bill or a bad target is refused before a byte is sent, with a clear exception
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/bills.inc';
$server = wxps_test_server();
$client = wxps_test_client($server, ['backup_uri' => 'http://localhost:1/']);
$dir = wxps_bill_dir();
$good = wxps_bill_apply($client, 'tradebill', 100, false);
$origin = rtrim($server['base_uri'], '/');
$before = count(wxps_test_requests($server));
$cases = [
    'foreign host' => [['download_url' => 'https://evil.example/v3/billdownload/file?token=x'] + $good, "$dir/a"],
    'look-alike host' => [['download_url' => "$origin.evil.example/v3/billdownload/file"] + $good, "$dir/a"],
    'userinfo' => [['download_url' => "$origin@evil.example/v3/billdownload/file"] + $good, "$dir/a"],
    'other port' => [['download_url' => "{$origin}1/v3/billdownload/file"] + $good, "$dir/a"],
    'no path' => [['download_url' => $origin] + $good, "$dir/a"],
    'space' => [['download_url' => "$origin/v3/billdownload/file?token=a b"] + $good, "$dir/a"],
    'fragment' => [['download_url' => "$origin/v3/billdownload/file#x"] + $good, "$dir/a"],
    'no url' => [['hash_type' => 'SHA1', 'hash_value' => $good['hash_value']], "$dir/a"],
    'url not a string' => [['download_url' => 5] + $good, "$dir/a"],
    'hash type' => [['hash_type' => 'MD5'] + $good, "$dir/a"],
    'hash value' => [['hash_value' => 'xyz'] + $good, "$dir/a"],
    'key without nonce' => [['encrypt_key' => 'abc'] + $good, "$dir/a"],
    'bad encrypt_key' => [['encrypt_key' => base64_encode(random_bytes(256)), 'nonce' => 'N'] + $good, "$dir/a"],
    'empty path' => [$good, ''],
    'NUL in path' => [$good, "$dir/a\0b"],
    'no such directory' => [$good, "$dir/missing/a.csv"],
    'not a path' => [$good, 42],
    'not a bill' => ['bill', "$dir/a"],
];
foreach ($cases as $name => [$bill, $to]) {
    try {
        $client->downloadBill($bill, $to);
        echo "$name: downloaded\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', str_replace([$dir, $origin], ['DIR', 'ORIGIN'], $e->getMessage()), "\n";
    }
}
// The backup host is allowed too: the download goes there (and cannot connect).
try {
    $client->downloadBill(['download_url' => 'http://localhost:1/v3/billdownload/file?token=x'] + $good, "$dir/b");
} catch (WxPayScore\Exception\TransferException $e) {
    echo "backup: ", get_class($e), "\n";
}
echo count(wxps_test_requests($server)) - $before, ' ', wxps_bill_files($dir), "\n";
?>
--EXPECTF--
foreign host: WxPayScore\Exception\InvalidArgumentException: bill "download_url" is not on the client's base_uri or backup_uri host (ORIGIN); not sent
look-alike host: WxPayScore\Exception\InvalidArgumentException: bill "download_url" is not on the client's base_uri or backup_uri host (ORIGIN); not sent
userinfo: WxPayScore\Exception\InvalidArgumentException: bill "download_url" is not on the client's base_uri or backup_uri host (ORIGIN); not sent
other port: WxPayScore\Exception\InvalidArgumentException: bill "download_url" is not on the client's base_uri or backup_uri host (ORIGIN); not sent
no path: WxPayScore\Exception\InvalidArgumentException: bill "download_url" is not on the client's base_uri or backup_uri host (ORIGIN); not sent
space: WxPayScore\Exception\InvalidArgumentException: bill "download_url" holds a byte that cannot be sent as it is (0x20)
fragment: WxPayScore\Exception\InvalidArgumentException: bill "download_url" holds a byte that cannot be sent as it is (0x23)
no url: WxPayScore\Exception\InvalidArgumentException: bill "download_url" must be a non-empty string
url not a string: WxPayScore\Exception\InvalidArgumentException: bill "download_url" must be a non-empty string
hash type: WxPayScore\Exception\InvalidArgumentException: bill "hash_type" must be SHA1 or SHA256
hash value: WxPayScore\Exception\InvalidArgumentException: bill "hash_value" must be 40 hex digits
key without nonce: WxPayScore\Exception\InvalidArgumentException: an encrypted bill needs both "encrypt_key" and "nonce"
bad encrypt_key: WxPayScore\Exception\UnexpectedValueException: bill "encrypt_key" does not decrypt with the merchant private key (RSA-OAEP)
empty path: WxPayScore\Exception\InvalidArgumentException: the bill's path must be a non-empty string without NUL bytes
NUL in path: WxPayScore\Exception\InvalidArgumentException: the bill's path must be a non-empty string without NUL bytes
no such directory: WxPayScore\Exception\InvalidArgumentException: cannot create a file beside "DIR/missing/a.csv" (No such file or directory)
not a path: TypeError: WxPayScore\Client::downloadBill(): Argument #2 ($to) must be a path or a stream resource, int given
not a bill: TypeError: WxPayScore\Client::downloadBill(): Argument #1 ($bill) must be of type array|WxPayScore\Response, string given
backup: WxPayScore\Exception\TransferException
0 (none)
