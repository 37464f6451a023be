--TEST--
Sandbox keys: a platform certificate with a key of its own and one for the stranger's key, 40 hex digits of serial each, from the CA; an older key directory gets them and keeps the rest
--EXTENSIONS--
openssl
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$keys = wxps_test_keys();
$publicOf = fn(string $pem) => openssl_pkey_get_details(openssl_pkey_get_public($pem))['key'];
$ca = file_get_contents($keys['ca']);
foreach (['migration' => $keys['migration_key'], 'other' => $keys['other_key']] as $name => $keyFile) {
    $pem = file_get_contents($keys["{$name}_cert"]);
    $x509 = openssl_x509_parse($pem);
    echo "$name: serial ", preg_match('/^[0-9A-F]{40}$/', $keys["{$name}_cert_serial"]) ? '40 hex digits' : $keys["{$name}_cert_serial"],
        ', the X.509 one ', var_export($x509['serialNumberHex'] === $keys["{$name}_cert_serial"], true),
        ', its key ', var_export(openssl_x509_check_private_key($pem, 'file://' . $keyFile), true),
        ', from the CA ', openssl_x509_verify($pem, $ca),
        ', valid now ', var_export($x509['validFrom_time_t'] < time() && $x509['validTo_time_t'] > time() + 4 * 365 * 86400, true), "\n";
}
echo 'migration key is not the public key: ', var_export($publicOf(file_get_contents($keys['migration_cert'])) !== file_get_contents($keys['platform_pub']), true), "\n";
echo 'platform_cert is still the public key: ', var_export($publicOf(file_get_contents($keys['platform_cert'])) === file_get_contents($keys['platform_pub']), true), "\n";

// A directory made before these certificates: they are added, the rest stays as it was.
$dir = sys_get_temp_dir() . '/wxpayscore-old-keys-' . getmypid();
mkdir($dir);
$old = [];
foreach ($keys as $name => $value) {
    if (!preg_match('/^(migration_|other_cert)/', $name)) {
        $old[$name] = is_string($value) && is_file($value) && copy($value, $file = "$dir/" . basename($value)) ? $file : $value;
    }
}
file_put_contents("$dir/openssl.cnf", file_get_contents(dirname($keys['ca']) . '/openssl.cnf'));
file_put_contents("$dir/keys.json", json_encode($old));
$upgraded = wxps_server_keys($dir);
echo 'upgraded: ', implode(', ', array_keys(array_diff_key($upgraded, $old))), "\n";
echo 'the rest unchanged: ', var_export(array_intersect_key($upgraded, $old) === $old, true), ', read back the same: ', var_export(wxps_server_keys($dir) === $upgraded, true), "\n";
array_map('unlink', array_merge(glob("$dir/*"), ["$dir/.lock"]));
rmdir($dir);
?>
--EXPECT--
migration: serial 40 hex digits, the X.509 one true, its key true, from the CA 1, valid now true
other: serial 40 hex digits, the X.509 one true, its key true, from the CA 1, valid now true
migration key is not the public key: true
platform_cert is still the public key: true
upgraded: migration_key, migration_cert, migration_cert_serial, other_cert, other_cert_serial
the rest unchanged: true, read back the same: true
