<?php

declare(strict_types=1);

/*
 * The sandbox behind the HTTP server: checks each request like WeChat Pay (signature, then
 * the endpoint's documented fields), runs the endpoint against the stored state, signs the
 * answer with the key the serial mode picks (see certificates.php), and bends it as faults ask.
 */

require_once __DIR__ . '/keys.php';
require_once __DIR__ . '/http.php';
require_once __DIR__ . '/wire.php';
require_once __DIR__ . '/faults.php';
require_once __DIR__ . '/log.php';
require_once __DIR__ . '/spec.php';
require_once __DIR__ . '/store.php';
require_once __DIR__ . '/notify.php';
require_once __DIR__ . '/orders.php';
require_once __DIR__ . '/records.php';
require_once __DIR__ . '/control.php';
require_once __DIR__ . '/downloads.php';
require_once __DIR__ . '/bills.php';
require_once __DIR__ . '/media.php';
require_once __DIR__ . '/certificates.php';

final class WxpsSandbox implements WxpsHttpHandler
{
    private WxpsSigners $signers; // which key signs what
    private int $rotated = 0; // answers rotate-serial has signed
    private string $apiv3Key;
    private array $merchant; // what requests are checked against: mchid, serial, public key
    private WxpsWorld $world;
    private WxpsControl $control;
    private WxpsFaultPlan $plan;
    private WxpsNotifier $notifier;
    private array $apis;
    private bool $tls; // download_urls name the sandbox's own origin

    /**
     * $settings: serial_mode ("pubkey": answers carry the PUB_KEY_ID serial, "cert": the
     * platform certificate's, "both": either, see WxpsSigners), strict (bool), state (file
     * or null), notify_intervals (seconds), notify_timeout (seconds), notify_cafile (file or null).
     */
    public function __construct(array $keys, private WxpsSpec $spec, array $settings, private WxpsRequestLog $log)
    {
        $this->merchant = [
            'mchid' => $keys['mchid'],
            'serial' => $keys['merchant_serial'],
            'key' => openssl_pkey_get_public('file://' . $keys['merchant_cert']),
        ];
        $this->signers = new WxpsSigners($settings['serial_mode'], $keys);
        $this->tls = !empty($settings['tls']);
        $this->apiv3Key = trim((string) file_get_contents($keys['apiv3_key']));
        $store = new WxpsStore($settings['state'] ?? null);
        $maker = new WxpsNotificationMaker($this->signers, $this->apiv3Key);
        $this->notifier = new WxpsNotifier($store, $maker, $settings['notify_intervals'], $settings['notify_timeout'], $settings['notify_cafile'] ?? null);
        $this->world = new WxpsWorld($store, $this->notifier, $settings['strict'], $keys['mchid']);
        $this->plan = new WxpsFaultPlan();
        $this->control = new WxpsControl($this->world, $maker, $this->signers->certificates, $settings, $this->plan);
        $this->apis = [new WxpsOrderApi($this->world), new WxpsPermissionApi($this->world), new WxpsRecordApi($this->world)];
    }

    /** Notifications go out through the server's own loop. */
    public function attach(WxpsHttpServer $server): void
    {
        $this->notifier->attach($server);
    }

    public function handle(WxpsRequest $request): WxpsReply
    {
        $path = $request->path();
        $control = str_starts_with($path, '/_sandbox/');
        $route = $control ? null : $this->spec->match($request->method, $path, $allowed);
        $asked = $request->headers['wechatpay-sandbox-fault'] ?? '';
        $faults = WxpsFaults::parse($control ? $asked : $this->plan->take($path, $asked));
        $signError = $control ? null : $this->signatureError($request);
        $requestId = strtoupper(bin2hex(random_bytes(16)));
        $this->log->received($request, $requestId, $route['vars'] ?? [], $signError);
        try {
            $this->refuse($request, $faults, $signError);
            $call = new WxpsCall($route['vars'] ?? [], wxps_parse_query($request->query()), $request->body);
            $file = $control ? null : wxps_download($request->method, $path, $call, $this->apiv3Key, $faults);
            $bill = $control || $file !== null ? null : $this->bill($request, $route, $call, $faults);
            $upload = $control || $file !== null || $bill !== null ? null : wxps_media_upload($request);
            [$status, $body] = match (true) {
                $faults->redirect !== null => [$faults->status ?? 302, null], // a front that redirects everything
                $control => $this->control($request, $call),
                $file !== null => [200, $file],
                $bill !== null => [200, $bill],
                $upload !== null => [200, $upload],
                $path === '/v3/certificates' => $this->certificates($request, $faults),
                default => $this->api($request, $route, $allowed ?? [], $call),
            };
        } catch (WxpsApiError $e) {
            [$status, $body] = [$e->status, ['code' => $e->errorCode, 'message' => $e->getMessage()]];
        } catch (WxpsParamError $e) {
            [$status, $body] = [400, ['code' => 'PARAM_ERROR', 'message' => $e->getMessage(), 'detail' => $e->detail]];
        } catch (Throwable $e) { // a sandbox bug must not take the server down
            fwrite(STDERR, "sandbox: $e\n");
            [$status, $body] = [500, ['code' => 'SYSTEM_ERROR', 'message' => 'sandbox bug: ' . $e->getMessage()]];
        }
        $this->world->store->save();
        return $this->reply($status, $body, $faults, $requestId, $request->headers['wechatpay-serial'] ?? null);
    }

    public function answered(WxpsRequest $request, WxpsReply $reply): void
    {
        $this->log->answered($request, $reply);
    }

    private function signatureError(WxpsRequest $request): ?string
    {
        $authorization = $request->headers['authorization'] ?? null;
        // An upload's signature covers its meta part, not the multipart body.
        return wxps_verify_request($this->merchant, $request->method, $request->target, wxps_signed_body($request), $authorization, time());
    }

    /** Throws what is wrong before any endpoint runs, in the order WeChat Pay checks it. */
    private function refuse(WxpsRequest $request, WxpsFaults $faults, ?string $signError): void
    {
        $error = match (true) {
            $request->malformed !== null => [400, 'PARAM_ERROR', $request->malformed],
            $faults->error !== null => [400, 'PARAM_ERROR', $faults->error],
            $faults->redirect !== null => null,
            $faults->status !== null => [$faults->status, wxps_fault_code($faults->status), 'sandbox fault'],
            // Which of the two WeChat Pay checks first is not documented: an unsigned call is a
            // SIGN_ERROR here whatever its headers.
            $signError !== null => [401, 'SIGN_ERROR', $signError],
            ($headerError = $this->headerError($request)) !== null => [400, 'INVALID_REQUEST', $headerError],
            default => null,
        };
        if ($error !== null) {
            throw new WxpsApiError(...$error);
        }
    }

    /**
     * The headers APIv3's 基本规则 require: "请求须设置HTTP头部: Content-Type: application/json,
     * Accept: application/json" (the Pay Score pages list both as 必填, Content-Type where there
     * is a body), and a User-Agent: the APIv3 rules say requests without one are refused (found
     * only in a third-party copy of that text). Only presence is checked, not the Accept value.
     * Control paths (/_sandbox/) take anything.
     */
    private function headerError(WxpsRequest $request): ?string
    {
        if (str_starts_with($request->path(), '/_sandbox/')) {
            return null;
        }
        foreach (['accept' => 'Accept', 'user-agent' => 'User-Agent'] as $name => $shown) {
            if (trim($request->headers[$name] ?? '') === '') {
                return "the $shown header is required";
            }
        }
        $type = strtolower(trim(explode(';', $request->headers['content-type'] ?? '')[0]));
        // Uploads are multipart/form-data, as their APIs document.
        $upload = in_array($request->path(), WXPS_UPLOAD_PATHS, true) && $type === 'multipart/form-data';
        if ($request->body !== '' && $type !== 'application/json' && !$upload) {
            return 'a request with a JSON body needs Content-Type: application/json' . ($type === '' ? '' : " (not $type)");
        }
        return null;
    }

    private function control(WxpsRequest $request, WxpsCall $call): array
    {
        return $this->control->handle($request->method, $request->path(), $call)
            ?? throw new WxpsApiError(404, 'NOT_FOUND', "no sandbox control at $request->method {$request->path()}");
    }

    /** GET /v3/certificates: the platform certificates; a public-key-only merchant has none. */
    private function certificates(WxpsRequest $request, WxpsFaults $faults): array
    {
        if ($request->method !== 'GET') {
            throw new WxpsApiError(404, 'NOT_FOUND', "no API at $request->method /v3/certificates (it takes GET)");
        }
        if ($this->signers->certificates->isEmpty()) {
            // What WeChat Pay tells a merchant that has only a WeChat Pay public key.
            throw new WxpsApiError(404, 'NOT_FOUND', '无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥');
        }
        return [200, $this->signers->certificates->download($this->apiv3Key, $faults)];
    }

    /** A bill application (its documented fields checked first, where the docs list it), or null. */
    private function bill(WxpsRequest $request, ?array $route, WxpsCall $call, WxpsFaults $faults): ?array
    {
        if ($route !== null && $route['endpoint']['path'] === '/v3/payscore/merchant-bill') {
            wxps_check_call($route['endpoint'], $call);
        }
        $origin = ($this->tls ? 'https' : 'http') . '://' . ($request->headers['host'] ?? '127.0.0.1');
        return wxps_bill_apply($request->method, $request->path(), $call, $origin, $this->apiv3Key, $this->merchant['key'], $faults);
    }

    /** A documented endpoint: its fields checked, then the first API that knows it answers. */
    private function api(WxpsRequest $request, ?array $route, array $allowed, WxpsCall $call): array
    {
        if ($route === null) {
            $also = $allowed === [] ? '' : ' (it takes ' . implode(', ', array_unique($allowed)) . ')';
            throw new WxpsApiError(404, 'NOT_FOUND', "no API at $request->method {$request->path()}$also");
        }
        $endpoint = $route['endpoint'];
        wxps_check_call($endpoint, $call);
        foreach ($this->apis as $api) {
            $answer = $api->handle($endpoint, $call);
            if ($answer !== null) {
                return $answer;
            }
        }
        return wxps_generic_answer($endpoint, $call, $this->world->mchid);
    }

    /** $requestSerial: the request's Wechatpay-Serial header, which picks the signer in both mode. */
    private function reply(int $status, array|WxpsFile|null $body, WxpsFaults $faults, string $requestId, ?string $requestSerial): WxpsReply
    {
        if ($faults->error !== null) {
            $faults = new WxpsFaults(); // the 400 that names a misunderstood fault is not bent itself
        }
        if ($body instanceof WxpsFile) {
            return $this->fileReply($body, $faults, $requestId, $requestSerial);
        }
        $json = $this->answerBody($status, $body, $faults);
        $headers = ['Request-ID' => $requestId];
        if ($json !== '') {
            $headers['Content-Type'] = 'application/json';
        }
        if ($faults->redirect !== null) {
            $headers['Location'] = $faults->redirect;
        }
        if ($faults->hugeHeaderKib > 0) {
            $headers['X-Sandbox-Padding'] = str_repeat('h', $faults->hugeHeaderKib << 10);
        }
        $headers += $this->signatureHeaders($json, $faults, $requestSerial);
        if ($faults->gzip && $json !== '') {
            // Compressed after signing, as a proxy would: the signature is of the plain JSON.
            $headers['Content-Encoding'] = 'gzip';
            $json = gzencode($json);
        }
        return new WxpsReply($status, $headers, $json, $faults->delayMs, $faults->drop, $faults->close, $faults->wire());
    }

    /** A download: the file's bytes; a statement signed over its SHA-1, as WeChat Pay does. */
    private function fileReply(WxpsFile $file, WxpsFaults $faults, string $requestId, ?string $requestSerial): WxpsReply
    {
        $headers = ['Request-ID' => $requestId, 'Content-Type' => $file->contentType];
        if ($file->signing === WxpsFile::STATEMENT) {
            // bad-digest: a header (and a signature over it) that the bytes do not match.
            $sha1 = sha1($faults->badDigest ? "$file->bytes(other)" : $file->bytes);
            $headers['Wechatpay-Statement-Sha1'] = $sha1;
            $headers += $this->signatureHeaders(sprintf('{"sha1":"%s"}', $sha1), $faults, $requestSerial);
        }
        return new WxpsReply(200, $headers, $file->bytes, $faults->delayMs, $faults->drop, $faults->close, $faults->wire());
    }

    /** The answer's JSON, or the bytes a fault puts in its place. */
    private function answerBody(int $status, ?array $body, WxpsFaults $faults): string
    {
        if (!wxps_status_has_body($status)) {
            return '';
        }
        $replaced = $faults->body();
        if ($replaced !== null) {
            return $replaced;
        }
        if ($faults->padBytes > 0) {
            $body = ($body ?? []) + ['sandbox_padding' => ''];
            $missing = $faults->padBytes - strlen(wxps_answer_json($body));
            $body['sandbox_padding'] = str_repeat('p', max(0, $missing));
        }
        return $body === null ? '' : wxps_answer_json($body);
    }

    /** The Wechatpay-* headers that sign an answer, bent as the faults ask. */
    private function signatureHeaders(string $body, WxpsFaults $faults, ?string $requestSerial): array
    {
        if ($faults->noSignature) {
            return [];
        }
        $signer = $this->signers->answer($requestSerial);
        ['key' => $key, 'serial' => $serial] = match (true) {
            $faults->unknownSerial => $this->signers->stranger,
            $faults->certForeignSigner => $this->signers->foreign,
            // As during a key rotation: the usual signer, another key, the usual key under a serial no one lists.
            $faults->rotateSerial => $this->signers->rotation($signer)[$this->rotated++ % 3],
            default => $signer,
        };
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

/** An answer as WeChat Pay writes it: slashes and Chinese text unescaped. */
function wxps_answer_json(array $body): string
{
    return json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
}
