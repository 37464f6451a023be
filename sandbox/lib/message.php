<?php

declare(strict_types=1);

/*
 * HTTP/1.1 messages: the request as received, the reply to send, and their wire format.
 */

final class WxpsHttpError extends RuntimeException
{
}

/** One request as the connection received it; the target stays raw, exactly as sent. */
final class WxpsRequest
{
    public int $id = 0; // numbered by the server, in order of arrival
    public readonly float $receivedAt;

    public function __construct(
        public readonly int $conn,
        public readonly string $method,
        public readonly string $target,
        public readonly string $version,
        public readonly array $headers, // lower-cased name => value
        public readonly string $body,
        public readonly ?string $malformed = null,
    ) {
        $this->receivedAt = microtime(true);
    }

    public function path(): string
    {
        return explode('?', $this->target, 2)[0];
    }

    public function query(): string
    {
        return explode('?', $this->target, 2)[1] ?? '';
    }

    public function keepAlive(): bool
    {
        $connection = strtolower($this->headers['connection'] ?? '');
        return $this->version === 'HTTP/1.1'
            ? !str_contains($connection, 'close')
            : str_contains($connection, 'keep-alive');
    }
}

/**
 * What to send back, and how: after a delay, not at all (drop), or closing after it.
 * $wire bends the bytes themselves: cut ("head" or "body": close halfway through it),
 * drip_ms (a few bytes at a time, pausing this long between them), chunked (Transfer-Encoding
 * chunked instead of Content-Length), http10 (an HTTP/1.0 answer, ended by closing).
 */
final class WxpsReply
{
    public function __construct(
        public readonly int $status,
        public readonly array $headers = [],
        public readonly string $body = '',
        public readonly int $delayMs = 0,
        public readonly bool $drop = false,
        public readonly bool $close = false,
        public readonly array $wire = [],
    ) {
    }

    public function closes(): bool
    {
        return $this->close || isset($this->wire['cut']) || !empty($this->wire['http10']);
    }
}

/** Splits a request head into [method, target, version, headers]. */
function wxps_parse_head(string $head): array
{
    $lines = explode("\r\n", $head);
    if (!preg_match('#^([A-Z]+) (\S+) (HTTP/1\.[01])$#', array_shift($lines), $start)) {
        throw new WxpsHttpError('malformed request line');
    }
    $headers = [];
    foreach ($lines as $line) {
        if (!preg_match('/^([!#$%&\'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/', $line, $field)) {
            throw new WxpsHttpError('malformed header line');
        }
        $name = strtolower($field[1]);
        $headers[$name] = isset($headers[$name]) ? "$headers[$name], $field[2]" : $field[2];
    }
    return [$start[1], $start[2], $start[3], $headers];
}

/** The body's length from the headers, or -1 when it comes chunked. */
function wxps_body_length(array $headers, int $max): int
{
    if (isset($headers['transfer-encoding'])) {
        if (strtolower($headers['transfer-encoding']) !== 'chunked') {
            throw new WxpsHttpError('unsupported Transfer-Encoding');
        }
        return -1;
    }
    $length = $headers['content-length'] ?? '0';
    if (!ctype_digit($length) || strlen($length) > 12) {
        throw new WxpsHttpError('malformed Content-Length');
    }
    if ((int) $length > $max) {
        throw new WxpsHttpError('request body too large');
    }
    return (int) $length;
}

/** Decodes a chunked body at the start of $buffer: [body, bytes used], or null until all has come. */
function wxps_decode_chunked(string $buffer): ?array
{
    $body = '';
    $at = 0;
    while (($eol = strpos($buffer, "\r\n", $at)) !== false) {
        $size = trim(explode(';', substr($buffer, $at, $eol - $at), 2)[0]); // extensions are ignored
        if (!ctype_xdigit($size) || strlen($size) > 8) {
            throw new WxpsHttpError('malformed chunk size');
        }
        $size = hexdec($size);
        $at = $eol + 2;
        if ($size === 0) {
            return wxps_skip_trailers($buffer, $at, $body);
        }
        if (strlen($buffer) < $at + $size + 2) {
            return null;
        }
        if (substr($buffer, $at + $size, 2) !== "\r\n") {
            throw new WxpsHttpError('malformed chunk');
        }
        $body .= substr($buffer, $at, $size);
        $at += $size + 2;
    }
    return null;
}

/** The trailer section after the last chunk: ignored, but it must be complete. */
function wxps_skip_trailers(string $buffer, int $at, string $body): ?array
{
    if (substr($buffer, $at, 2) === "\r\n") {
        return [$body, $at + 2];
    }
    $end = strpos($buffer, "\r\n\r\n", $at);
    return $end === false ? null : [$body, $end + 4];
}

/** The reply as bytes on the wire. */
function wxps_serialize_reply(WxpsReply $reply, bool $close): string
{
    $http10 = !empty($reply->wire['http10']);
    $chunked = !empty($reply->wire['chunked']) && !$http10 && wxps_status_has_body($reply->status);
    $headers = $reply->headers + ['Date' => gmdate('D, d M Y H:i:s \G\M\T')];
    if ($chunked) {
        $headers['Transfer-Encoding'] = 'chunked';
    } elseif (wxps_status_has_body($reply->status) && !$http10) {
        $headers['Content-Length'] = strlen($reply->body); // HTTP/1.0: the body ends where the connection does
    }
    $headers['Connection'] = $close ? 'close' : 'keep-alive';
    $head = sprintf("HTTP/1.%d %d %s\r\n", $http10 ? 0 : 1, $reply->status, wxps_reason_phrase($reply->status));
    foreach ($headers as $name => $value) {
        $head .= "$name: $value\r\n";
    }
    $body = wxps_status_has_body($reply->status) ? $reply->body : '';
    return "$head\r\n" . ($chunked ? wxps_encode_chunked($body) : $body);
}

/** A chunked body in pieces of uneven sizes, one with an extension, and a trailer: all of it legal. */
function wxps_encode_chunked(string $body): string
{
    $out = '';
    for ($at = 0, $n = 0; $at < strlen($body); $at += $size, $n++) {
        $size = min([7, 64, 1, 4096][$n % 4], strlen($body) - $at);
        $out .= dechex($size) . ($n === 1 ? ';sandbox=ext' : '') . "\r\n" . substr($body, $at, $size) . "\r\n";
    }
    return $out . "0\r\nX-Sandbox-Trailer: end\r\n\r\n";
}

/** The reply cut halfway through its head, or through its body ($where: "head" or "body"). */
function wxps_cut_reply(string $bytes, string $where): string
{
    $headEnd = strpos($bytes, "\r\n\r\n") + 4;
    return substr($bytes, 0, $where === 'head' ? intdiv($headEnd, 2) : $headEnd + intdiv(strlen($bytes) - $headEnd, 2));
}

/** 1xx, 204 and 304 never carry a body, nor a Content-Length (RFC 9110). */
function wxps_status_has_body(int $status): bool
{
    return $status >= 200 && $status !== 204 && $status !== 304;
}

function wxps_reason_phrase(int $status): string
{
    return [
        200 => 'OK', 202 => 'Accepted', 204 => 'No Content', 304 => 'Not Modified',
        400 => 'Bad Request', 401 => 'Unauthorized', 403 => 'Forbidden', 404 => 'Not Found',
        405 => 'Method Not Allowed', 408 => 'Request Timeout', 413 => 'Content Too Large',
        429 => 'Too Many Requests', 500 => 'Internal Server Error', 502 => 'Bad Gateway',
        503 => 'Service Unavailable', 504 => 'Gateway Timeout',
    ][$status] ?? 'Unknown';
}
