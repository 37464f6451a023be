<?php

declare(strict_types=1);

/*
 * (f): a cron-style CLI script, timed from process start to its first answered call.
 *   php -n [-d extension=...] start.php ours|sdk
 */

require __DIR__ . '/lib.php';

$kind = $argv[1] ?? '';
wxb_autoload($kind);
wxb_call(wxb_client($kind), $kind, 'pay');
