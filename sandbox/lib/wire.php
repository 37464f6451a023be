<?php

declare(strict_types=1);

/*
 * The APIv3 wire rules: how WeChat Pay checks a request's Authorization, and how it signs
 * an answer.
 */

const WXPS_AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';
const WXPS_AUTH_FIELDS = ['mchid', 'nonce_str', 'signature', 'timestamp', 'serial_no'];
const WXPS_TIME_WINDOW = 300;

/** 32 characters from a CSPRNG. */
function wxps_nonce(): string
{
    return bin2hex(random_bytes(16));
}

/** The Authorization fields (any order), or why the header cannot be read. */
function wxps_parse_authorization(string $header): array|string
{
    [$scheme, $params] = explode(' ', trim($header), 2) + ['', ''];
    if ($scheme !== WXPS_AUTH_SCHEME) {
        return 'Authorization scheme is not ' . WXPS_AUTH_SCHEME;
    }
    $fields = [];
    for ($at = 0; $at < strlen($params); $at += strlen($pair[0])) {
        if (!preg_match('/\G\s*(\w+)="([^"]*)"\s*(?:,|$)/', $params, $pair, 0, $at)) {
            return 'Authorization parameters are malformed';
        }
        if (isset($fields[$pair[1]])) {
            return "Authorization has $pair[1] twice";
        }
        $fields[$pair[1]] = $pair[2];
    }
    return $fields;
}

/**
 * Checks a request the way WeChat Pay does; null when it is good, else what failed.
 * $merchant: mchid, serial, and the public key of the merchant's certificate.
 */
function wxps_verify_request(array $merchant, string $method, string $target, string $body, ?string $authorization, int $now): ?string
{
    if ($authorization === null || $authorization === '') {
        return 'Authorization header is missing';
    }
    $auth = wxps_parse_authorization($authorization);
    if (is_string($auth)) {
        return $auth;
    }
    foreach (WXPS_AUTH_FIELDS as $field) {
        if (!isset($auth[$field])) {
            return "Authorization has no $field";
        }
    }
    if ($auth['mchid'] !== $merchant['mchid']) {
        return "mchid $auth[mchid] is not the merchant";
    }
    if ($auth['serial_no'] !== $merchant['serial']) {
        return "serial_no $auth[serial_no] is not the merchant certificate serial";
    }
    if (!ctype_digit($auth['timestamp']) || abs($now - (int) $auth['timestamp']) > WXPS_TIME_WINDOW) {
        return "timestamp $auth[timestamp] is not within " . WXPS_TIME_WINDOW . ' s of now';
    }
    if ($auth['nonce_str'] === '') {
        return 'nonce_str is empty';
    }
    $signature = base64_decode($auth['signature'], true);
    if ($signature === false || $signature === '') {
        return 'signature is not base64';
    }
    $message = "$method\n$target\n$auth[timestamp]\n$auth[nonce_str]\n$body\n";
    if (openssl_verify($message, $signature, $merchant['key'], OPENSSL_ALGO_SHA256) !== 1) {
        return 'signature does not match the request';
    }
    return null;
}

/** base64(RSA-SHA256) over "TIMESTAMP\nNONCE\nBODY\n", the signature of an answer. */
function wxps_sign_answer(OpenSSLAsymmetricKey $key, int $timestamp, string $nonce, string $body): string
{
    openssl_sign("$timestamp\n$nonce\n$body\n", $signature, $key, OPENSSL_ALGO_SHA256);
    return base64_encode($signature);
}
