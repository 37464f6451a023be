<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/**
 * A verified WeChat Pay answer. Read-only: the decoded JSON body is reachable
 * as `$response['order_id']` and toArray().
 *
 * @strict-properties
 * @not-serializable
 */
final class Response implements \ArrayAccess, \JsonSerializable
{
    private function __construct() {}

    public function getStatusCode(): int {}

    public function getReasonPhrase(): string {}

    public function getProtocolVersion(): string {}

    /** @return array<string, string[]> */
    public function getHeaders(): array {}

    /** @param string $name */
    public function hasHeader($name): bool {}

    /**
     * @param string $name
     * @return string[]
     */
    public function getHeader($name): array {}

    /** @param string $name */
    public function getHeaderLine($name): string {}

    public function getBody(): Stream {}

    /** @param string $version */
    public function withProtocolVersion($version): Response {}

    /**
     * @param string $name
     * @param string|string[] $value
     */
    public function withHeader($name, $value): Response {}

    /**
     * @param string $name
     * @param string|string[] $value
     */
    public function withAddedHeader($name, $value): Response {}

    /** @param string $name */
    public function withoutHeader($name): Response {}

    /** @param \Stringable|string $body a PSR-7 StreamInterface, or anything with the new body as its string */
    public function withBody($body): Response {}

    /**
     * @param int $code
     * @param string $reasonPhrase
     */
    public function withStatus($code, $reasonPhrase = ""): Response {}

    /** The JSON body decoded to arrays; [] for an empty body. */
    public function toArray(): array {}

    /** @param string $offset */
    public function offsetExists(mixed $offset): bool {}

    /** @param string $offset */
    public function offsetGet(mixed $offset): mixed {}

    public function offsetSet(mixed $offset, mixed $value): never {}

    public function offsetUnset(mixed $offset): never {}

    public function jsonSerialize(): array {}
}
