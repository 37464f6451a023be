<?php

declare(strict_types=1);

/*
 * The sandbox behind the HTTP server: checks each request like WeChat Pay, routes it to
 * its endpoint, signs the answer with the platform key, and bends it as faults ask.
 */

require_once __DIR__ . '/keys.php';
require_once __DIR__ . '/http.php';
require_once __DIR__ . '/wire.php';
require_once __DIR__ . '/faults.php';
require_once __DIR__ . '/log.php';
require_once __DIR__ . '/payscore.php';

// The sandbox's own control paths; they need no signature.
const WXPS_SANDBOX_ROUTES = [
    ['GET', '/_sandbox/health', 'wxps_sandbox_health'],
];

final class WxpsSandbox implements WxpsHttpHandler
{
    private array $merchant; // what requests are checked against: mchid, serial, public key
    private array $platform; // what answers are signed with: key, serial
    private array $stranger; // a platform key the client does not know

    /** $serialMode: "pubkey" answers with the PUB_KEY_ID serial, "cert" with the platform certificate's. */
    public function __construct(array $keys, string $serialMode, private WxpsRequestLog $log)
    {
        $this->merchant = [
            'mchid' => $keys['mchid'],
            'serial' => $keys['merchant_serial'],
            'key' => openssl_pkey_get_public('file://' . $keys['merchant_cert']),
        ];
        $this->platform = [
            'key' => openssl_pkey_get_private('file://' . $keys['platform_key']),
            'serial' => $serialMode === 'cert' ? $keys['platform_cert_serial'] : $keys['platform_serial'],
        ];
        $this->stranger = ['key' => openssl_pkey_get_private('file://' . $keys['other_key']), 'serial' => $keys['other_serial']];
    }

    public function handle(WxpsRequest $request): WxpsReply
    {
        $route = wxps_match_route([...WXPS_SANDBOX_ROUTES, ...WXPS_PAYSCORE_ROUTES], $request->method, $request->path());
        $faults = WxpsFaults::parse($request->headers['wechatpay-sandbox-fault'] ?? '');
        $signError = $this->signatureError($request);
        $requestId = strtoupper(bin2hex(random_bytes(16)));
        $this->log->received($request, $requestId, $route['vars'] ?? [], $signError);
        [$status, $body] = $this->outcome($request, $route, $faults, $signError);
        return $this->reply($status, $body, $faults, $requestId);
    }

    public function answered(WxpsRequest $request, WxpsReply $reply): void
    {
        $this->log->answered($request, $reply);
    }

    private function signatureError(WxpsRequest $request): ?string
    {
        if (str_starts_with($request->path(), '/_sandbox/')) {
            return null;
        }
        $authorization = $request->headers['authorization'] ?? null;
        return wxps_verify_request($this->merchant, $request->method, $request->target, $request->body, $authorization, time());
    }

    /** [status, body or null]: the endpoint's answer, or the error that comes first. */
    private function outcome(WxpsRequest $request, ?array $route, WxpsFaults $faults, ?string $signError): array
    {
        try {
            $this->refuse($request, $route, $faults, $signError);
            return ($route['handler'])(new WxpsCall($route['vars'], wxps_parse_query($request->query()), $request->body));
        } catch (WxpsApiError $e) {
            return [$e->status, ['code' => $e->errorCode, 'message' => $e->getMessage()]];
        } catch (Throwable $e) { // a sandbox bug must not take the server down
            fwrite(STDERR, "sandbox: $e\n");
            return [500, ['code' => 'SYSTEM_ERROR', 'message' => 'sandbox bug: ' . $e->getMessage()]];
        }
    }

    /** Throws what is wrong before any endpoint runs, in the order WeChat Pay checks it. */
    private function refuse(WxpsRequest $request, ?array $route, WxpsFaults $faults, ?string $signError): void
    {
        $error = match (true) {
            $request->malformed !== null => [400, 'PARAM_ERROR', $request->malformed],
            $faults->error !== null => [400, 'PARAM_ERROR', $faults->error],
            $faults->status !== null => [$faults->status, wxps_fault_code($faults->status), 'sandbox fault'],
            $signError !== null => [401, 'SIGN_ERROR', $signError],
            $route === null => [404, 'NOT_FOUND', "no API at $request->method {$request->path()}"],
            default => null,
        };
        if ($error !== null) {
            throw new WxpsApiError(...$error);
        }
    }

    private function reply(int $status, ?array $body, WxpsFaults $faults, string $requestId): WxpsReply
    {
        $json = $body === null || !wxps_status_has_body($status) ? ''
            : json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        $headers = ['Request-ID' => $requestId];
        if ($json !== '') {
            $headers['Content-Type'] = 'application/json';
        }
        $headers += $this->signatureHeaders($json, $faults);
        return new WxpsReply($status, $headers, $json, $faults->delayMs, $faults->drop, $faults->close);
    }

    /** The Wechatpay-* headers that sign an answer, bent as the faults ask. */
    private function signatureHeaders(string $body, WxpsFaults $faults): array
    {
        if ($faults->noSignature) {
            return [];
        }
        ['key' => $key, 'serial' => $serial] = $faults->unknownSerial ? $this->stranger : $this->platform;
        $timestamp = time() - ($faults->staleTimestamp ? 600 : 0);
        $nonce = wxps_nonce();
        $signed = $faults->badSignature ? "$body(tampered)" : $body; // a genuine signature, of other bytes
        return [
            'Wechatpay-Nonce' => $nonce,
            'Wechatpay-Signature' => wxps_sign_answer($key, $timestamp, $nonce, $signed),
            'Wechatpay-Timestamp' => $timestamp,
            'Wechatpay-Serial' => $serial,
            'Wechatpay-Signature-Type' => WXPS_AUTH_SCHEME,
        ];
    }
}

function wxps_sandbox_health(WxpsCall $call): array
{
    return [200, ['status' => 'UP']];
}
