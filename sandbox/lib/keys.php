<?php

declare(strict_types=1);

/*
 * Test key material: the merchant's key and certificate, the platform keys that sign
 * answers, and a small CA for HTTPS. Made once per directory, then reused.
 */

require_once __DIR__ . '/x509.php';

const WXPS_MCHID = '1900000001';
const WXPS_PLATFORM_SERIAL = 'PUB_KEY_ID_0114232134912410000000000000000001';
const WXPS_OTHER_SERIAL = 'PUB_KEY_ID_0114232134912410000000000000000002';
// Platform certificates: whose they say they are, and how long they are valid (as WeChat Pay's: five years).
const WXPS_PLATFORM_CN = 'Tenpay.com sandbox platform';
const WXPS_CERT_LIFETIME = 5 * 365 * 86400;

// Extension sections for openssl_csr_sign(); PHP can only take them from a config file.
const WXPS_OPENSSL_CNF = <<<'CNF'
[ req ]
distinguished_name = req_dn
[ req_dn ]
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
subjectKeyIdentifier = hash
[ v3_server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = IP:127.0.0.1, DNS:localhost

CNF;

/** The key set in $dir, made on first use; many tests may ask at once. */
function wxps_server_keys(string $dir): array
{
    $json = "$dir/keys.json";
    if (is_file($json)) {
        $keys = wxps_read_keys($json); // keys.json is renamed into place last, so all files exist
        if (isset($keys['other_cert_serial'])) {
            return $keys;
        }
    }
    if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
        throw new RuntimeException("cannot create key directory $dir");
    }
    $lock = fopen("$dir/.lock", 'c');
    flock($lock, LOCK_EX);
    try {
        $keys = is_file($json) ? wxps_read_keys($json) : wxps_make_keys(realpath($dir));
        // A directory made before the certificates below existed gets them; nothing in it changes.
        return isset($keys['other_cert_serial']) ? $keys : wxps_save_keys(realpath($dir), $keys + wxps_make_certificates(realpath($dir), $keys));
    } finally {
        flock($lock, LOCK_UN);
        fclose($lock);
    }
}

function wxps_read_keys(string $json): array
{
    return json_decode(file_get_contents($json), true, 4, JSON_THROW_ON_ERROR);
}

function wxps_make_keys(string $dir): array
{
    $cnf = "$dir/openssl.cnf";
    file_put_contents($cnf, WXPS_OPENSSL_CNF);
    $ca = wxps_new_cert($cnf, 'wxpayscore test CA', 'v3_ca');
    $wrongCa = wxps_new_cert($cnf, 'wxpayscore wrong CA', 'v3_ca');
    $merchant = wxps_new_cert($cnf, WXPS_MCHID, 'v3_leaf');
    $platform = wxps_new_cert($cnf, WXPS_PLATFORM_CN, 'v3_leaf', $ca);
    $server = wxps_new_cert($cnf, '127.0.0.1', 'v3_server', $ca);
    $other = wxps_new_key($cnf);

    $keys = [
        'merchant_key' => wxps_save_key($cnf, $merchant['key'], "$dir/merchant_key.pem"),
        'merchant_cert' => wxps_save_cert($merchant['cert'], "$dir/merchant_cert.pem"),
        'merchant_serial' => $merchant['serial'],
        'platform_key' => wxps_save_key($cnf, $platform['key'], "$dir/platform_key.pem"),
        'platform_pub' => wxps_save_public_key($platform['key'], "$dir/platform_pub.pem"),
        'platform_cert' => wxps_save_cert($platform['cert'], "$dir/platform_cert.pem"),
        'platform_serial' => WXPS_PLATFORM_SERIAL,
        'platform_cert_serial' => $platform['serial'],
        'other_key' => wxps_save_key($cnf, $other, "$dir/other_key.pem"),
        'other_pub' => wxps_save_public_key($other, "$dir/other_pub.pem"),
        'other_serial' => WXPS_OTHER_SERIAL,
        'ca' => wxps_save_cert($ca['cert'], "$dir/ca.pem"),
        'ca_key' => wxps_save_key($cnf, $ca['key'], "$dir/ca_key.pem"),
        'server_cert' => wxps_save_cert($server['cert'], "$dir/server.pem"),
        'server_key' => wxps_save_key($cnf, $server['key'], "$dir/server_key.pem"),
        'wrong_ca' => wxps_save_cert($wrongCa['cert'], "$dir/wrong_ca.pem"),
        'apiv3_key' => "$dir/apiv3_key",
        'mchid' => WXPS_MCHID,
    ];
    file_put_contents($keys['apiv3_key'], bin2hex(random_bytes(16)));
    return wxps_save_keys($dir, $keys + wxps_make_certificates($dir, $keys));
}

/**
 * Platform certificates as WeChat Pay issues them (40 hex digits of serial, from the CA):
 * one with a key of its own, which --serial-mode=both starts with, so that a test can tell
 * it from the public key; and one for other_key, which no mode lists.
 */
function wxps_make_certificates(string $dir, array $keys): array
{
    $cnf = "$dir/openssl.cnf";
    if (!is_file($cnf)) {
        file_put_contents($cnf, WXPS_OPENSSL_CNF);
    }
    $ca = ['cert' => file_get_contents($keys['ca']), 'key' => 'file://' . $keys['ca_key']];
    $migration = wxps_new_key($cnf);
    $other = wxps_openssl(openssl_pkey_get_private('file://' . $keys['other_key']), 'openssl_pkey_get_private');
    $made = [];
    foreach (['migration' => $migration, 'other' => $other] as $name => $key) {
        $serial = wxps_x509_new_serial();
        $pem = wxps_x509_make($key, WXPS_PLATFORM_CN, $serial, time() - 600, time() + WXPS_CERT_LIFETIME, $ca);
        file_put_contents("$dir/{$name}_cert.pem", $pem);
        $made["{$name}_cert"] = "$dir/{$name}_cert.pem";
        $made["{$name}_cert_serial"] = $serial;
    }
    return ['migration_key' => wxps_save_key($cnf, $migration, "$dir/migration_key.pem")] + $made;
}

function wxps_save_keys(string $dir, array $keys): array
{
    wxps_write_file_atomically("$dir/keys.json", json_encode($keys, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
    return $keys;
}

function wxps_new_key(string $cnf): OpenSSLAsymmetricKey
{
    $options = ['config' => $cnf, 'private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA];
    return wxps_openssl(openssl_pkey_new($options), 'openssl_pkey_new');
}

/** A fresh key and its certificate, signed by $issuer or by itself; serial as upper-case hex. */
function wxps_new_cert(string $cnf, string $commonName, string $extensions, ?array $issuer = null): array
{
    $options = ['config' => $cnf, 'digest_alg' => 'sha256', 'x509_extensions' => $extensions];
    $key = wxps_new_key($cnf);
    $dn = ['commonName' => $commonName, 'organizationName' => 'wxpayscore sandbox'];
    $csr = wxps_openssl(openssl_csr_new($dn, $key, $options), 'openssl_csr_new');
    // A random serial, so that certificates of two runs never look alike.
    $cert = openssl_csr_sign($csr, $issuer['cert'] ?? null, $issuer['key'] ?? $key, 3650, $options, random_int(1, PHP_INT_MAX));
    $cert = wxps_openssl($cert, 'openssl_csr_sign');
    return ['key' => $key, 'cert' => $cert, 'serial' => openssl_x509_parse($cert)['serialNumberHex']];
}

function wxps_save_key(string $cnf, OpenSSLAsymmetricKey $key, string $file): string
{
    wxps_openssl(openssl_pkey_export_to_file($key, $file, null, ['config' => $cnf]), 'openssl_pkey_export_to_file');
    chmod($file, 0600);
    return $file;
}

function wxps_save_public_key(OpenSSLAsymmetricKey $key, string $file): string
{
    file_put_contents($file, openssl_pkey_get_details($key)['key']); // SPKI PEM
    return $file;
}

function wxps_save_cert(OpenSSLCertificate $cert, string $file): string
{
    wxps_openssl(openssl_x509_export_to_file($cert, $file), 'openssl_x509_export_to_file');
    return $file;
}

/** Passes $result through, or throws with OpenSSL's own reason. */
function wxps_openssl(mixed $result, string $what): mixed
{
    if ($result === false) {
        $reasons = [];
        while (($reason = openssl_error_string()) !== false) {
            $reasons[] = $reason;
        }
        throw new RuntimeException("$what failed: " . implode('; ', $reasons));
    }
    return $result;
}

/** Writes through a temporary name, so a reader never sees half a file. */
function wxps_write_file_atomically(string $file, string $content): void
{
    $temporary = "$file.tmp." . getmypid();
    file_put_contents($temporary, $content);
    rename($temporary, $file);
}
