<?php

declare(strict_types=1);

namespace WeChatPay;

/**
 * Benchmark model of wechatpay-php's entry point: Builder::factory($config) gives the chainable
 * root over a decorated pair of Guzzle clients, as the SDK does.
 */
final class Builder
{
    public static function factory(array $config = []): Chainable
    {
        return new Chainable([], new ClientDecorator($config));
    }

    private function __construct()
    {
    }
}
