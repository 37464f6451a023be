<?php

declare(strict_types=1);

namespace WeChatPay;

use ArrayIterator;
use GuzzleHttp\Promise\PromiseInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * A node of the chain. Like the SDK's it is an ArrayIterator whose list items are the path
 * segments and whose string keys memoize child nodes, so the per-call cost of naming an
 * endpoint (offsetExists, the filtered copy for the path) is the SDK's too.
 */
class Chainable extends ArrayIterator
{
    /** Untyped and so initialized: ARRAY_AS_PROPS would store an uninitialized typed property as an array item. */
    protected $driver;

    public function __construct(array $segments, ClientDecorator $driver)
    {
        parent::__construct($segments, self::STD_PROP_LIST | self::ARRAY_AS_PROPS);
        $this->driver = $driver;
    }

    public function getDriver(): ClientDecorator
    {
        return $this->driver;
    }

    /** PascalCase -> camelCase, camelCase -> camel-case, _name_ -> {name}: three regex passes, as in the SDK. */
    protected function normalize(string $thing = ''): string
    {
        $thing = preg_replace_callback('#^[A-Z]#', static fn ($m) => strtolower($m[0]), $thing);
        $thing = preg_replace_callback('#[A-Z]#', static fn ($m) => '-' . strtolower($m[0]), $thing);
        return preg_replace('#^_(.*)_$#', '{\1}', $thing);
    }

    protected function segments(): array
    {
        return array_filter($this->getArrayCopy(), static fn ($v) => !($v instanceof self));
    }

    protected function pathname(string $separator = '/'): string
    {
        return implode($separator, $this->segments());
    }

    #[\ReturnTypeWillChange]
    public function offsetGet($key): self
    {
        if (!$this->offsetExists($key)) {
            $segments = $this->segments();
            $segments[] = $this->normalize((string) $key);
            $this->offsetSet($key, new self($segments, $this->driver));
        }
        return parent::offsetGet($key);
    }

    public function chain($segment): self
    {
        return $this->offsetGet($segment);
    }

    public function get(array $options = []): ResponseInterface
    {
        return $this->driver->request('GET', $this->pathname(), $options);
    }

    public function put(array $options = []): ResponseInterface
    {
        return $this->driver->request('PUT', $this->pathname(), $options);
    }

    public function post(array $options = []): ResponseInterface
    {
        return $this->driver->request('POST', $this->pathname(), $options);
    }

    public function patch(array $options = []): ResponseInterface
    {
        return $this->driver->request('PATCH', $this->pathname(), $options);
    }

    public function delete(array $options = []): ResponseInterface
    {
        return $this->driver->request('DELETE', $this->pathname(), $options);
    }

    public function getAsync(array $options = []): PromiseInterface
    {
        return $this->driver->requestAsync('GET', $this->pathname(), $options);
    }

    public function putAsync(array $options = []): PromiseInterface
    {
        return $this->driver->requestAsync('PUT', $this->pathname(), $options);
    }

    public function postAsync(array $options = []): PromiseInterface
    {
        return $this->driver->requestAsync('POST', $this->pathname(), $options);
    }

    public function patchAsync(array $options = []): PromiseInterface
    {
        return $this->driver->requestAsync('PATCH', $this->pathname(), $options);
    }

    public function deleteAsync(array $options = []): PromiseInterface
    {
        return $this->driver->requestAsync('DELETE', $this->pathname(), $options);
    }
}
