--TEST--
Crypto: keys, secrets and plaintexts never show in messages or traces (#[\SensitiveParameter]); key objects show no key material
--EXTENSIONS--
wxpayscore
openssl
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
use WxPayScore\Crypto\{Rsa, AesGcm, Hash};

require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$pem = file_get_contents($keys['merchant_key']);
$secret = 'TOP-SECRET-' . bin2hex(random_bytes(8));
$broken = substr($pem, 0, 300) . $secret;
$cases = [
    'Rsa::from' => fn() => Rsa::from($broken),
    'Rsa::fromPkcs1' => fn() => Rsa::fromPkcs1($secret),
    'Rsa::fromPkcs8' => fn() => Rsa::fromPkcs8($secret),
    'Rsa::sign' => fn() => Rsa::sign('m', $broken),
    'Rsa::decrypt' => fn() => Rsa::decrypt('AAAA', $broken),
    'Rsa::encrypt' => fn() => Rsa::encrypt($secret . str_repeat('x', 300), 'file://' . $keys['platform_pub']),
    'AesGcm::encrypt' => fn() => AesGcm::encrypt($secret, $secret, ''),
    'AesGcm::decrypt' => fn() => AesGcm::decrypt(base64_encode(str_repeat('x', 40)), substr($secret . $secret, 0, 32), 'iv'),
];
foreach ($cases as $what => $case) {
    try {
        $case();
        echo "$what: no exception\n";
    } catch (WxPayScore\Exception\WxPayScoreException $e) {
        $shown = $e->getMessage() . print_r($e->getTrace(), true) . $e->getTraceAsString() . $e;
        $leaks = str_contains($shown, 'TOP-SECRET') || str_contains($shown, substr($pem, 100, 24));
        $hidden = array_map(fn($a) => is_object($a) ? get_class($a) : gettype($a), $e->getTrace()[0]['args']);
        echo "$what: ", $leaks ? 'LEAKS' : 'clean', ' [', implode(', ', $hidden), "]\n";
    }
}
// Which parameters are hidden from traces, Hash's APIv2 key among them.
foreach ([Hash::class => ['md5', 'hmac', 'sign', 'equals'], Rsa::class => ['from', 'sign', 'decrypt', 'encrypt'], AesGcm::class => ['encrypt', 'decrypt']] as $class => $methods) {
    foreach ($methods as $method) {
        $sensitive = [];
        foreach ((new ReflectionMethod($class, $method))->getParameters() as $p) {
            if ($p->getAttributes(SensitiveParameter::class)) {
                $sensitive[] = '$' . $p->getName();
            }
        }
        echo substr(strrchr($class, '\\'), 1), "::$method: ", implode(' ', $sensitive), "\n";
    }
}
ob_start();
var_dump(Rsa::from($pem), Rsa::from('file://' . $keys['platform_pub'], Rsa::KEY_TYPE_PUBLIC));
print_r(Rsa::from($pem));
var_dump(str_contains(ob_get_clean(), substr($pem, 100, 24)));
?>
--EXPECT--
Rsa::from: clean [SensitiveParameterValue]
Rsa::fromPkcs1: clean [SensitiveParameterValue]
Rsa::fromPkcs8: clean [SensitiveParameterValue]
Rsa::sign: clean [string, SensitiveParameterValue]
Rsa::decrypt: clean [string, SensitiveParameterValue]
Rsa::encrypt: clean [SensitiveParameterValue, string]
AesGcm::encrypt: clean [SensitiveParameterValue, SensitiveParameterValue, string]
AesGcm::decrypt: clean [string, SensitiveParameterValue, string]
Hash::md5: $key
Hash::hmac: $key
Hash::sign: $key
Hash::equals: $known_string $user_string
Rsa::from: $thing
Rsa::sign: $privateKey
Rsa::decrypt: $privateKey
Rsa::encrypt: $plaintext
AesGcm::encrypt: $plaintext $key
AesGcm::decrypt: $key
bool(false)
