<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/**
 * A WeChat Pay APIv3 endpoint, or the root of all of them.
 *
 * Properties, `[]` and chain() return child nodes that share this client's
 * configuration; the HTTP verbs call the node's URI.
 *
 * @strict-properties
 * @not-serializable
 */
final class Client implements \ArrayAccess
{
    public function __construct(#[\SensitiveParameter] array $config) {}

    /** The node one segment further: `$client->v3->payscore`. */
    public function __get(string $name): Client {}

    public function __isset(string $name): bool {}

    /** The node at a slash-separated path, used as written: `chain('v3/payscore/serviceorder')`. */
    public function chain(string $segments): Client {}

    /** @param string $offset */
    public function offsetExists(mixed $offset): bool {}

    /** @param string $offset */
    public function offsetGet(mixed $offset): Client {}

    public function offsetSet(mixed $offset, mixed $value): never {}

    public function offsetUnset(mixed $offset): never {}

    public function get(array $options = []): Response {}

    public function put(array $options = []): Response {}

    public function post(array $options = []): Response {}

    public function patch(array $options = []): Response {}

    public function delete(array $options = []): Response {}

    public function getAsync(array $options = []): Promise {}

    public function putAsync(array $options = []): Promise {}

    public function postAsync(array $options = []): Promise {}

    public function patchAsync(array $options = []): Promise {}

    public function deleteAsync(array $options = []): Promise {}

    /** The URI template of this node, e.g. `v3/payscore/serviceorder/{out_order_no}/pay`. */
    public function getPath(): string {}

    private function __clone(): void {}
}
