<?php

declare(strict_types=1);

/*
 * Files WeChat Pay answers with bytes rather than JSON: bill and media downloads, which it
 * does not sign, and overseas statements, whose signature covers {"sha1":"<SHA-1 of the file>"}.
 */

/** An answer that is a file: its bytes, their type, and how the answer is signed. */
final class WxpsFile
{
    public const UNSIGNED = 'unsigned';
    public const STATEMENT = 'statement';

    public function __construct(
        public readonly string $bytes,
        public readonly string $contentType,
        public readonly string $signing,
    ) {
    }
}

/** The file a GET names, or null when the path is not a download. */
function wxps_download(string $method, string $path, WxpsCall $call, string $secret = '', ?WxpsFaults $faults = null): ?WxpsFile
{
    if ($method !== 'GET') {
        return null;
    }
    $images = '/v3/merchant-service/images/';
    $bill = in_array($path, ['/v3/billdownload/file', '/v3/payscore/bill/downloadurl', '/v3/bill/downloadurl'], true)
        ? wxps_bill_file((string) ($call->query['token'] ?? ''), $secret, $faults ?? new WxpsFaults()) : null;
    return match (true) {
        $bill !== null => new WxpsFile($bill, 'application/octet-stream', WxpsFile::UNSIGNED),
        $path === '/v3/billdownload/file' => new WxpsFile(wxps_sample_bill($call->query['token'] ?? ''), 'text/plain', WxpsFile::UNSIGNED),
        str_starts_with($path, $images) && !str_contains(substr($path, strlen($images)), '/')
            => new WxpsFile(wxps_sample_image(rawurldecode(substr($path, strlen($images)))), 'image/png', WxpsFile::UNSIGNED),
        $path === '/v3/global/statements', $path === '/hk/v3/statements'
            => new WxpsFile(wxps_sample_bill($call->query['date'] ?? ''), 'text/plain', WxpsFile::STATEMENT),
        default => null,
    };
}

/** A few lines of a bill in WeChat Pay's CSV layout, different for each $seed. */
function wxps_sample_bill(string $seed): string
{
    $lines = ["交易时间,公众账号ID,商户号,微信订单号,商户订单号,订单金额\r\n"];
    for ($i = 1; $i <= 3; $i++) {
        $lines[] = sprintf("`2026-11-30 10:%02d:00,`wxd678efh567hg6787,`1900000001,`42000%06d,`%s-%d,`%d.00\r\n", $i, $i, $seed, $i, $i * 10);
    }
    return implode('', $lines);
}

/** Bytes that start like a PNG file, different for each media id. */
function wxps_sample_image(string $mediaId): string
{
    return "\x89PNG\r\n\x1a\n" . hash('sha256', $mediaId, true);
}
