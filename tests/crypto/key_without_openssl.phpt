--TEST--
Crypto\Key: without ext/openssl, Rsa::from() gives Key objects that every API takes and that show no key material
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
// A PHP of its own with nothing but this extension; ext/openssl may be built in, so its key
// functions are switched off, which is how the extension sees an absent ext/openssl.
$script = <<<'PHP'
use WxPayScore\Crypto\{Rsa, Key};
[$keys, $server] = json_decode(stream_get_contents(STDIN), true);
var_dump(function_exists('openssl_pkey_get_private'));
$priv = Rsa::from('file://' . $keys['merchant_key']);
$pub = Rsa::fromSpki(preg_replace('/-----[^-]+-----|\s/', '', file_get_contents($keys['platform_pub'])));
$merchantPub = Rsa::from('file://' . $keys['merchant_cert'], Rsa::KEY_TYPE_PUBLIC);
var_dump($priv, $pub instanceof Key, $priv->isPrivate(), $pub->isPrivate(), $pub->getBits());
print_r($priv);
echo "\n";
var_dump((array) $priv, var_export($priv, true));
$sig = Rsa::sign('m', $priv);
var_dump(Rsa::verify('m', $sig, $merchantPub), Rsa::verify('n', $sig, $merchantPub));
var_dump(Rsa::decrypt(Rsa::encrypt('secret', $merchantPub), $priv));
$copy = clone $priv;
unset($priv);
var_dump(Rsa::verify('m', Rsa::sign('m', $copy), $merchantPub));
// Key objects as the client's keys: a call signs and verifies.
$instance = new WxPayScore\Client([
    'mchid' => $keys['mchid'], 'serial' => $keys['merchant_serial'], 'privateKey' => $copy,
    'certs' => [$keys['platform_serial'] => $pub], 'base_uri' => $server,
]);
echo $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => 'K1', 'json' => ['appid' => 'wx1', 'service_id' => '1']])->getStatusCode(), "\n";
foreach ([
    'public Key as private' => fn() => Rsa::sign('m', $pub),
    'new Key' => fn() => new Key(),
    'serialize' => fn() => serialize($copy),
    'unmade Key' => fn() => Rsa::sign('m', (new ReflectionClass(Key::class))->newInstanceWithoutConstructor()),
    'encrypted key' => fn() => Rsa::from(['-----BEGIN ENCRYPTED PRIVATE KEY-----', 'pass']),
] as $what => $case) {
    try {
        $case();
        echo "$what: accepted\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
PHP;
$server = wxps_test_server();
$io = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$off = 'openssl_pkey_get_private,openssl_pkey_get_public,openssl_pkey_export,openssl_pkey_get_details,openssl_x509_export';
$command = [PHP_BINARY, '-n', '-d', "disable_functions=$off", '-d', 'extension=' . dirname(__DIR__, 2) . '/modules/wxpayscore.so', '-r', $script];
$child = proc_open($command, $io, $pipes);
fwrite($pipes[0], json_encode([$keys, $server['base_uri']]));
fclose($pipes[0]);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($child);
?>
--EXPECTF--
bool(false)
object(WxPayScore\Crypto\Key)#%d (2) {
  ["type"]=>
  string(7) "private"
  ["bits"]=>
  int(2048)
}
bool(true)
bool(true)
bool(false)
int(2048)
WxPayScore\Crypto\Key Object
(
    [type] => private
    [bits] => 2048
)

array(0) {
}
string(%d) "\WxPayScore\Crypto\Key::__set_state(array(
))"
bool(true)
bool(false)
string(6) "secret"
bool(true)
200
public Key as private: WxPayScore\Exception\UnexpectedValueException: $privateKey: the Key is a public key, a private key is wanted
new Key: Error: Call to private WxPayScore\Crypto\Key::__construct() from global scope
serialize: Exception: Serialization of 'WxPayScore\Crypto\Key' is not allowed
unmade Key: ReflectionException: Class WxPayScore\Crypto\Key is an internal class marked as final that cannot be instantiated without invoking its constructor
encrypted key: WxPayScore\Exception\UnexpectedValueException: $thing: an encrypted private key needs ext/openssl; or decrypt it once (openssl pkey -in key.pem -out clear.pem)
