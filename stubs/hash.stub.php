<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Crypto;

/** The APIv2 digests: wechatpay-php's WeChatPay\Crypto\Hash. */
class Hash
{
    /** @var string */
    public const ALGO_MD5 = 'MD5';
    /** @var string */
    public const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

    /** Lower-case hex MD5 of $thing, then "&key=$key" ("&secret=" for a WeCom $agency) when $key is truthy (not "" nor "0"). */
    public static function md5(string $thing, #[\SensitiveParameter] string $key = '', bool|int|string $agency = false): string {}

    /**
     * Lower-case hex HMAC of "$thing&key=$key" under $key.
     * @throws \WxPayScore\Exception\InvalidArgumentException for an $algorithm HMAC cannot use, or an empty $key
     */
    public static function hmac(string $thing, #[\SensitiveParameter] string $key, string $algorithm = 'sha256'): string {}

    /** Whether the two strings are equal, in time that does not depend on their bytes; false when $user_string is null. */
    public static function equals(#[\SensitiveParameter] string $known_string, #[\SensitiveParameter] ?string $user_string = null): bool {}

    /**
     * Upper-case hex MD5 or HMAC-SHA256 of $data with the APIv2 key: $type is Hash::ALGO_MD5 or
     * Hash::ALGO_HMAC_SHA256, spelled exactly so; null for any other type.
     */
    public static function sign(string $type, string $data, #[\SensitiveParameter] string $key): ?string {}
}
