<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Crypto;

/**
 * RSA keys, SHA256-RSA signatures and OAEP encryption: wechatpay-php's WeChatPay\Crypto\Rsa.
 *
 * A key is given as a `file://` path, PEM text (PKCS#1, PKCS#8, SPKI or an X.509
 * certificate), base64 DER, a `private.pkcs1://`, `private.pkcs8://`, `public.pkcs1://` or
 * `public.spki://` string, an OpenSSLAsymmetricKey, an OpenSSLCertificate (public keys),
 * `[$encryptedPem, $passphrase]` (private keys, with ext/openssl), or a key from from().
 * Every failure throws \WxPayScore\Exception\UnexpectedValueException.
 */
class Rsa
{
    /** @var string */
    public const KEY_TYPE_PUBLIC = 'public';
    /** @var string */
    public const KEY_TYPE_PRIVATE = 'private';

    /**
     * The key as an OpenSSLAsymmetricKey when ext/openssl is loaded (what wechatpay-php
     * returns, so it goes on to openssl_* functions and typed code unchanged), else as a Key.
     */
    public static function from(#[\SensitiveParameter] mixed $thing, string $type = Rsa::KEY_TYPE_PRIVATE): \OpenSSLAsymmetricKey|Key {}

    /** A private (or, with KEY_TYPE_PUBLIC, public) key from base64 PKCS#1 DER. */
    public static function fromPkcs1(#[\SensitiveParameter] string $thing, string $type = Rsa::KEY_TYPE_PRIVATE): \OpenSSLAsymmetricKey|Key {}

    /** A private key from base64 PKCS#8 DER. */
    public static function fromPkcs8(#[\SensitiveParameter] string $thing): \OpenSSLAsymmetricKey|Key {}

    /** A public key from base64 SPKI DER. */
    public static function fromSpki(string $thing): \OpenSSLAsymmetricKey|Key {}

    /** base64 SPKI DER of a base64 PKCS#1 RSA public key. */
    public static function pkcs1ToSpki(string $thing): string {}

    /**
     * base64 of the plaintext encrypted with the public key.
     * @param int $padding OPENSSL_PKCS1_OAEP_PADDING (4, SHA-1 OAEP as WeChat Pay uses), the only one taken:
     *                     OPENSSL_PKCS1_PADDING (1) is refused, as in wechatpay-php >= 1.4.10
     */
    public static function encrypt(#[\SensitiveParameter] string $plaintext, mixed $publicKey, int $padding = 4): string {}

    /** Whether $signature (base64) is a SHA256-RSA signature of $message under the public key. */
    public static function verify(string $message, string $signature, mixed $publicKey): bool {}

    /** base64 SHA256-RSA (PKCS#1 v1.5) signature of $message. */
    public static function sign(string $message, #[\SensitiveParameter] mixed $privateKey): string {}

    /**
     * The plaintext of base64 $ciphertext.
     * @param int $padding OPENSSL_PKCS1_OAEP_PADDING (4), the only one taken: PKCS#1 v1.5 decryption
     *                     is a padding oracle (Bleichenbacher, Marvin), so OPENSSL_PKCS1_PADDING (1) is refused
     */
    public static function decrypt(string $ciphertext, #[\SensitiveParameter] mixed $privateKey, int $padding = 4): string {}
}

/**
 * An RSA key held by the extension: what Rsa::from() returns when ext/openssl is not loaded.
 * Everything that takes a key takes it; it shows no key material.
 *
 * @strict-properties
 * @not-serializable
 */
final class Key
{
    private function __construct() {}

    public function isPrivate(): bool {}

    public function getBits(): int {}
}

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

/** The APIv2 digests: wechatpay-php's WeChatPay\Crypto\Hash. */
class Hash
{
    /** @var string */
    public const ALGO_MD5 = 'MD5';
    /** @var string */
    public const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

    /** Lower-case hex MD5 of $thing, then "&key=$key" ("&secret=" for a WeCom $agency) when $key is not empty. */
    public static function md5(string $thing, #[\SensitiveParameter] string $key = '', bool|int|string $agency = false): string {}

    /** Lower-case hex HMAC of "$thing&key=$key" under $key; false for an unknown $algorithm. */
    public static function hmac(string $thing, #[\SensitiveParameter] string $key, string $algorithm = 'sha256'): string|false {}

    /** Whether the two strings are equal, in time that does not depend on their bytes; false if either is null. */
    public static function equals(#[\SensitiveParameter] ?string $known = null, #[\SensitiveParameter] ?string $user = null): bool {}

    /**
     * Upper-case hex MD5 or HMAC-SHA256 of $data with the APIv2 key: $type is Hash::ALGO_MD5 or
     * Hash::ALGO_HMAC_SHA256, spelled exactly so; null for any other type.
     */
    public static function sign(string $type, string $data, #[\SensitiveParameter] string $key): ?string {}
}
