<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Util;

/**
 * Certificates and keys from PEM: wechatpay-php's WeChatPay\Util\PemUtil, for the code that
 * builds a client's config. Every failure throws \WxPayScore\Exception\UnexpectedValueException,
 * never a warning.
 */
class PemUtil
{
    /** The private key in a PEM file ("file://" may be left out), as Rsa::from() gives it (which takes more forms). */
    public static function loadPrivateKey(string $filepath): \OpenSSLAsymmetricKey|\WxPayScore\Crypto\Key {}

    /** A private key in any form Rsa::from() takes: the same as Rsa::from($content). */
    public static function loadPrivateKeyFromString(#[\SensitiveParameter] mixed $content): \OpenSSLAsymmetricKey|\WxPayScore\Crypto\Key {}

    /** The X.509 certificate in a file ("file://" may be left out): PEM or base64 DER. Needs ext/openssl. */
    public static function loadCertificate(string $filepath): \OpenSSLCertificate {}

    /** An X.509 certificate from PEM text, base64 DER, a "file://" path or an OpenSSLCertificate. Needs ext/openssl. */
    public static function loadCertificateFromString(mixed $content): \OpenSSLCertificate {}

    /**
     * The serial number of a certificate (PEM text, base64 DER, a "file://" path or an
     * OpenSSLCertificate) as upper-case hex: the merchant's `serial` or a platform `certs` key.
     */
    public static function parseCertificateSerialNo(mixed $certificate): string {}
}
