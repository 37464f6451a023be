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
