<?php

declare(strict_types=1);

/*
 * Faults a request asks for in its Wechatpay-Sandbox-Fault header, e.g. "delay=200,close".
 */

final class WxpsFaults
{
    private const FLAGS = [
        'bad-signature' => 'badSignature',
        'unknown-serial' => 'unknownSerial',
        'stale-timestamp' => 'staleTimestamp',
        'no-signature' => 'noSignature',
        'rotate-serial' => 'rotateSerial',
        'drop' => 'drop',
        'close' => 'close',
        'cut-head' => 'cutHead',
        'cut-body' => 'cutBody',
        'chunked' => 'chunked',
        'gzip' => 'gzip',
        'http10' => 'http10',
        'bad-json' => 'badJson',
        'bad-utf8' => 'badUtf8',
        'bad-digest' => 'badDigest',
        'cert-bad-tag' => 'certBadTag',
        'cert-bad-aad' => 'certBadAad',
        'cert-expired' => 'certExpired',
        'cert-not-yet' => 'certNotYet',
        'cert-json-expired' => 'certJsonExpired',
        'cert-foreign-signer' => 'certForeignSigner',
        'cert-spaced-keys' => 'certSpacedKeys',
        'bill-flip' => 'billFlip',
        'bill-short' => 'billShort',
        'bill-bad-hash' => 'billBadHash',
    ];

    // name => [property, largest value]; a value is a decimal number from 0 (or 1) to the largest.
    private const NUMBERS = [
        // Answers are signed on arrival, so a delayed one must still be inside the 300 s window.
        'delay' => ['delayMs', 120000],
        // One pause per piece of a dripped answer; the whole drip must stay in the window too.
        'drip' => ['dripMs', 10000],
        // KiB: well past libcurl's 100 KiB header line limit, well short of the sandbox's memory.
        'huge-header' => ['hugeHeaderKib', 10240],
        'pad' => ['padBytes', 64 << 20],
        // Deep enough for any JSON parser's limit; still a small body.
        'deep-json' => ['deepJson', 1000000],
    ];

    public bool $badSignature = false;
    public bool $unknownSerial = false;
    public bool $staleTimestamp = false;
    public bool $noSignature = false;
    public bool $rotateSerial = false;
    public bool $drop = false;
    public bool $close = false;
    public bool $cutHead = false;
    public bool $cutBody = false;
    public bool $chunked = false;
    public bool $gzip = false;
    public bool $http10 = false;
    public bool $badJson = false;
    public bool $badUtf8 = false;
    public bool $badDigest = false; // a statement whose Wechatpay-Statement-Sha1 is not its body's
    // GET /v3/certificates: how the signing certificate's entry is bent (see certificates.php).
    public bool $certBadTag = false;
    public bool $certBadAad = false;
    public bool $certExpired = false;
    public bool $certNotYet = false;
    public bool $certJsonExpired = false;
    public bool $certSpacedKeys = false;
    public bool $certForeignSigner = false; // any answer: signed by a certificate no download lists
    // Bills (see bills.php): a download with one byte changed, or cut short (a third shorter,
    // with a Content-Length that agrees); a bill application whose hash_value is of other bytes.
    public bool $billFlip = false;
    public bool $billShort = false;
    public bool $billBadHash = false;
    public int $delayMs = 0;
    public int $dripMs = 0;
    public int $hugeHeaderKib = 0;
    public int $padBytes = 0;
    public int $deepJson = 0;
    public ?int $status = null;
    public ?string $redirect = null;
    public ?string $error = null; // a fault that could not be understood; answered with 400

    public static function parse(string $header): self
    {
        $faults = new self();
        foreach (array_filter(array_map('trim', explode(',', $header))) as $fault) {
            $faults->error ??= $faults->add(...explode('=', $fault, 2));
        }
        $faults->error ??= $faults->conflict();
        return $faults;
    }

    /** The body the answer carries instead of the endpoint's, if a fault replaces it. */
    public function body(): ?string
    {
        return match (true) {
            $this->badJson => '{"sandbox":"this answer is cut short"',
            $this->badUtf8 => "{\"sandbox\":\"not UTF-8: \xC3\x28 \xFF\"}",
            $this->deepJson > 0 => str_repeat('[', $this->deepJson) . str_repeat(']', $this->deepJson),
            default => null,
        };
    }

    /** How the reply goes on the wire (see WxpsReply::$wire). */
    public function wire(): array
    {
        return array_filter([
            'cut' => $this->cutHead ? 'head' : ($this->cutBody ? 'body' : null),
            'drip_ms' => $this->dripMs,
            'chunked' => $this->chunked,
            'http10' => $this->http10,
        ]);
    }

    /** Records one fault; returns why it is not understood, or null. */
    private function add(string $name, ?string $value = null): ?string
    {
        if (isset(self::FLAGS[$name]) && $value === null) {
            $this->{self::FLAGS[$name]} = true;
        } elseif (isset(self::NUMBERS[$name]) && ctype_digit((string) $value) && strlen($value) <= 10
            && (int) $value <= self::NUMBERS[$name][1] && ($name === 'delay' || (int) $value > 0)) {
            $this->{self::NUMBERS[$name][0]} = (int) $value;
        } elseif ($name === 'status' && preg_match('/^[2-5]\d\d$/', (string) $value)) {
            $this->status = (int) $value;
        } elseif ($name === 'redirect' && preg_match('#^(https?://[^\s/]+)?/\S*$#', (string) $value)) {
            $this->redirect = $value;
        } else {
            return "unknown sandbox fault: $name" . ($value === null ? '' : "=$value");
        }
        return null;
    }

    /** Faults that cannot go together. */
    private function conflict(): ?string
    {
        $bodies = (int) $this->badJson + (int) $this->badUtf8 + (int) ($this->deepJson > 0) + (int) ($this->padBytes > 0);
        return match (true) {
            $this->redirect !== null && $this->status !== null && intdiv($this->status, 100) !== 3 => 'sandbox fault redirect needs a 3xx status',
            $this->cutHead && $this->cutBody => 'sandbox faults cut-head and cut-body exclude each other',
            $this->certExpired && $this->certNotYet => 'sandbox faults cert-expired and cert-not-yet exclude each other',
            $bodies > 1 => 'sandbox faults bad-json, bad-utf8, deep-json and pad exclude each other',
            $this->gzip && !function_exists('gzencode') => 'sandbox fault gzip needs the zlib extension',
            default => null,
        };
    }
}

/** The WeChat Pay error code that goes with an injected status. */
function wxps_fault_code(int $status): string
{
    return match (true) {
        $status >= 500 => 'SYSTEM_ERROR',
        $status === 400 => 'PARAM_ERROR',
        $status === 401 => 'SIGN_ERROR',
        $status === 403 => 'NO_AUTH',
        $status === 404 => 'ORDER_NOT_EXIST',
        $status === 429 => 'FREQUENCY_LIMITED',
        default => 'ERROR',
    };
}

/**
 * Faults planned for the next calls to one path (POST /_sandbox/faults), for requests a test
 * cannot put a header on: those a client makes by itself, such as its certificate download.
 */
final class WxpsFaultPlan
{
    private array $plans = []; // path => [faults, calls left]

    /** Plans $faults for the next $times calls to $path; why not, or null. */
    public function add(string $path, string $faults, int $times): ?string
    {
        $parsed = WxpsFaults::parse($faults);
        if ($parsed->error !== null || !str_starts_with($path, '/') || $times < 1 || $times > 1000) {
            return $parsed->error ?? 'a plan needs a path starting with "/" and times from 1 to 1000';
        }
        $this->plans[$path] = [$faults, $times];
        return null;
    }

    /** The faults planned for this call to $path (counting it), joined to those it asked for. */
    public function take(string $path, string $asked): string
    {
        if (!isset($this->plans[$path])) {
            return $asked;
        }
        [$faults, $left] = $this->plans[$path];
        if ($left <= 1) {
            unset($this->plans[$path]);
        } else {
            $this->plans[$path][1] = $left - 1;
        }
        return $asked === '' ? $faults : "$asked,$faults";
    }
}
