--TEST--
Uploads: the multipart option sends meta {filename, sha256} and the file, signed over the meta as WeChat Pay requires, from a path or a stream
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server();
$instance = wxps_test_client($server);
$dir = wxps_test_temp_dir();
$png = "$dir/receipt.png";
file_put_contents($png, "\x89PNG\r\n\x1a\n" . random_bytes(3000));
$mediaId = fn(string $bytes) => rtrim(strtr(base64_encode(hash('sha256', $bytes, true)), '+/', '-_'), '=');

$r = $instance->chain('v3/merchant/media/upload')->post(['multipart' => ['file' => $png]]);
echo $r->getStatusCode(), ' ', $r['media_id'] === $mediaId(file_get_contents($png)) ? 'media_id of the file' : $r['media_id'], "\n";

$stream = fopen($png, 'rb');
$r = $instance->chain('v3/merchant-service/images/upload')->post(['multipart' => ['file' => $stream, 'filename' => '凭证.png']]);
echo $r->getStatusCode(), ' ', $r['media_id'] === $mediaId(file_get_contents($png)) ? 'media_id of the stream' : $r['media_id'], "\n";
fclose($stream);

$r = $instance->chain('v3/merchant/media/video_upload')->postAsync(['multipart' => ['file' => $png, 'filename' => 'clip.mp4']])->wait();
echo $r->getStatusCode(), "\n";

foreach (wxps_test_requests($server) as $seen) {
    $meta = null;
    if (preg_match('/name="meta"\r\nContent-Type: application\/json\r\n\r\n(\{.*?\})\r\n/', base64_decode($seen['body_base64'] ?? '') ?: ($seen['body'] ?? ''), $m)) {
        $meta = json_decode($m[1], true);
    }
    printf("%s %s %s meta=%s sha256=%s\n", $seen['target'], $seen['sign_ok'] ? 'verified' : 'REFUSED',
        strtok($seen['headers']['content-type'], ';'), $meta['filename'] ?? '?',
        ($meta['sha256'] ?? '') === hash_file('sha256', $png) ? 'ok' : 'WRONG');
}

// The sandbox refuses an upload signed over the whole body rather than its meta.
$boundary = 'b0und4ry';
$meta = json_encode(['filename' => 'x.png', 'sha256' => hash('sha256', 'x')]);
$body = "--$boundary\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n$meta\r\n"
    . "--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\nx\r\n--$boundary--\r\n";
$answer = wxps_t_call($server, 'POST', '/v3/merchant/media/upload', ['Content-Type' => "multipart/form-data; boundary=$boundary",
    'User-Agent' => 'test'], $body);
echo 'signed over the body: ', $answer['status'], ' ', json_decode($answer['body'], true)['code'], "\n";

// What cannot be uploaded is refused before anything is sent.
$before = count(wxps_test_requests($server));
file_put_contents("$dir/big.png", str_repeat('x', 2 * 1024 * 1024 + 1));
foreach ([
    'no file' => ['multipart' => ['filename' => 'a.png']],
    'a file that is not there' => ['multipart' => ['file' => "$dir/missing.png"]],
    'a directory' => ['multipart' => ['file' => $dir]],
    'over 2 MiB' => ['multipart' => ['file' => "$dir/big.png"]],
    'a stream without filename' => ['multipart' => ['file' => fopen($png, 'rb')]],
    'not a file' => ['multipart' => ['file' => 42]],
    'with json' => ['multipart' => ['file' => $png], 'json' => ['a' => 1]],
] as $what => $options) {
    try {
        $instance->chain('v3/merchant/media/upload')->post($options);
        echo "$what: sent\n";
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
200 media_id of the stream
200
/v3/merchant/media/upload verified multipart/form-data meta=receipt.png sha256=ok
/v3/merchant-service/images/upload verified multipart/form-data meta=凭证.png sha256=ok
/v3/merchant/media/video_upload verified multipart/form-data meta=clip.mp4 sha256=ok
signed over the body: 401 SIGN_ERROR
no file: "multipart" must be ['file' => path or stream, 'filename' => ...] or ['contents' => bytes, 'filename' => ...]
a file that is not there: cannot read file "DIR/missing.png"
a directory: cannot read file "DIR"
over 2 MiB: file "DIR/big.png" is larger than 2097152 bytes
a stream without filename: "multipart" needs a filename when the file is a stream or contents
not a file: "multipart" file must be a path or a stream, int given
with json: give "multipart" alone, without "json" or "body"
0 more requests
