--TEST--
Crypto\AesGcm implements Crypto\AesInterface, which carries wechatpay-php's AES constants; the values agree with ext/openssl's aes-256-gcm
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\AesGcm;
use WxPayScore\Crypto\AesInterface;

set_error_handler(function (int $no, string $msg) {
    echo "unexpected diagnostic: $msg\n";
    return true;
});

// The interface, as wechatpay-php's AesGcmTest looks for it.
$map = class_implements(AesGcm::class);
var_dump($map);
var_dump(interface_exists(AesInterface::class), new AesGcm() instanceof AesInterface, is_subclass_of(AesGcm::class, AesInterface::class));
var_dump(is_string(AesGcm::ALGO_AES_256_GCM), is_int(AesGcm::KEY_LENGTH_BYTE), is_int(AesGcm::BLOCK_SIZE));

// The constants live on the interface; AesGcm inherits them unchanged.
$iface = new ReflectionClass(AesInterface::class);
var_dump($iface->isInterface(), $iface->getConstants());
foreach ((new ReflectionClass(AesGcm::class))->getReflectionConstants() as $c) {
    printf("AesGcm::%s from %s%s\n", $c->getName(), $c->getDeclaringClass()->getName(), $c->getValue() === $iface->getConstant($c->getName()) ? '' : ' DIFFERS');
}
foreach (['encrypt', 'decrypt'] as $name) {
    $m = $iface->getMethod($name);
    printf("%s: abstract %s, static %s, %d parameters, %d required\n", $name, var_export($m->isAbstract(), true), var_export($m->isStatic(), true), $m->getNumberOfParameters(), $m->getNumberOfRequiredParameters());
}

// The values mean what they say for ext/openssl.
var_dump(in_array(AesInterface::ALGO_AES_256_GCM, openssl_get_cipher_methods(), true), in_array(AesInterface::ALGO_AES_256_ECB, openssl_get_cipher_methods(), true));
var_dump(openssl_cipher_key_length(AesInterface::ALGO_AES_256_GCM) === AesInterface::KEY_LENGTH_BYTE, openssl_cipher_key_length(AesInterface::ALGO_AES_256_ECB) === AesInterface::KEY_LENGTH_BYTE);
$key = random_bytes(AesGcm::KEY_LENGTH_BYTE);
$iv = random_bytes(12);
// Nothing to encrypt: all that comes out is the tag.
var_dump(strlen(base64_decode(AesGcm::encrypt('', $key, $iv))) === AesGcm::AUTH_TAG_LENGTH_BYTE);
// ext/openssl with the interface's constants -> AesGcm, and back.
$ct = openssl_encrypt('张三', AesInterface::ALGO_AES_256_GCM, $key, OPENSSL_RAW_DATA, $iv, $tag, 'aad', AesInterface::BLOCK_SIZE);
var_dump(AesGcm::decrypt(base64_encode($ct . $tag), $key, $iv, 'aad'));
$raw = base64_decode(AesGcm::encrypt('李四', $key, $iv, 'aad'));
var_dump(openssl_decrypt(substr($raw, 0, -AesGcm::BLOCK_SIZE), AesGcm::ALGO_AES_256_GCM, $key, OPENSSL_RAW_DATA, $iv, substr($raw, -AesGcm::BLOCK_SIZE), 'aad'));
try {
    AesGcm::encrypt('x', random_bytes(AesGcm::KEY_LENGTH_BYTE - 1), $iv);
} catch (WxPayScore\Exception\InvalidArgumentException $e) {
    echo "short key refused\n";
}

// PHP code may implement the interface too, with the SDK's signatures.
final class Reversed implements AesInterface
{
    public static function encrypt(string $plaintext, string $key, string $iv = ''): string
    {
        return base64_encode(strrev($plaintext));
    }

    public static function decrypt(string $ciphertext, string $key, string $iv = ''): string
    {
        return strrev(base64_decode($ciphertext));
    }
}
var_dump(Reversed::decrypt(Reversed::encrypt('abc', ''), ''), Reversed::BLOCK_SIZE, new Reversed() instanceof AesInterface);
?>
--EXPECT--
array(1) {
  ["WxPayScore\Crypto\AesInterface"]=>
  string(30) "WxPayScore\Crypto\AesInterface"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(5) {
  ["BLOCK_SIZE"]=>
  int(16)
  ["KEY_LENGTH_BYTE"]=>
  int(32)
  ["AUTH_TAG_LENGTH_BYTE"]=>
  int(16)
  ["ALGO_AES_256_GCM"]=>
  string(11) "aes-256-gcm"
  ["ALGO_AES_256_ECB"]=>
  string(11) "aes-256-ecb"
}
AesGcm::BLOCK_SIZE from WxPayScore\Crypto\AesInterface
AesGcm::KEY_LENGTH_BYTE from WxPayScore\Crypto\AesInterface
AesGcm::AUTH_TAG_LENGTH_BYTE from WxPayScore\Crypto\AesInterface
AesGcm::ALGO_AES_256_GCM from WxPayScore\Crypto\AesInterface
AesGcm::ALGO_AES_256_ECB from WxPayScore\Crypto\AesInterface
encrypt: abstract true, static true, 3 parameters, 2 required
decrypt: abstract true, static true, 3 parameters, 2 required
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "张三"
string(6) "李四"
short key refused
string(3) "abc"
int(16)
bool(true)
