<?php

declare(strict_types=1);

/*
 * Uploads: v3/merchant/media/upload, v3/merchant/media/video_upload and
 * v3/merchant-service/images/upload take multipart/form-data with a "meta" part
 * ({"filename":..,"sha256":..}, what the request signature covers) and a "file" part.
 */

const WXPS_UPLOAD_PATHS = ['/v3/merchant/media/upload', '/v3/merchant/media/video_upload', '/v3/merchant-service/images/upload'];

/** The parts of a multipart/form-data request by name (content only), or null when it is not one. */
function wxps_multipart_parts(WxpsRequest $request): ?array
{
    $type = $request->headers['content-type'] ?? '';
    if (!preg_match('/^multipart\/form-data;\s*boundary="?([^";]+)"?/i', $type, $m)) {
        return null;
    }
    $parts = [];
    foreach (array_slice(explode("--$m[1]", $request->body), 1) as $chunk) {
        if (str_starts_with($chunk, '--')) {
            break;
        }
        $split = strpos($chunk, "\r\n\r\n");
        if ($split === false || !preg_match('/name="([^"]*)"/', substr($chunk, 0, $split), $name)) {
            return [];
        }
        $parts[$name[1]] = substr($chunk, $split + 4, -2); // the CRLF before the next boundary
    }
    return $parts;
}

/** What a request's signature covers: the meta part of an upload, else the body. */
function wxps_signed_body(WxpsRequest $request): string
{
    $parts = wxps_multipart_parts($request);
    return $parts === null ? $request->body : ($parts['meta'] ?? '');
}

/** The answer to an upload, or null when the call is not one. */
function wxps_media_upload(WxpsRequest $request): ?array
{
    if ($request->method !== 'POST' || !in_array($request->path(), WXPS_UPLOAD_PATHS, true)) {
        return null;
    }
    $parts = wxps_multipart_parts($request);
    if ($parts === null || !isset($parts['meta'], $parts['file'])) {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'an upload is multipart/form-data with a "meta" and a "file" part');
    }
    $meta = json_decode($parts['meta'], true);
    if (!is_array($meta) || !is_string($meta['filename'] ?? null) || !is_string($meta['sha256'] ?? null)) {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'meta must be {"filename":..,"sha256":..}');
    }
    if (!hash_equals(hash('sha256', $parts['file']), strtolower($meta['sha256']))) {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'meta.sha256 is not the SHA-256 of the file');
    }
    return ['media_id' => rtrim(strtr(base64_encode(hash('sha256', $parts['file'], true)), '+/', '-_'), '=')];
}
