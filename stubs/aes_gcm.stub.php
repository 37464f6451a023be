<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Crypto;

/** The AES constants and methods: wechatpay-php's WeChatPay\Crypto\AesInterface. */
interface AesInterface
{
    /**
     * Bytes in an AES block.
     * @var int
     */
    public const BLOCK_SIZE = 16;
    /**
     * Bytes in an AES-256 key.
     * @var int
     */
    public const KEY_LENGTH_BYTE = 32;
    /**
     * Bytes in the tag AesGcm::encrypt() appends.
     * @var int
     */
    public const AUTH_TAG_LENGTH_BYTE = 16;
    /** @var string */
    public const ALGO_AES_256_GCM = 'aes-256-gcm';
    /** @var string */
    public const ALGO_AES_256_ECB = 'aes-256-ecb';

    /** base64 of $plaintext encrypted under $key. */
    public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string;

    /** The plaintext of base64 $ciphertext under $key. */
    public static function decrypt(string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string;
}

/** AES-256-GCM as WeChat Pay uses it: wechatpay-php's WeChatPay\Crypto\AesGcm. */
class AesGcm implements AesInterface
{
    /** base64(ciphertext || 16-byte tag). The key is 32 bytes; WeChat Pay's nonces (iv) are 12. */
    public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}

    /** The plaintext of base64(ciphertext || tag); UnexpectedValueException when it does not authenticate. */
    public static function decrypt(string $ciphertext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}
}
