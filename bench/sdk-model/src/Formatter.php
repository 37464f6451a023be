<?php

declare(strict_types=1);

namespace WeChatPay;

/** The SDK's string helpers for the APIv3 signature lines. */
class Formatter
{
    private const BASE62 = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

    /** One closure call per character, as the SDK builds its nonce. */
    public static function nonce(int $size = 32): string
    {
        return array_reduce(range(1, $size), static fn (string $s) => $s . self::BASE62[mt_rand(0, 61)], '');
    }

    public static function timestamp(): int
    {
        return time();
    }

    public static function authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string
    {
        return sprintf(
            'WECHATPAY2-SHA256-RSA2048 mchid="%s",serial_no="%s",timestamp="%s",nonce_str="%s",signature="%s"',
            $mchid, $serial, $timestamp, $nonce, $signature
        );
    }

    public static function request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string
    {
        return static::joinedByLineFeed($method, $uri, $timestamp, $nonce, $body);
    }

    public static function response(string $timestamp, string $nonce, string $body = ''): string
    {
        return static::joinedByLineFeed($timestamp, $nonce, $body);
    }

    public static function joinedByLineFeed(...$pieces): string
    {
        return implode("\n", array_merge($pieces, ['']));
    }
}
