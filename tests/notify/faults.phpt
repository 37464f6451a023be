--TEST--
Client::notification(): each way a callback can be wrong throws NotificationException with its own code and a clear message
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Exception\NotificationException;

require __DIR__ . '/../utils/notify.inc';
$keys = wxps_test_keys();
$instance = wxps_notify_client();
[$headers, $body] = wxps_notify_make();
$codes = array_flip((new ReflectionClass(NotificationException::class))->getConstants());
$resigned = fn(string $body, array $o = []) => [wxps_notify_headers($body, $o), $body];
$withResource = fn(array $change) => $resigned(wxps_notify_body(array_replace(json_decode($body, true)['resource'], $change)));
$flip = function (string $b64, int $at) {
    $raw = base64_decode($b64);
    $raw[$at] = chr(ord($raw[$at]) ^ 1);
    return base64_encode($raw);
};
$sig = $headers['Wechatpay-Signature'];

$cases = [
    'no Timestamp' => [array_diff_key($headers, ['Wechatpay-Timestamp' => 1]), $body],
    'no Nonce' => [array_diff_key($headers, ['Wechatpay-Nonce' => 1]), $body],
    'no Signature' => [array_diff_key($headers, ['Wechatpay-Signature' => 1]), $body],
    'no Serial' => [array_diff_key($headers, ['Wechatpay-Serial' => 1]), $body],
    'empty Serial' => [['Wechatpay-Serial' => ''] + $headers, $body],
    'empty PSR-7 list' => [['Wechatpay-Nonce' => []] + $headers, $body],
    'no headers' => [[], $body],
    'stale by 1000 s' => fn() => $resigned($body, ['timestamp' => time() - 1000]),
    'ahead by 1000 s' => fn() => $resigned($body, ['timestamp' => time() + 1000]),
    'timestamp not a number' => [['Wechatpay-Timestamp' => '1e9'] + $headers, $body],
    'unknown serial' => $resigned($body, ['serial' => 'PUB_KEY_ID_0114232134912410000000000000009999']),
    'unknown unprintable serial' => $resigned($body, ['serial' => "PUB\nKEY"]),
    'merchant serial' => $resigned($body, ['serial' => $keys['merchant_serial']]),
    'body altered' => [$headers, str_replace('PAYSCORE.USER_CONFIRM', 'PAYSCORE.USER_PAID', $body)],
    'body with a space more' => [$headers, $body . ' '],
    'nonce altered' => [['Wechatpay-Nonce' => $headers['Wechatpay-Nonce'] . 'x'] + $headers, $body],
    'timestamp altered' => [['Wechatpay-Timestamp' => (string) ($headers['Wechatpay-Timestamp'] - 1)] + $headers, $body],
    'signature altered' => [['Wechatpay-Signature' => $flip($sig, 7)] + $headers, $body],
    'signature not base64' => [['Wechatpay-Signature' => '!' . substr($sig, 1)] + $headers, $body],
    'signed by another key' => $resigned($body, ['signer' => $keys['other_key']]),
    'SM2 signature type' => [['Wechatpay-Signature-Type' => 'WECHATPAY2-SM2-WITH-SM3'] + $headers, $body],
    'not JSON' => $resigned('<xml>notify</xml>'),
    'empty body' => $resigned(''),
    'no resource' => $resigned('{"id":"EV-1","event_type":"PAYSCORE.USER_CONFIRM"}'),
    'resource a string' => $resigned('{"id":"EV-1","resource":"x"}'),
    'ciphertext a number' => $withResource(['ciphertext' => 5]),
    'no ciphertext' => $withResource(['ciphertext' => null]),
    'no nonce' => $withResource(['nonce' => null]),
    'AES-128' => $withResource(['algorithm' => 'AEAD_AES_128_GCM']),
    'encrypted with another key' => $resigned(wxps_notify_body(wxps_notify_resource('{"a":1}', ['key' => str_repeat('k', 32)]))),
    'ciphertext altered' => $withResource(['ciphertext' => $flip(json_decode($body, true)['resource']['ciphertext'], 2)]),
    'tag altered' => $withResource(['ciphertext' => $flip(json_decode($body, true)['resource']['ciphertext'], -1)]),
    'associated_data altered' => $withResource(['associated_data' => 'payscorE']),
    'resource nonce altered' => $withResource(['nonce' => strrev(json_decode($body, true)['resource']['nonce'])]),
    'ciphertext not base64' => $withResource(['ciphertext' => '***']),
    'decrypts to no JSON' => $resigned(wxps_notify_body(wxps_notify_resource('not json'))),
    'decrypts to a string' => $resigned(wxps_notify_body(wxps_notify_resource('"text"'))),
];
foreach ($cases as $what => $case) {
    // Clock cases are made just before their check: under valgrind, building all takes a while.
    [$h, $b] = is_callable($case) ? $case() : $case;
    try {
        $instance->notification($h, $b);
        echo "$what: ACCEPTED\n";
    } catch (NotificationException $e) {
        $sensitive = str_contains($e->getMessage(), wxps_notify_apiv3_key());
        echo "$what: ", $codes[$e->getCode()], ': ', $e->getMessage(), $sensitive ? ' LEAKS' : '', "\n";
    }
}
// The checks run in WeChat Pay's order: a stale callback with a bad signature is stale first.
try {
    $instance->notification(['Wechatpay-Timestamp' => '1'] + $headers, 'x');
} catch (NotificationException $e) {
    echo $codes[$e->getCode()], "\n";
}
// All of them implement the extension's interface and are UnexpectedValueExceptions.
var_dump($e instanceof WxPayScore\Exception\WxPayScoreException, $e instanceof WxPayScore\Exception\UnexpectedValueException, $e instanceof UnexpectedValueException);
// Without "apiv3Key" nothing can be decrypted: a configuration error, said before anything else.
try {
    wxps_test_client(wxps_test_offline())->notification($headers, $body);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
no Timestamp: MISSING_HEADER: notification has no Wechatpay-Timestamp header
no Nonce: MISSING_HEADER: notification has no Wechatpay-Nonce header
no Signature: MISSING_HEADER: notification has no Wechatpay-Signature header
no Serial: MISSING_HEADER: notification has no Wechatpay-Serial header
empty Serial: MISSING_HEADER: notification has no Wechatpay-Serial header
empty PSR-7 list: MISSING_HEADER: notification has no Wechatpay-Nonce header
no headers: MISSING_HEADER: notification has no Wechatpay-Timestamp header
stale by 1000 s: STALE_TIMESTAMP: notification timestamp is %d s off the local clock (limit 300 s): a replay, or a clock to fix
ahead by 1000 s: STALE_TIMESTAMP: notification timestamp is %d s off the local clock (limit 300 s): a replay, or a clock to fix
timestamp not a number: STALE_TIMESTAMP: notification Wechatpay-Timestamp is not a number of seconds
unknown serial: UNKNOWN_SERIAL: notification Wechatpay-Serial "PUB_KEY_ID_0114232134912410000000000000009999" names no key in config "certs" (a new platform key? add it)
unknown unprintable serial: UNKNOWN_SERIAL: notification Wechatpay-Serial names no key in config "certs"
merchant serial: UNKNOWN_SERIAL: notification Wechatpay-Serial "%s" names no key in config "certs": %s
body altered: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
body with a space more: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
nonce altered: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
timestamp altered: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
signature altered: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
signature not base64: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
signed by another key: BAD_SIGNATURE: notification signature does not verify with the platform key of its serial: not from WeChat Pay, or altered
SM2 signature type: BAD_SIGNATURE: notification Wechatpay-Signature-Type is not WECHATPAY2-SHA256-RSA2048
not JSON: MALFORMED_BODY: notification body is not a JSON object
empty body: MALFORMED_BODY: notification body is not a JSON object
no resource: MALFORMED_BODY: notification body has no "resource" object
resource a string: MALFORMED_BODY: notification body has no "resource" object
ciphertext a number: MALFORMED_BODY: notification resource fields algorithm, ciphertext, nonce and associated_data must be strings
no ciphertext: MALFORMED_BODY: notification resource has no ciphertext
no nonce: MALFORMED_BODY: notification resource has no nonce
AES-128: MALFORMED_BODY: notification resource algorithm is not AEAD_AES_256_GCM
encrypted with another key: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
ciphertext altered: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
tag altered: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
associated_data altered: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
resource nonce altered: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
ciphertext not base64: UNDECRYPTABLE: notification resource does not decrypt with the apiv3Key: AES-256-GCM ciphertext is not base64
decrypts to no JSON: MALFORMED_BODY: notification resource decrypts to no JSON object
decrypts to a string: MALFORMED_BODY: notification resource decrypts to no JSON object
STALE_TIMESTAMP
bool(true)
bool(true)
bool(true)
WxPayScore\Exception\InvalidArgumentException: config "apiv3Key" is required to decrypt notifications
