<?php

declare(strict_types=1);

/*
 * The PHP-FPM endpoint of bench/fpm.php: one checkout request builds a fresh client (ours or the
 * SDK's, WXB_KIND) and creates a Pay Score order against the sandbox, as a merchant's page does.
 * The sandbox answers after WXB_DELAY_MS; there are several sandboxes (WXB_BASE_URIS), each
 * worker keeps to one (by its pid). Answers "ok", or 500 with the error.
 */

require_once dirname(__DIR__) . '/lib.php';

$kind = wxb_env('WXB_KIND');
$uris = explode(' ', wxb_env('WXB_BASE_URIS'));
putenv('WXB_BASE_URI=' . $uris[getmypid() % count($uris)]);
try {
    wxb_autoload($kind);
    $delay = (int) wxb_env('WXB_DELAY_MS');
    wxb_call(wxb_client($kind), $kind, 'pay', $delay > 0 ? ['Wechatpay-Sandbox-Fault' => "delay=$delay"] : []);
    echo "ok\n";
} catch (Throwable $e) {
    http_response_code(500);
    echo 'FAIL ', get_class($e), ': ', $e->getMessage(), "\n";
}
