--TEST--
Crypto and Formatter: the strings a caller passes (literals the engine interns, strings held twice, keys ext/openssl hands over) are never wiped or changed
--EXTENSIONS--
wxpayscore
openssl
--FILE--
<?php
use WxPayScore\Crypto\{Rsa, AesGcm, Hash};
use WxPayScore\Formatter;

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$pem = file_get_contents($keys['platform_key']);   // made at run time
$held = [$pem, $pem];                               // the same string, held twice more
$pub = file_get_contents($keys['platform_pub']);
$priv = openssl_pkey_get_private($pem);
openssl_pkey_export($priv, $encrypted, 'pass-LITERAL-0123');
$aesKey = 'AES-KEY-LITERAL-0123456789abcdef';          // 32 bytes, interned in this script
$iv = 'IV-LITERAL-1';
$before = [md5($pem), md5($pub), md5($encrypted)];

for ($i = 0; $i < 3; $i++) {
    Rsa::from($pem);
    Rsa::from($priv);
    Rsa::from([$encrypted, 'pass-LITERAL-0123']);
    Rsa::from($pub, Rsa::KEY_TYPE_PUBLIC);
    $c = Rsa::encrypt('PLAINTEXT-LITERAL', $pub);
    Rsa::decrypt($c, $pem);
    Rsa::verify('MESSAGE-LITERAL', Rsa::sign('MESSAGE-LITERAL', $pem), $pub);
    AesGcm::decrypt(AesGcm::encrypt('PLAINTEXT-LITERAL', $aesKey, $iv, 'AAD-LITERAL'), $aesKey, $iv, 'AAD-LITERAL');
    try {
        AesGcm::decrypt(base64_encode(str_repeat("\0", 32)), $aesKey, $iv);
    } catch (WxPayScore\Exception\UnexpectedValueException $e) {
    }
    Hash::md5('DATA-LITERAL', 'APIV2-KEY-LITERAL', true);
    Hash::hmac('DATA-LITERAL', 'APIV2-KEY-LITERAL');
    Hash::sign('HMAC-SHA256', 'DATA-LITERAL', 'APIV2-KEY-LITERAL');
    Formatter::authorization('MCHID-LITERAL', 'NONCE-LITERAL', 'SIG-LITERAL', '1700000000', 'SERIAL-LITERAL');
}

var_dump([md5($pem), md5($pub), md5($encrypted)] === $before, $held[0] === $pem, $held[1] === $pem);
var_dump(openssl_pkey_get_details($priv)['bits']);
var_dump($aesKey, 'AES-KEY-LITERAL-0123456789abcdef', $iv, 'PLAINTEXT-LITERAL', 'APIV2-KEY-LITERAL', 'pass-LITERAL-0123');
var_dump(openssl_pkey_get_private($encrypted, 'pass-LITERAL-0123') !== false);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(2048)
string(32) "AES-KEY-LITERAL-0123456789abcdef"
string(32) "AES-KEY-LITERAL-0123456789abcdef"
string(12) "IV-LITERAL-1"
string(17) "PLAINTEXT-LITERAL"
string(17) "APIV2-KEY-LITERAL"
string(17) "pass-LITERAL-0123"
bool(true)
