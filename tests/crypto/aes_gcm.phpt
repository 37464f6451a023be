--TEST--
Crypto\AesGcm: AES-256-GCM agrees with openssl_encrypt/openssl_decrypt both ways; any tampering fails to decrypt
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\AesGcm;

$key = random_bytes(32);
$iv = random_bytes(12);
$aad = 'transaction';
foreach (['', 'x', str_repeat("支付分\0", 5000)] as $plain) {
    // Ours -> ext/openssl: base64(ciphertext || 16-byte tag).
    $ours = base64_decode(AesGcm::encrypt($plain, $key, $iv, $aad));
    $out = openssl_decrypt(substr($ours, 0, -16), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, substr($ours, -16), $aad);
    // ext/openssl -> ours.
    $theirs = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag, $aad, 16);
    var_dump($out === $plain, $ours === $theirs . $tag, AesGcm::decrypt(base64_encode($theirs . $tag), $key, $iv, $aad) === $plain);
}
// Without associated data, and with a 16-byte nonce.
$c = AesGcm::encrypt('no aad', $key, str_repeat('n', 16));
var_dump(AesGcm::decrypt($c, $key, str_repeat('n', 16)), AesGcm::decrypt($c, $key, str_repeat('n', 16), ''));
var_dump(AesGcm::ALGO_AES_256_GCM, AesGcm::KEY_LENGTH_BYTE, AesGcm::BLOCK_SIZE, AesGcm::AUTH_TAG_LENGTH_BYTE);

$c = AesGcm::encrypt('{"out_order_no":"1234"}', $key, $iv, $aad);
$raw = base64_decode($c);
$flip = function (int $at) use ($raw) {
    $raw[$at] = chr(ord($raw[$at]) ^ 1);
    return base64_encode($raw);
};
$cases = [
    'ciphertext byte' => fn() => AesGcm::decrypt($flip(3), $key, $iv, $aad),
    'tag byte' => fn() => AesGcm::decrypt($flip(strlen($raw) - 1), $key, $iv, $aad),
    'key' => fn() => AesGcm::decrypt($c, str_repeat('k', 32), $iv, $aad),
    'nonce' => fn() => AesGcm::decrypt($c, $key, strrev($iv), $aad),
    'associated data' => fn() => AesGcm::decrypt($c, $key, $iv, 'transactioN'),
    'no associated data' => fn() => AesGcm::decrypt($c, $key, $iv),
    'truncated' => fn() => AesGcm::decrypt(base64_encode(substr($raw, 0, -1)), $key, $iv, $aad),
    'shorter than a tag' => fn() => AesGcm::decrypt(base64_encode('short'), $key, $iv, $aad),
    'not base64' => fn() => AesGcm::decrypt('***', $key, $iv, $aad),
    'short key' => fn() => AesGcm::encrypt('x', str_repeat('k', 16), $iv),
    'long key' => fn() => AesGcm::decrypt($c, $key . 'x', $iv, $aad),
    'empty nonce' => fn() => AesGcm::encrypt('x', $key),
];
foreach ($cases as $what => $case) {
    try {
        $case();
        echo "$what: decrypted!\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "no aad"
string(6) "no aad"
string(11) "aes-256-gcm"
int(32)
int(16)
int(16)
ciphertext byte: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
tag byte: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
key: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
nonce: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
associated data: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
no associated data: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
truncated: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM tag does not authenticate: wrong key, nonce or associated data, or the ciphertext was altered
shorter than a tag: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM ciphertext is shorter than its 16-byte tag
not base64: WxPayScore\Exception\UnexpectedValueException: AES-256-GCM ciphertext is not base64
short key: WxPayScore\Exception\InvalidArgumentException: AES-256-GCM key must be 32 bytes, 16 given
long key: WxPayScore\Exception\InvalidArgumentException: AES-256-GCM key must be 32 bytes, 33 given
empty nonce: WxPayScore\Exception\InvalidArgumentException: AES-256-GCM nonce (iv) must be 1 to 128 bytes, 0 given
