<?php
/*
 * A merchant's notify_url for the walk-through, served by PHP's built-in server:
 *
 *   WXPS_RECEIVER_DIR=/tmp/inbox php -S 127.0.0.1:8080 examples/notify_receiver.php
 *
 * It keeps every callback it gets (method, URI, headers, raw body) as one JSON file in
 * $WXPS_RECEIVER_DIR and answers 204, which WeChat Pay takes as received. Verifying and
 * decrypting is left to whoever reads the files ($instance->notification()), so that what
 * arrived can be shown as it was. With ?fail_first=1 in the notify_url it answers the first
 * delivery of each notification 500, to show the retries.
 */
declare(strict_types=1);

$dir = getenv('WXPS_RECEIVER_DIR') ?: sys_get_temp_dir() . '/wxpayscore-notifications';
if (!is_dir($dir)) {
    @mkdir($dir, 0700, true);
}
$body = (string) file_get_contents('php://input');
$id = json_decode($body, true)['id'] ?? 'unknown';
$seen = is_file("$dir/$id.seen");
touch("$dir/$id.seen");
$status = ($_GET['fail_first'] ?? '') === '1' && !$seen ? 500 : 204;

$record = [
    'method' => $_SERVER['REQUEST_METHOD'],
    'uri' => $_SERVER['REQUEST_URI'],
    'headers' => getallheaders(),
    'body' => $body,
    'received_at' => microtime(true),
    'answered' => $status,
];
// Written under another name and renamed, so a reader never sees half a file.
$file = sprintf('%s/%.6f-%s.json', $dir, microtime(true), getmypid());
file_put_contents("$file.tmp", json_encode($record, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
rename("$file.tmp", $file);
http_response_code($status);
