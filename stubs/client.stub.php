<?php

/**
 * @generate-class-entries
 */

namespace WxPayScore;

/**
 * A WeChat Pay APIv3 endpoint, or the root of all of them.
 *
 * Properties, `[]` and chain() return child nodes that share this client's
 * configuration; the HTTP verbs call the node's URI.
 *
 * @strict-properties
 * @not-serializable
 */
final class Client implements \ArrayAccess
{
    public function __construct(#[\SensitiveParameter] array $config) {}

    /** The node one segment further: `$client->v3->payscore`. */
    public function __get(string $name): Client {}

    public function __isset(string $name): bool {}

    /**
     * The node at a path, the whole key normalized as wechatpay-php does:
     * `chain('v3/payscore/serviceorder')`, `chain('v3/merchantService')` is `v3/merchant-service`.
     */
    public function chain(string $segments): Client {}

    /** @param string $offset */
    public function offsetExists(mixed $offset): bool {}

    /** @param string $offset */
    public function offsetGet(mixed $offset): Client {}

    public function offsetSet(mixed $offset, mixed $value): never {}

    public function offsetUnset(mixed $offset): never {}

    public function get(array $options = []): Response {}

    public function put(array $options = []): Response {}

    public function post(array $options = []): Response {}

    public function patch(array $options = []): Response {}

    public function delete(array $options = []): Response {}

    public function getAsync(array $options = []): Promise {}

    public function putAsync(array $options = []): Promise {}

    public function postAsync(array $options = []): Promise {}

    public function patchAsync(array $options = []): Promise {}

    public function deleteAsync(array $options = []): Promise {}

    /** The URI template of this node, e.g. `v3/payscore/serviceorder/{out_order_no}/pay`. */
    public function getPath(): string {}

    private function __clone(): void {}

    /**
     * A WeChat Pay callback, verified (Wechatpay-Signature with the platform key of
     * Wechatpay-Serial from config "certs", timestamp within 300 s) and with its `resource`
     * replaced by the decrypted array (AES-256-GCM with config "apiv3Key"). $headers are the
     * request headers as any framework hands them: names in any case, `HTTP_WECHATPAY_SIGNATURE`
     * server variables, values as strings or PSR-7 lists. A callback that cannot be trusted or
     * used throws Exception\NotificationException.
     */
    public function notification(array $headers, string $body): array {}

    /**
     * The platform keys this client trusts: serial => ['pem', 'effective_time', 'expire_time',
     * 'source' => 'config'|'download'], downloading platform certificates first when apiv3Key is
     * set and none are held yet (or they are stale).
     *
     * @return array<string, array{pem: string, effective_time: ?string, expire_time: ?string, source: string}>
     */
    public function certificates(): array {}

    /**
     * ['serial' => the Wechatpay-Serial to send, 'encrypt' => Closure(string): string (base64 of
     * RSA-OAEP)] for the key WeChat Pay wants sensitive fields encrypted to: the configured public
     * key, else the newest platform certificate.
     *
     * @return array{serial: string, encrypt: \Closure}
     */
    public function encryptor(): array {}

    /**
     * What the Pay Score order-detail page (businessType `wxpayScoreDetail`) is opened with:
     * `service_id` and `out_order_no` from $params (a create-order or query answer will do; other
     * keys are ignored), `mch_id` (default: config "mchid"), `timestamp`, `nonce_str`,
     * `sign_type` HMAC-SHA256 and `sign` made with config "secret" (the APIv2 key).
     *
     * Returns `businessType`, `extraData` (an array, for wx.openBusinessView in a mini program),
     * `queryString` (URL-encoded, for JSAPI openBusinessView) and `query` (the same, for the
     * APP's WXOpenBusinessView).
     */
    public function payScoreDetailParams(array|Response $params): array {}

    /**
     * What the Pay Score authorization page (businessType `wxpayScoreEnable`) is opened with:
     * `service_id` and `out_request_no` from $params (the answer of `v3/payscore/permissions`
     * will do), `mch_id` (default: config "mchid"), `timestamp`, `nonce_str`, `sign_type`
     * HMAC-SHA256 and `sign` made with config "secret". Shaped as payScoreDetailParams() returns.
     */
    public function payScoreEnableParams(array|Response $params): array {}

    /**
     * What the Pay Score confirm-order page (businessType `wxpayScoreUse`) is opened with: the
     * `package` of the create-order answer (given as the answer, its array, or the string),
     * shaped as payScoreDetailParams() returns.
     */
    public function payScoreUseParams(array|Response|string $order): array {}

    /**
     * The signed form of the confirm-order page: `mch_id`, `package`, `timestamp`, `nonce_str`,
     * `sign_type` HMAC-SHA256 and `sign` made with config "secret". $params may set `mch_id`,
     * `timestamp` and `nonce_str`. Shaped as payScoreDetailParams() returns.
     */
    public function payScoreUseSignedParams(array|Response|string $order, array $params = []): array {}

    /**
     * Downloads a bill: $bill is the answer of `v3/bill/tradebill` or `v3/bill/fundflowbill`,
     * or one entry of Pay Score's `v3/payscore/merchant-bill` `download_bill_list` (whose
     * `encrypt_key` and `nonce` say how the file is encrypted). `download_url` must be on the
     * client's base_uri or backup_uri host. The file is streamed to $to (a path: written beside
     * it and renamed once verified; or a stream resource), decrypted, gunzipped when it is gzip,
     * and checked against `hash_value`; on any mismatch nothing is left behind.
     *
     * Returns `bytes` (the original bill's size), `hash_type`, `hash_value` and `path` (null for a stream).
     *
     * @param string|resource $to
     */
    public function downloadBill(array|Response $bill, mixed $to): array {}
}
