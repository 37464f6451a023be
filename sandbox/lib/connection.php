<?php

declare(strict_types=1);

/*
 * One client connection: a non-blocking socket, its TLS handshake, and the buffers from
 * which requests are cut and to which replies are queued.
 */

final class WxpsConnection
{
    private const MAX_HEAD = 65536;
    private const MAX_BODY = 16 << 20;

    public string $out = '';
    public bool $busy = false;       // a request is being answered; pipelined ones wait their turn
    public bool $eof = false;        // the client will send nothing more
    public bool $closeAfterWrite = false;
    public bool $handshaking;
    public float $lastActive;
    private string $in = '';
    private ?array $head = null;     // [method, target, version, headers, body length] being read
    private bool $continued = false; // "100 Continue" already sent for this request

    public function __construct(public readonly int $id, public readonly mixed $stream, bool $tls)
    {
        $this->handshaking = $tls;
        $this->lastActive = microtime(true);
    }

    /** Advances the TLS handshake without blocking: true once done, 0 to wait, false if it failed. */
    public function handshake(): bool|int
    {
        $this->lastActive = microtime(true);
        $result = @stream_socket_enable_crypto($this->stream, true, STREAM_CRYPTO_METHOD_TLS_SERVER);
        $this->handshaking = $result === 0;
        return $result;
    }

    /** Moves everything readable into the input buffer (TLS may hold decrypted bytes that select cannot see). */
    public function read(): void
    {
        while (strlen($this->in) <= self::MAX_BODY && ($chunk = @fread($this->stream, 65536)) !== false && $chunk !== '') {
            $this->in .= $chunk;
        }
        $this->eof = feof($this->stream);
        $this->lastActive = microtime(true);
    }

    /** Writes what the socket takes now; false when the client has gone. */
    public function flush(): bool
    {
        if ($this->out === '') {
            return true;
        }
        $written = @fwrite($this->stream, $this->out);
        if ($written === false) {
            return false;
        }
        $this->out = substr($this->out, $written);
        $this->lastActive = microtime(true);
        return true;
    }

    public function isIdle(float $now, float $timeout): bool
    {
        return !$this->busy && $this->out === '' && $now - $this->lastActive > $timeout;
    }

    /** The next complete request in the buffer, or null until one has fully arrived. */
    public function takeRequest(): ?WxpsRequest
    {
        try {
            if ($this->head === null && !$this->readHead()) {
                return null;
            }
            $body = $this->readBody();
        } catch (WxpsHttpError $e) {
            $this->in = ''; // the stream cannot be framed any more; the reply will close it
            [$method, $target, $version] = $this->head ?? ['', '', 'HTTP/1.1'];
            $this->head = null;
            return new WxpsRequest($this->id, $method, $target, $version, [], '', $e->getMessage());
        }
        if ($body === null) {
            $this->sendContinue();
            return null;
        }
        [$method, $target, $version, $headers] = $this->head;
        $this->head = null;
        $this->continued = false;
        return new WxpsRequest($this->id, $method, $target, $version, $headers, $body);
    }

    private function readHead(): bool
    {
        $this->in = ltrim($this->in, "\r\n"); // stray blank lines between requests are allowed
        $end = strpos($this->in, "\r\n\r\n");
        if ($end === false) {
            if (strlen($this->in) > self::MAX_HEAD) {
                throw new WxpsHttpError('request head too large');
            }
            return false;
        }
        $head = wxps_parse_head(substr($this->in, 0, $end));
        $this->in = substr($this->in, $end + 4);
        $this->head = $head;
        $this->head[] = wxps_body_length($head[3], self::MAX_BODY);
        return true;
    }

    private function readBody(): ?string
    {
        $length = $this->head[4];
        if ($length < 0) {
            return $this->readChunkedBody();
        }
        if (strlen($this->in) < $length) {
            return null;
        }
        $body = substr($this->in, 0, $length);
        $this->in = substr($this->in, $length);
        return $body;
    }

    private function readChunkedBody(): ?string
    {
        $decoded = wxps_decode_chunked($this->in);
        if ($decoded === null) {
            if (strlen($this->in) > self::MAX_BODY) {
                throw new WxpsHttpError('request body too large');
            }
            return null;
        }
        $this->in = substr($this->in, $decoded[1]);
        return $decoded[0];
    }

    /** Tells a client that waits on "Expect: 100-continue" to go on sending its body. */
    private function sendContinue(): void
    {
        if (!$this->continued && strtolower($this->head[3]['expect'] ?? '') === '100-continue') {
            $this->out .= "HTTP/1.1 100 Continue\r\n\r\n";
            $this->continued = true;
        }
    }
}
