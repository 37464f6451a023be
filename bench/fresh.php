<?php

declare(strict_types=1);

/*
 * (c): one PHP request of an FPM-like worker: build a client, make one call, done.
 * Run as `php-cgi -q -T N fresh.php` with WXB_KIND=ours|sdk; prints "ok" per request.
 */

require_once __DIR__ . '/lib.php';

$kind = wxb_env('WXB_KIND');
wxb_autoload($kind);
try {
    wxb_call(wxb_client($kind), $kind, 'pay');
    echo "ok\n";
} catch (Throwable $e) {
    echo 'FAIL ', get_class($e), ': ', $e->getMessage(), "\n";
}
