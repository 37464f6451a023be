<?php

declare(strict_types=1);

/*
 * The request log: one JSON line per request as soon as it is read, and one more when it
 * is answered or dropped, so tests can see what reached the server, and when.
 */

final class WxpsRequestLog
{
    public function __construct(private ?string $file)
    {
    }

    public function received(WxpsRequest $request, string $requestId, array $vars, ?string $signError): void
    {
        $this->write([
            'id' => $request->id,
            'request_id' => $requestId,
            'conn' => $request->conn,
            'method' => $request->method,
            'target' => $request->target,
            'path_vars' => (object) $vars,
            'headers' => (object) $request->headers,
            'body' => $request->body,
            'sign_ok' => $signError === null,
            'sign_error' => $signError,
            'malformed' => $request->malformed,
            'received_at' => $request->receivedAt,
        ]);
    }

    public function answered(WxpsRequest $request, WxpsReply $reply): void
    {
        $this->write($reply->drop
            ? ['dropped' => $request->id, 'at' => microtime(true)]
            : ['answered' => $request->id, 'at' => microtime(true), 'status' => $reply->status]);
    }

    private function write(array $line): void
    {
        if ($this->file === null) {
            return;
        }
        if (isset($line['body']) && !preg_match('//u', $line['body'])) {
            $line['body_base64'] = base64_encode($line['body']); // JSON strings hold only UTF-8
            $line['body'] = null;
        }
        $json = json_encode($line, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        file_put_contents($this->file, "$json\n", FILE_APPEND);
    }
}
