<?php

declare(strict_types=1);

/*
 * A single-process HTTP/1.1 server on stream_select: many connections, keep-alive,
 * optional TLS, timers, and outgoing connections (notifications) in the same loop, so that
 * a delayed reply or a slow receiver never holds up anyone else.
 */

require_once __DIR__ . '/message.php';
require_once __DIR__ . '/connection.php';

/** An outgoing connection that the loop drives: it says what it waits for, the loop calls back. */
interface WxpsLoopClient
{
    public function stream(): mixed;

    public function wantsRead(): bool;

    public function wantsWrite(): bool;

    public function onReadable(): void;

    public function onWritable(): void;

    /** True once finished; the loop then forgets it. */
    public function done(): bool;
}

interface WxpsHttpHandler
{
    public function handle(WxpsRequest $request): WxpsReply;

    /** Called once the reply has been queued on the socket, or the connection dropped. */
    public function answered(WxpsRequest $request, WxpsReply $reply): void;
}

final class WxpsHttpServer
{
    private const DRIP_BYTES = 8; // what a dripped reply sends at a time
    private mixed $listener;
    private array $conns = [];  // resource id => WxpsConnection
    private array $timers = []; // [due time, callable]
    private array $clients = []; // spl_object_id => WxpsLoopClient
    private int $lastConnId = 0;
    private int $lastRequestId = 0;
    private bool $running = false;

    /** $tls: null for plain HTTP, else the "ssl" context options (local_cert, local_pk). */
    public function __construct(
        string $address,
        private WxpsHttpHandler $handler,
        private ?array $tls = null,
        private float $idleTimeout = 8.0,
    ) {
        // TLS is enabled per connection after accept(), so that handshakes never block the loop.
        $context = stream_context_create(['socket' => ['backlog' => 511], 'ssl' => $tls ?? []]);
        $this->listener = @stream_socket_server("tcp://$address", $errno, $error, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
        if ($this->listener === false) {
            throw new RuntimeException("cannot listen on $address: $error");
        }
        stream_set_blocking($this->listener, false);
    }

    public function port(): int
    {
        return (int) substr(strrchr(stream_socket_get_name($this->listener, false), ':'), 1);
    }

    public function after(float $seconds, callable $callback): void
    {
        $this->timers[] = [microtime(true) + $seconds, $callback];
    }

    public function watch(WxpsLoopClient $client): void
    {
        $this->clients[spl_object_id($client)] = $client;
    }

    public function stop(): void
    {
        $this->running = false;
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running) {
            $this->poll();
            $this->runTimers();
            $this->closeIdle();
        }
        foreach ($this->conns as $conn) {
            $this->close($conn);
        }
        fclose($this->listener);
    }

    private function poll(): void
    {
        $read = [(int) $this->listener => $this->listener];
        $write = [];
        foreach ($this->conns as $key => $conn) {
            if (!$conn->eof) {
                $read[$key] = $conn->stream;
            }
            if ($conn->out !== '') {
                $write[$key] = $conn->stream;
            }
        }
        foreach ($this->clients as $id => $client) {
            if ($client->done()) {
                unset($this->clients[$id]);
                continue;
            }
            if ($client->wantsRead()) {
                $read["c$id"] = $client->stream();
            }
            if ($client->wantsWrite()) {
                $write["c$id"] = $client->stream();
            }
        }
        $except = null;
        $wait = $this->secondsToNextTimer();
        // A signal interrupts select (false); run() then sees whether to stop.
        if (@stream_select($read, $write, $except, (int) $wait, (int) (fmod($wait, 1) * 1e6)) === false) {
            return;
        }
        foreach ($read as $key => $stream) {
            if (is_string($key)) {
                ($this->clients[(int) substr($key, 1)] ?? null)?->onReadable();
            } else {
                $stream === $this->listener ? $this->acceptAll() : $this->onReadable($this->conns[$key]);
            }
        }
        foreach ($write as $key => $stream) {
            if (is_string($key)) {
                ($this->clients[(int) substr($key, 1)] ?? null)?->onWritable();
            } elseif (isset($this->conns[$key])) {
                $this->flush($this->conns[$key]);
            }
        }
    }

    private function secondsToNextTimer(): float
    {
        $next = microtime(true) + 1.0; // wake up now and then to close idle connections
        foreach ($this->timers as [$due]) {
            $next = min($next, $due);
        }
        return max(0.0, $next - microtime(true));
    }

    /** Answers go out in several writes; Nagle would hold the last one for the client's delayed ACK. */
    private static function noDelay($stream): void
    {
        if (function_exists('socket_import_stream') && ($socket = @socket_import_stream($stream))) {
            @socket_set_option($socket, SOL_TCP, TCP_NODELAY, 1);
        }
    }

    private function acceptAll(): void
    {
        while (($stream = @stream_socket_accept($this->listener, 0)) !== false) {
            stream_set_blocking($stream, false);
            self::noDelay($stream);
            $this->conns[(int) $stream] = new WxpsConnection(++$this->lastConnId, $stream, $this->tls !== null);
        }
    }

    private function onReadable(WxpsConnection $conn): void
    {
        if ($conn->handshaking) {
            $done = $conn->handshake();
            if ($done === false) {
                $this->close($conn);
            }
            if ($done !== true) {
                return;
            }
        }
        $conn->read();
        $this->dispatch($conn);
        if ($conn->eof && !$conn->busy && $conn->out === '') {
            $this->close($conn);
        }
    }

    /** Hands complete requests to the handler, one at a time per connection. */
    private function dispatch(WxpsConnection $conn): void
    {
        while (!$conn->busy && !$conn->closeAfterWrite && ($request = $conn->takeRequest()) !== null) {
            $request->id = ++$this->lastRequestId;
            $conn->busy = true;
            $reply = $this->handler->handle($request);
            if ($reply->delayMs > 0) {
                $this->after($reply->delayMs / 1000, function () use ($conn, $request, $reply): void {
                    $this->deliver($conn, $request, $reply);
                    $this->dispatch($conn);
                });
            } else {
                $this->deliver($conn, $request, $reply);
            }
        }
        $this->flush($conn);
    }

    private function deliver(WxpsConnection $conn, WxpsRequest $request, WxpsReply $reply): void
    {
        if (!isset($this->conns[(int) $conn->stream])) {
            return; // the client left while the reply was delayed
        }
        $this->handler->answered($request, $reply);
        if ($reply->drop) {
            $this->close($conn);
            return;
        }
        $close = $reply->closes() || !$request->keepAlive() || $request->malformed !== null || $conn->eof;
        $bytes = wxps_serialize_reply($reply, $close);
        if (isset($reply->wire['cut'])) {
            $bytes = wxps_cut_reply($bytes, $reply->wire['cut']);
        }
        if (($reply->wire['drip_ms'] ?? 0) > 0) {
            $this->drip($conn, $bytes, $reply->wire['drip_ms'] / 1000, $close);
            return;
        }
        $conn->out .= $bytes;
        $conn->closeAfterWrite = $close;
        $conn->busy = false;
        $this->flush($conn);
    }

    /** Sends a reply a few bytes at a time; the connection stays busy until the last of them. */
    private function drip(WxpsConnection $conn, string $bytes, float $pause, bool $close): void
    {
        if (!isset($this->conns[(int) $conn->stream])) {
            return; // the client gave up
        }
        $conn->out .= substr($bytes, 0, self::DRIP_BYTES);
        $rest = (string) substr($bytes, self::DRIP_BYTES);
        if ($rest === '') {
            $conn->closeAfterWrite = $close;
            $conn->busy = false;
            $this->dispatch($conn);
            return;
        }
        $this->flush($conn);
        $this->after($pause, fn() => $this->drip($conn, $rest, $pause, $close));
    }

    private function flush(WxpsConnection $conn): void
    {
        if (!isset($this->conns[(int) $conn->stream])) {
            return;
        }
        if (!$conn->flush() || ($conn->out === '' && $conn->closeAfterWrite)) {
            $this->close($conn);
        }
    }

    private function runTimers(): void
    {
        $now = microtime(true);
        foreach ($this->timers as $key => [$due, $callback]) {
            if ($due <= $now) {
                unset($this->timers[$key]);
                $callback();
            }
        }
    }

    /** WeChat Pay closes idle connections after 8 s; so do we, and stuck handshakes too. */
    private function closeIdle(): void
    {
        if ($this->idleTimeout <= 0) {
            return;
        }
        $now = microtime(true);
        foreach ($this->conns as $conn) {
            if ($conn->isIdle($now, $this->idleTimeout)) {
                $this->close($conn);
            }
        }
    }

    private function close(WxpsConnection $conn): void
    {
        if (isset($this->conns[(int) $conn->stream])) {
            unset($this->conns[(int) $conn->stream]);
            fclose($conn->stream);
        }
    }
}
