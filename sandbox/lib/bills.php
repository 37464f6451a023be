<?php

declare(strict_types=1);

/*
 * Bills: v3/bill/tradebill, v3/bill/fundflowbill and Pay Score's v3/payscore/merchant-bill answer
 * with download_urls back at the sandbox; the files behind them are made from the token alone
 * (plain, GZIP, and for Pay Score AES-256-GCM encrypted under a key sent RSA-OAEP encrypted to
 * the merchant), at the size asked for with the query parameter sandbox_size (bytes).
 */

/** What a bill download token says: which bill, how big, how packed. */
final class WxpsBillToken
{
    /** The largest bill the sandbox makes: big enough for memory tests, small enough for its own memory. */
    public const MAX_SIZE = 256 << 20;

    public function __construct(
        public readonly string $kind, // tradebill, fundflowbill, payscore
        public readonly string $date,
        public readonly int $size,
        public readonly bool $gzip,
        public readonly bool $encrypted,
    ) {
    }

    public function encode(): string
    {
        return rtrim(strtr(base64_encode(json_encode([$this->kind, $this->date, $this->size, $this->gzip, $this->encrypted])), '+/', '-_'), '=');
    }

    public static function decode(string $token): ?self
    {
        $fields = json_decode((string) base64_decode(strtr($token, '-_', '+/'), true), true);
        if (!is_array($fields) || count($fields) !== 5 || !is_string($fields[0]) || !is_string($fields[1])
            || !is_int($fields[2]) || !is_bool($fields[3]) || !is_bool($fields[4])) {
            return null;
        }
        return new self(...$fields);
    }

    /** The original bill: WeChat Pay's CSV layout, exactly $size bytes. */
    public function bill(): string
    {
        static $cache = [null, ''];
        $id = "$this->kind|$this->date|$this->size";
        if ($cache[0] === $id) {
            return $cache[1];
        }
        $block = '';
        for ($i = 1; $i <= 1000; $i++) {
            $block .= sprintf("`%s 10:%02d:%02d,`wxd678efh567hg6787,`1900000001,`42000%09d,`%s-%d,`%d.%02d\r\n",
                $this->date, intdiv($i, 60) % 60, $i % 60, $i, $this->kind, $i, $i % 500, $i % 100);
        }
        $head = "交易时间,公众账号ID,商户号,微信订单号,商户订单号,订单金额\r\n";
        $body = $head . str_repeat($block, intdiv(max(0, $this->size - strlen($head)), strlen($block)) + 1);
        $cache = [$id, substr($body, 0, $this->size)];
        return $cache[1];
    }

    /** The AES-256-GCM key and nonce of an encrypted bill, the same for the same token. */
    public function cipher(string $secret): array
    {
        $seed = hash_hmac('sha256', $this->encode(), $secret, true);
        return [hash('sha256', "key$seed", true), strtoupper(substr(hash('sha256', "nonce$seed"), 0, 32))];
    }

    /** The bytes the download sends: gzipped when asked, then encrypted when asked (tag appended). */
    public function file(string $secret): string
    {
        $bytes = $this->bill();
        if ($this->gzip) {
            $bytes = gzencode($bytes, 6);
        }
        if ($this->encrypted) {
            [$key, $nonce] = $this->cipher($secret);
            $bytes = openssl_encrypt($bytes, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, '', 16) . $tag;
        }
        return $bytes;
    }
}

/** Answers the bill applications; null when the call is not one. */
function wxps_bill_apply(string $method, string $path, WxpsCall $call, string $origin, string $secret, $merchantKey, WxpsFaults $faults): ?array
{
    $kind = match ($path) {
        '/v3/bill/tradebill' => 'tradebill',
        '/v3/bill/fundflowbill' => 'fundflowbill',
        '/v3/payscore/merchant-bill' => 'payscore',
        default => null,
    };
    if ($kind === null || $method !== 'GET') {
        return null;
    }
    $date = (string) ($call->query['bill_date'] ?? '');
    if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'bill_date must be yyyy-MM-DD');
    }
    $tar = (string) ($call->query['tar_type'] ?? '');
    if ($tar !== '' && $tar !== 'GZIP') {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'tar_type must be GZIP');
    }
    $size = (string) ($call->query['sandbox_size'] ?? '4096');
    if (!ctype_digit($size) || strlen($size) > 10 || (int) $size > WxpsBillToken::MAX_SIZE) {
        throw new WxpsApiError(400, 'PARAM_ERROR', 'sandbox_size must be 0 to ' . WxpsBillToken::MAX_SIZE . ' bytes');
    }
    $token = new WxpsBillToken($kind, $date, (int) $size, $tar === 'GZIP', $kind === 'payscore');
    $hash = sha1($token->bill());
    if ($faults->billBadHash) {
        $hash = sha1("$hash(other)");
    }
    $entry = ['hash_type' => 'SHA1', 'hash_value' => $hash];
    if ($kind !== 'payscore') {
        return $entry + ['download_url' => "$origin/v3/billdownload/file?token=" . $token->encode()];
    }
    [$key] = $token->cipher($secret);
    openssl_public_encrypt($key, $encrypted, $merchantKey, OPENSSL_PKCS1_OAEP_PADDING);
    return ['download_bill_count' => 1, 'download_bill_list' => [[
        'bill_sequence' => 1,
        'download_url' => "$origin/v3/payscore/bill/downloadurl?token=" . $token->encode(),
        'encrypt_key' => base64_encode($encrypted),
        'nonce' => $token->cipher($secret)[1],
    ] + $entry]];
}

/** The bytes of a bill download, bent by the bill-flip and bill-short faults; null for a bad token. */
function wxps_bill_file(string $token, string $secret, WxpsFaults $faults): ?string
{
    $bill = WxpsBillToken::decode($token);
    if ($bill === null) {
        return null;
    }
    $bytes = $bill->file($secret);
    $len = strlen($bytes);
    if ($faults->billFlip && $len > 0) {
        $bytes[intdiv($len, 2)] = chr(ord($bytes[intdiv($len, 2)]) ^ 0x20);
    }
    if ($faults->billShort && $len > 0) {
        $bytes = substr($bytes, 0, $len - max(1, intdiv($len, 3)));
    }
    return $bytes;
}
