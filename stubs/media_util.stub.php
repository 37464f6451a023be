<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore\Util;

/**
 * A media upload (an image, a video) as wechatpay-php's WeChatPay\Util\MediaUtil builds it, for the
 * code that sends `'body' => $media->getStream()`: the client sends the `meta` part
 * {"filename","sha256"} and the file as multipart/form-data and signs the meta, as the
 * "multipart" option does.
 *
 * @strict-properties
 * @not-serializable
 */
class MediaUtil
{
    /**
     * $filepath names the file (its base name is the upload's filename); the bytes come from
     * $fileStream when given (a PHP stream or a PSR-7 stream, read once here), else from the file.
     * @throws \WxPayScore\Exception\InvalidArgumentException for a file that cannot be read or is over 5 MiB
     */
    public function __construct(string $filepath, mixed $fileStream = null) {}

    /** The `meta` part, {"filename":..,"sha256":..}: what the request signature covers. */
    public function getMeta(): string {}

    /** The body to send: it reads as the meta (as the SDK's does), and the client sends the upload. */
    public function getStream(): \WxPayScore\Stream {}

    /** `multipart/form-data; boundary=...`; the client sends the boundary libcurl writes instead. */
    public function getContentType(): string {}
}
