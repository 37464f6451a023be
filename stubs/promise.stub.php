<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/**
 * The eventual outcome of an async call (Promises/A+, as Guzzle's). Every pending call of the
 * process shares one libcurl multi handle, and all of them progress while any wait() runs.
 *
 * @strict-properties
 * @not-serializable
 */
final class Promise
{
    /** @var string */
    public const PENDING = "pending";
    /** @var string */
    public const FULFILLED = "fulfilled";
    /** @var string */
    public const REJECTED = "rejected";

    private function __construct() {}

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

    public function otherwise(callable $onRejected): Promise {}

    /** The value (or, with $unwrap = false, nothing); throws the reason of a rejected promise. */
    public function wait(bool $unwrap = true): mixed {}

    public function getState(): string {}

    /** Stop a pending call; the promise is rejected with a CancellationException. */
    public function cancel(): void {}

    /** Fulfilled with every value (keys kept) once all are; rejected with the first reason. */
    public static function all(iterable $promises): Promise {}

    /** Fulfilled once all are settled, with ['state' => ..., 'value' | 'reason' => ...] each. */
    public static function settle(iterable $promises): Promise {}
}
