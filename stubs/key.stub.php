<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Crypto;

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
