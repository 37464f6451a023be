--TEST--
Util\MediaUtil: wechatpay-php's upload code ('body' => $media->getStream(), its Content-Type header) sends the meta and the file, signed over the meta, from a file, a PHP stream or a PSR-7-like stream
--EXTENSIONS--
wxpayscore
--FILE--
<?php
use WxPayScore\Util\MediaUtil;

require __DIR__ . '/../utils/sandbox.inc';
set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});
$server = wxps_test_server();
$instance = wxps_test_client($server);
$dir = wxps_test_temp_dir();
$png = "$dir/receipt.png";
$bytes = "\x89PNG\r\n\x1a\n" . random_bytes(3000);
file_put_contents($png, $bytes);
$mediaId = rtrim(strtr(base64_encode(hash('sha256', $bytes, true)), '+/', '-_'), '=');

// The SDK's README, with WeChatPay\ read as WxPayScore\.
$media = new MediaUtil($png);
$resp = $instance->chain('v3/merchant/media/upload')->post([
    'body'    => $media->getStream(),
    'headers' => [
        'Accept'       => 'application/json',
        'content-type' => $media->getContentType(),
    ],
]);
echo $resp->getStatusCode(), ' ', $resp['media_id'] === $mediaId ? 'media_id of the file' : $resp['media_id'], "\n";
var_dump($media->getMeta() === json_encode(['filename' => 'receipt.png', 'sha256' => hash('sha256', $bytes)]));
var_dump((string) $media->getStream() === $media->getMeta(), (bool) preg_match('#^multipart/form-data; boundary=[0-9A-Za-z]{32}$#', $media->getContentType()));

// The same object again (the file is read when sent), async, and from streams named by a path.
$instance->chain('v3/merchant-service/images/upload')->postAsync(['body' => $media->getStream()])->wait();
$stream = fopen($png, 'rb');
$fromStream = new MediaUtil('/elsewhere/凭证.png', $stream);
fclose($stream);
$instance['v3/merchant/media/upload']->post(['body' => $fromStream->getStream()]);
$psr = new class($bytes) {
    public function __construct(private string $bytes) {}
    public function __toString(): string { return $this->bytes; }
};
$instance['v3/merchant/media/video_upload']->post(['body' => (new MediaUtil('clip.mp4', $psr))->getStream()]);

foreach (wxps_test_requests($server) as $seen) {
    $raw = base64_decode($seen['body_base64'] ?? '') ?: ($seen['body'] ?? '');
    preg_match('/name="meta"\r\nContent-Type: application\/json\r\n\r\n(\{.*?\})\r\n/', $raw, $m);
    $meta = json_decode($m[1] ?? 'null', true);
    preg_match('/boundary=(\S+)/', $seen['headers']['content-type'], $b);
    printf("%s %s %s boundary=%s meta=%s sha256=%s\n", $seen['target'], $seen['sign_ok'] ? 'verified' : 'REFUSED',
        strtok($seen['headers']['content-type'], ';'), str_contains($raw, "--{$b[1]}\r\n") ? 'as sent' : 'WRONG',
        $meta['filename'] ?? '?', ($meta['sha256'] ?? '') === hash('sha256', $bytes) ? 'ok' : 'WRONG');
}

// What cannot be read is refused when the MediaUtil is made; nothing is sent.
$before = count(wxps_test_requests($server));
file_put_contents("$dir/huge.mp4", str_repeat('x', 5 * 1024 * 1024 + 1));
file_put_contents("$dir/big.png", str_repeat('x', 3 * 1024 * 1024));
foreach ([
    'a missing file' => fn() => new MediaUtil("$dir/missing.png"),
    'over 5 MiB' => fn() => new MediaUtil("$dir/huge.mp4"),
    'a bad stream' => fn() => new MediaUtil('x.png', 42),
    'a name with NUL' => fn() => new MediaUtil("a\0b.png", fopen($png, 'rb')),
    'no name' => fn() => new MediaUtil('', fopen($png, 'rb')),
    'an object that is no stream' => fn() => new MediaUtil('x.png', new stdClass()),
    'unconstructed' => fn() => (new ReflectionClass(MediaUtil::class))->newInstanceWithoutConstructor()->getStream(),
    'an image over 2 MiB' => fn() => $instance['v3/merchant/media/upload']->post(['body' => (new MediaUtil("$dir/big.png"))->getStream()]),
] as $what => $call) {
    try {
        $call();
        echo "$what: accepted\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo "$what: ", str_replace($dir, 'DIR', $e->getMessage()), "\n";
    }
}
echo count(wxps_test_requests($server)) - $before, " more requests\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
200 media_id of the file
bool(true)
bool(true)
bool(true)
/v3/merchant/media/upload verified multipart/form-data boundary=as sent meta=receipt.png sha256=ok
/v3/merchant-service/images/upload verified multipart/form-data boundary=as sent meta=receipt.png sha256=ok
/v3/merchant/media/upload verified multipart/form-data boundary=as sent meta=凭证.png sha256=ok
/v3/merchant/media/video_upload verified multipart/form-data boundary=as sent meta=clip.mp4 sha256=ok
a missing file: cannot read file "DIR/missing.png"
over 5 MiB: file "DIR/huge.mp4" is larger than 5242880 bytes
a bad stream: $fileStream must be a stream or a PSR-7 stream, int given
a name with NUL: $filepath must name a file, without NUL bytes
no name: $filepath must name a file, without NUL bytes
an object that is no stream: $fileStream must be a stream or a PSR-7 stream, stdClass given
unconstructed: the MediaUtil was not constructed
an image over 2 MiB: file "DIR/big.png" is larger than 2097152 bytes
0 more requests
