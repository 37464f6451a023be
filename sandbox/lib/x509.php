<?php

declare(strict_types=1);

/*
 * Platform certificates made by hand in DER: PHP's openssl_csr_sign() can neither take a
 * 160-bit serial (WeChat Pay's are 40 hex digits) nor set notBefore, and the sandbox needs
 * both, for fresh certificates and for ones that are expired or not yet valid.
 */

require_once __DIR__ . '/keys.php';

const WXPS_OID_SHA256_RSA = '2a864886f70d01010b';      // 1.2.840.113549.1.1.11
const WXPS_OID_COMMON_NAME = '550403';                 // 2.5.4.3
const WXPS_OID_ORGANIZATION = '55040a';                // 2.5.4.10
const WXPS_OID_COUNTRY = '550406';                     // 2.5.4.6
const WXPS_OID_BASIC_CONSTRAINTS = '551d13';           // 2.5.29.19
const WXPS_OID_KEY_USAGE = '551d0f';                   // 2.5.29.15

/**
 * A certificate (PEM) for $key's public half: $serial in hex, valid from $notBefore to
 * $notAfter (Unix times), signed by $issuer (['cert' => PEM or OpenSSLCertificate, 'key'
 * => private key]) or, without one, by $key itself.
 */
function wxps_x509_make(OpenSSLAsymmetricKey $key, string $commonName, string $serial, int $notBefore, int $notAfter, ?array $issuer = null): string
{
    $subject = wxps_x509_name($commonName);
    $tbs = wxps_der(0x30, implode('', [
        wxps_der(0xa0, wxps_der(0x02, "\x02")),                     // v3
        wxps_der(0x02, wxps_der_unsigned(hex2bin($serial))),
        wxps_x509_algorithm(),
        $issuer === null ? $subject : wxps_x509_subject_of($issuer['cert']),
        wxps_der(0x30, wxps_x509_time($notBefore) . wxps_x509_time($notAfter)),
        $subject,
        wxps_pem_body(openssl_pkey_get_details($key)['key']),       // SubjectPublicKeyInfo
        wxps_der(0xa3, wxps_der(0x30, wxps_x509_extensions())),
    ]));
    $signer = $issuer === null ? $key : wxps_openssl(openssl_pkey_get_private($issuer['key']), 'openssl_pkey_get_private');
    wxps_openssl(openssl_sign($tbs, $signature, $signer, OPENSSL_ALGO_SHA256), 'openssl_sign');
    $der = wxps_der(0x30, $tbs . wxps_x509_algorithm() . wxps_der(0x03, "\0" . $signature));
    return "-----BEGIN CERTIFICATE-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END CERTIFICATE-----\n";
}

/** A serial as WeChat Pay writes them: 40 upper-case hex digits (the first 1-7: a positive 20-byte INTEGER). */
function wxps_x509_new_serial(): string
{
    return strtoupper(dechex(random_int(1, 7)) . substr(bin2hex(random_bytes(20)), 1));
}

/** One DER element; lengths over 127 in long form. */
function wxps_der(int $tag, string $content): string
{
    $length = strlen($content);
    if ($length < 0x80) {
        return chr($tag) . chr($length) . $content;
    }
    $bytes = ltrim(pack('N', $length), "\0");
    return chr($tag) . chr(0x80 | strlen($bytes)) . $bytes . $content;
}

/** Big-endian bytes as the content of a non-negative INTEGER. */
function wxps_der_unsigned(string $bytes): string
{
    $bytes = ltrim($bytes, "\0");
    return $bytes === '' || ord($bytes[0]) >= 0x80 ? "\0$bytes" : $bytes;
}

/** The DER inside a PEM block. */
function wxps_pem_body(string $pem): string
{
    return base64_decode(preg_replace('/-----[^-]+-----|\s+/', '', $pem), true);
}

function wxps_x509_algorithm(): string
{
    return wxps_der(0x30, wxps_der(0x06, hex2bin(WXPS_OID_SHA256_RSA)) . "\x05\x00");
}

function wxps_x509_name(string $commonName): string
{
    $attribute = fn (string $oid, int $type, string $value) =>
        wxps_der(0x31, wxps_der(0x30, wxps_der(0x06, hex2bin($oid)) . wxps_der($type, $value)));
    return wxps_der(0x30, $attribute(WXPS_OID_COUNTRY, 0x13, 'CN')                 // PrintableString
        . $attribute(WXPS_OID_ORGANIZATION, 0x0c, 'wxpayscore sandbox')            // UTF8String
        . $attribute(WXPS_OID_COMMON_NAME, 0x0c, $commonName));
}

/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 asks. */
function wxps_x509_time(int $time): string
{
    $year = (int) gmdate('Y', $time);
    return $year < 2050 && $year >= 1950
        ? wxps_der(0x17, gmdate('ymdHis', $time) . 'Z')
        : wxps_der(0x18, gmdate('YmdHis', $time) . 'Z');
}

/** basicConstraints CA:FALSE and keyUsage digitalSignature, nonRepudiation, keyEncipherment (both critical). */
function wxps_x509_extensions(): string
{
    $extension = fn (string $oid, string $value) =>
        wxps_der(0x30, wxps_der(0x06, hex2bin($oid)) . "\x01\x01\xff" . wxps_der(0x04, $value));
    return $extension(WXPS_OID_BASIC_CONSTRAINTS, wxps_der(0x30, ''))
        . $extension(WXPS_OID_KEY_USAGE, wxps_der(0x03, "\x05\xe0"));
}

/** The subject Name (as DER) of an issuer's certificate: the sixth element of its TBSCertificate. */
function wxps_x509_subject_of(OpenSSLCertificate|string $cert): string
{
    wxps_openssl(openssl_x509_export($cert, $pem), 'openssl_x509_export');
    $at = 0;
    $certificate = wxps_der_read(wxps_pem_body($pem), $at)['content'];
    $at = 0;
    $fields = wxps_der_read($certificate, $at)['content']; // the TBSCertificate
    $at = 0;
    for ($i = 0; $i < 5; $i++) {
        wxps_der_read($fields, $at); // version, serial, signature algorithm, issuer, validity
    }
    return wxps_der_read($fields, $at)['element'];
}

/** The DER element at $at (moved past it): tag, content, and the whole element. */
function wxps_der_read(string $der, int &$at): array
{
    $start = $at;
    $tag = ord($der[$at++]);
    $length = ord($der[$at++]);
    if ($length >= 0x80) {
        $bytes = $length & 0x7f;
        $length = (int) hexdec(bin2hex(substr($der, $at, $bytes)));
        $at += $bytes;
    }
    $content = substr($der, $at, $length);
    $at += $length;
    return ['tag' => $tag, 'content' => $content, 'element' => substr($der, $start, $at - $start)];
}
