<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Crypto;

/**
 * The key WeChat Pay wants a call's sensitive fields encrypted to (RSA-OAEP), and its serial,
 * which the call sends as Wechatpay-Serial. Made by Client::encryptor().
 *
 * @strict-properties
 * @not-serializable
 */
final class Encryptor
{
    private function __construct() {}

    /** The serial to send as Wechatpay-Serial: a PUB_KEY_ID_... or a platform certificate's. */
    public function getSerial(): string {}

    /** base64 of the plaintext encrypted with RSA-OAEP, as WeChat Pay decrypts it. */
    public function encrypt(#[\SensitiveParameter] string $plaintext): string {}
}
