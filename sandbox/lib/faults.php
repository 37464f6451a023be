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
        'drop' => 'drop',
        'close' => 'close',
    ];

    // Answers are signed on arrival, so a delayed one must still be inside the 300 s window.
    private const MAX_DELAY_MS = 120000;

    public bool $badSignature = false;
    public bool $unknownSerial = false;
    public bool $staleTimestamp = false;
    public bool $noSignature = false;
    public bool $drop = false;
    public bool $close = false;
    public int $delayMs = 0;
    public ?int $status = null;
    public ?string $error = null; // a fault that could not be understood; answered with 400

    public static function parse(string $header): self
    {
        $faults = new self();
        foreach (array_filter(array_map('trim', explode(',', $header))) as $fault) {
            $faults->error ??= $faults->add(...explode('=', $fault, 2));
        }
        return $faults;
    }

    /** Records one fault; returns why it is not understood, or null. */
    private function add(string $name, ?string $value = null): ?string
    {
        if (isset(self::FLAGS[$name]) && $value === null) {
            $this->{self::FLAGS[$name]} = true;
        } elseif ($name === 'delay' && ctype_digit((string) $value) && (int) $value <= self::MAX_DELAY_MS) {
            $this->delayMs = (int) $value;
        } elseif ($name === 'status' && preg_match('/^[2-5]\d\d$/', (string) $value)) {
            $this->status = (int) $value;
        } else {
            return "unknown sandbox fault: $name" . ($value === null ? '' : "=$value");
        }
        return null;
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
