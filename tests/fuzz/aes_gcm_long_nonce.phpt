--TEST--
Fuzz regression: an AES-GCM nonce over 128 bytes is an argument error, not an internal failure
--EXTENSIONS--
wxpayscore
--FILE--
<?php
$key = str_repeat('k', 32);
foreach ([128, 129, 4096] as $len) {
    try {
        $ct = WxPayScore\Crypto\AesGcm::encrypt('payload', $key, str_repeat('n', $len));
        echo $len, ': ', WxPayScore\Crypto\AesGcm::decrypt($ct, $key, str_repeat('n', $len)), "\n";
    } catch (WxPayScore\Exception\InvalidArgumentException $e) {
        echo $len, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    WxPayScore\Crypto\AesGcm::decrypt(base64_encode(str_repeat('x', 40)), $key, str_repeat('n', 129));
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo 'decrypt: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
128: payload
129: WxPayScore\Exception\InvalidArgumentException: AES-256-GCM nonce (iv) must be 1 to 128 bytes, 129 given
4096: WxPayScore\Exception\InvalidArgumentException: AES-256-GCM nonce (iv) must be 1 to 128 bytes, 4096 given
decrypt: AES-256-GCM nonce (iv) must be 1 to 128 bytes, 129 given
