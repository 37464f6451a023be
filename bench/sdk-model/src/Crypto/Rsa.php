<?php

declare(strict_types=1);

namespace WeChatPay\Crypto;

use UnexpectedValueException;

/** RSA-SHA256 through ext-openssl, as the SDK does it. */
class Rsa
{
    public const KEY_TYPE_PUBLIC = 'public';
    public const KEY_TYPE_PRIVATE = 'private';

    /** Loads a key from a file:// path, PEM text or an OpenSSLAsymmetricKey. */
    public static function from($thing, string $type = self::KEY_TYPE_PRIVATE)
    {
        $key = $type === self::KEY_TYPE_PUBLIC ? openssl_pkey_get_public($thing) : openssl_pkey_get_private($thing);
        if ($key === false) {
            throw new UnexpectedValueException("Cannot load the $type key");
        }
        return $key;
    }

    public static function sign(string $message, $privateKey): string
    {
        if (!openssl_sign($message, $signature, $privateKey, OPENSSL_ALGO_SHA256)) {
            throw new UnexpectedValueException('Signing failed');
        }
        return base64_encode($signature);
    }

    public static function verify(string $message, string $signature, $publicKey): bool
    {
        $result = openssl_verify($message, base64_decode($signature), $publicKey, OPENSSL_ALGO_SHA256);
        if ($result === false) {
            throw new UnexpectedValueException('Verifying failed');
        }
        return $result === 1;
    }
}
