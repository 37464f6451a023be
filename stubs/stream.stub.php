<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/**
 * The body of a Response: an in-memory, read-only, seekable stream.
 *
 * @strict-properties
 * @not-serializable
 */
final class Stream implements \Stringable
{
    private function __construct() {}

    public function __toString(): string {}

    public function close(): void {}

    /** @return null */
    public function detach() {}

    public function getSize(): ?int {}

    public function tell(): int {}

    public function eof(): bool {}

    public function isSeekable(): bool {}

    /**
     * @param int $offset
     * @param int $whence
     */
    public function seek($offset, $whence = SEEK_SET): void {}

    public function rewind(): void {}

    public function isWritable(): bool {}

    /** @param string $string */
    public function write($string): never {}

    public function isReadable(): bool {}

    /** @param int $length */
    public function read($length): string {}

    public function getContents(): string {}

    /** @param string|null $key */
    public function getMetadata($key = null): mixed {}
}
