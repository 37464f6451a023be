<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Exception;

/** Implemented by every exception the extension throws. */
interface WxPayScoreException extends \Throwable
{
}

/** Bad configuration or call options: nothing was sent. */
class InvalidArgumentException extends \InvalidArgumentException implements WxPayScoreException
{
}

/** An answer body that is not what it should be, such as invalid JSON; the raw body stays reachable. */
class UnexpectedValueException extends \UnexpectedValueException implements WxPayScoreException
{
}

/** A pending call that was cancelled with Promise::cancel(); nothing more will arrive. */
class CancellationException extends \RuntimeException implements WxPayScoreException
{
}

/** The network failed: DNS, connect, TLS, timeout, or a dropped connection. */
class TransferException extends \RuntimeException implements WxPayScoreException
{
}

/**
 * An answer arrived but cannot be trusted or is an error; the answer stays reachable.
 */
class RequestException extends \RuntimeException implements WxPayScoreException
{
    private string $method = "";
    private string $uri = "";
    private ?\WxPayScore\Response $response = null;
    private ?string $errorCode = null;

    public function getMethod(): string {}

    public function getUri(): string {}

    public function hasResponse(): bool {}

    public function getResponse(): ?\WxPayScore\Response {}

    /** WeChat Pay's `code` field (PARAM_ERROR, SYSTEM_ERROR, ...) when the answer had one. */
    public function getErrorCode(): ?string {}

    /** WeChat Pay's `Request-ID` of the answer, for a support ticket; null when there was none. */
    public function getRequestId(): ?string {}
}

/** A 4xx answer. */
class ClientException extends RequestException
{
}

/** A 5xx answer. */
class ServerException extends RequestException
{
}

/**
 * A callback that cannot be trusted or used. getCode() says why, one of the constants;
 * answer WeChat Pay with an error status so that it sends the callback again.
 */
class NotificationException extends UnexpectedValueException
{
    /**
     * A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing or empty.
     * @var int
     */
    public const MISSING_HEADER = 1;
    /**
     * The timestamp is more than 300 s off the local clock (or not a number).
     * @var int
     */
    public const STALE_TIMESTAMP = 2;
    /**
     * No key of config "certs" has the Wechatpay-Serial.
     * @var int
     */
    public const UNKNOWN_SERIAL = 3;
    /**
     * The signature does not verify: not from WeChat Pay, or altered.
     * @var int
     */
    public const BAD_SIGNATURE = 4;
    /**
     * The body is not a notification with an AEAD_AES_256_GCM resource.
     * @var int
     */
    public const MALFORMED_BODY = 5;
    /**
     * The resource does not decrypt with config "apiv3Key": a wrong key, or altered.
     * @var int
     */
    public const UNDECRYPTABLE = 6;
}
