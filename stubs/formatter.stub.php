<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/** The strings of the APIv3 and APIv2 schemes: wechatpay-php's WeChatPay\Formatter. */
class Formatter
{
    /** $size characters of [0-9A-Za-z] from a CSPRNG. */
    public static function nonce(int $size = 32): string {}

    /** The current Unix timestamp. */
    public static function timestamp(): int {}

    /**
     * The APIv3 Authorization header value, its fields in wechatpay-php's order:
     * `WECHATPAY2-SHA256-RSA2048 mchid="..",serial_no="..",timestamp="..",nonce_str="..",signature=".."`.
     */
    public static function authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string {}

    /** "METHOD\nURI\nTIMESTAMP\nNONCE\nBODY\n": what Rsa::sign() signs for a request. */
    public static function request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string {}

    /** "TIMESTAMP\nNONCE\nBODY\n": what Rsa::verify() checks for an answer or a callback. */
    public static function response(string $timestamp, string $nonce, string $body = ''): string {}

    /** Each piece followed by "\n". */
    public static function joinedByLineFeed(mixed ...$pieces): string {}

    /** The array sorted by key bytes (ksort SORT_STRING). */
    public static function ksort(array $thing = []): array {}

    /** "k=v&k=v" without the "sign" key, null and empty values; nothing is encoded. */
    public static function queryStringLike(array $thing = []): string {}
}
