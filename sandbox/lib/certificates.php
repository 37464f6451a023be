<?php

declare(strict_types=1);

/*
 * WeChat Pay platform certificates (平台证书): the ones a merchant may download from
 * GET /v3/certificates, encrypted with its APIv3 key; a rotation that lists a new one beside
 * the old and signs with the new from then on; and which key signs what in each serial mode.
 */

require_once __DIR__ . '/keys.php';
require_once __DIR__ . '/x509.php';
require_once __DIR__ . '/faults.php';
require_once __DIR__ . '/notify.php';

const WXPS_SERIAL_MODES = ['pubkey', 'cert', 'both'];
const WXPS_PUBKEY_PREFIX = 'PUB_KEY_ID_';

/**
 * The platform certificates in use, oldest first; the last one signs. Each: serial, pem,
 * key (private), effective and expire (the times the download lists, Unix time).
 */
final class WxpsCertificates
{
    // A new certificate starts a little in the past, as a freshly issued one does.
    private const BACKDATE = 600;
    // What a rotation leaves of the old certificate's life, as WeChat Pay does (24 hours).
    private const OVERLAP = 86400;
    // How far faults move times into the past or the future.
    private const FAULT_SHIFT = 86400;

    private array $list = [];

    /**
     * $issuer: ['cert' => PEM, 'key' => private key] of the CA that signs new certificates;
     * $cnf: the OpenSSL config file new keys are made with.
     */
    public function __construct(private array $issuer, private string $cnf)
    {
    }

    /** The set a serial mode starts with: none (pubkey), the platform certificate (cert), the migration one (both). */
    public static function forMode(string $mode, array $keys): self
    {
        $issuer = ['cert' => file_get_contents($keys['ca']), 'key' => 'file://' . $keys['ca_key']];
        $set = new self($issuer, dirname($keys['ca']) . '/openssl.cnf');
        $first = match ($mode) {
            'cert' => ['cert' => $keys['platform_cert'], 'key' => $keys['platform_key']],
            'both' => ['cert' => $keys['migration_cert'], 'key' => $keys['migration_key']],
            default => null,
        };
        if ($first !== null) {
            $set->add(file_get_contents($first['cert']), wxps_openssl(openssl_pkey_get_private('file://' . $first['key']), 'openssl_pkey_get_private'));
        }
        return $set;
    }

    public function isEmpty(): bool
    {
        return $this->list === [];
    }

    /** ['key' => private key, 'serial' => serial] of the certificate that signs now. */
    public function signer(): array
    {
        $current = end($this->list);
        return ['key' => $current['key'], 'serial' => $current['serial']];
    }

    /**
     * A new certificate (new key, from the CA) that signs from now on; the one it replaces is
     * listed beside it, its expire_time brought forward, and any older one is dropped.
     * Returns [new serial, previous serial].
     */
    public function rotate(): array
    {
        $previous = array_pop($this->list);
        $previous['expire'] = min($previous['expire'], time() + self::OVERLAP);
        $this->list = [$previous];
        $key = wxps_new_key($this->cnf);
        $now = time();
        $pem = wxps_x509_make($key, WXPS_PLATFORM_CN, wxps_x509_new_serial(), $now - self::BACKDATE, $now + WXPS_CERT_LIFETIME, $this->issuer);
        $this->add($pem, $key);
        return [$this->signer()['serial'], $previous['serial']];
    }

    /** What GET /_sandbox/certificates shows. */
    public function describe(): array
    {
        $last = count($this->list) - 1;
        return array_map(fn (array $c, int $i) => [
            'serial_no' => $c['serial'],
            'effective_time' => wxps_rfc3339($c['effective']),
            'expire_time' => wxps_rfc3339($c['expire']),
            'pem' => $c['pem'],
            'signing' => $i === $last,
        ], $this->list, array_keys($this->list));
    }

    /** The body of GET /v3/certificates, each certificate encrypted with $apiv3Key; faults bend the signing one. */
    public function download(string $apiv3Key, WxpsFaults $faults): array
    {
        $last = count($this->list) - 1;
        $data = [];
        foreach ($this->list as $i => $certificate) {
            if ($i === $last) {
                $certificate = $this->bend($certificate, $faults);
            }
            $effective = 'effective_time' . ($faults->certSpacedKeys ? ' ' : '');
            $expire = 'expire_time' . ($faults->certSpacedKeys ? ' ' : '');
            $data[] = [
                'serial_no' => $certificate['serial'],
                $effective => wxps_rfc3339($certificate['effective']),
                $expire => wxps_rfc3339($certificate['expire']),
                'encrypt_certificate' => wxps_encrypt_certificate($certificate['pem'], $apiv3Key, $i === $last ? $faults : null),
            ];
        }
        return ['data' => $data];
    }

    private function add(string $pem, OpenSSLAsymmetricKey $key): void
    {
        $parsed = openssl_x509_parse($pem);
        $this->list[] = [
            'serial' => $parsed['serialNumberHex'],
            'pem' => $pem,
            'key' => $key,
            'effective' => $parsed['validFrom_time_t'],
            'expire' => $parsed['validTo_time_t'],
        ];
    }

    /** The signing certificate as a fault shows it: X.509 times re-issued, or JSON times moved. */
    private function bend(array $certificate, WxpsFaults $faults): array
    {
        $now = time();
        [$notBefore, $notAfter] = match (true) {
            $faults->certExpired => [$now - WXPS_CERT_LIFETIME, $now - self::FAULT_SHIFT],
            $faults->certNotYet => [$now + self::FAULT_SHIFT, $now + WXPS_CERT_LIFETIME],
            default => [null, null],
        };
        if ($notBefore !== null) {
            // The same key and serial, as if the CA had issued it with other dates; the JSON still says valid.
            $certificate['pem'] = wxps_x509_make($certificate['key'], WXPS_PLATFORM_CN, $certificate['serial'], $notBefore, $notAfter, $this->issuer);
        }
        if ($faults->certJsonExpired) {
            $certificate['expire'] = $now - self::FAULT_SHIFT;
        }
        return $certificate;
    }
}

/** encrypt_certificate: AEAD_AES_256_GCM of the PEM, ciphertext || tag in base64; faults break the tag or the AAD. */
function wxps_encrypt_certificate(string $pem, string $apiv3Key, ?WxpsFaults $faults): array
{
    $nonce = wxps_nonce_chars(12);
    $associated = 'certificate';
    $ciphertext = openssl_encrypt($pem, 'aes-256-gcm', $apiv3Key, OPENSSL_RAW_DATA, $nonce, $tag, $associated, 16);
    if ($faults?->certBadTag) {
        $tag = ~$tag;
    }
    return [
        'algorithm' => 'AEAD_AES_256_GCM',
        'nonce' => $nonce,
        'associated_data' => $faults?->certBadAad ? 'certificate-sandbox' : $associated,
        'ciphertext' => base64_encode($ciphertext . $tag),
    ];
}

/** A Unix time as WeChat Pay writes it: RFC 3339 in Beijing time. */
function wxps_rfc3339(int $time): string
{
    return (new DateTimeImmutable("@$time"))->setTimezone(new DateTimeZone('+08:00'))->format('Y-m-d\TH:i:sP');
}

/**
 * Which key signs what, by serial mode: pubkey, the WeChat Pay public key (PUB_KEY_ID_...);
 * cert, the platform certificate that signs now; both (a merchant in WeChat Pay's migration),
 * answers by the public key when the request's Wechatpay-Serial names one, else by the
 * certificate, and notifications by the certificate. Each signer: ['key', 'serial'].
 */
final class WxpsSigners
{
    public readonly array $pubkey;
    public readonly array $stranger;  // a key no client knows, under a PUB_KEY_ID serial
    public readonly array $foreign;   // a certificate no download lists
    private array $certForm;          // the public key's own key under its certificate serial
    public readonly WxpsCertificates $certificates;

    public function __construct(public readonly string $mode, array $keys)
    {
        $platformKey = openssl_pkey_get_private('file://' . $keys['platform_key']);
        $otherKey = openssl_pkey_get_private('file://' . $keys['other_key']);
        $this->pubkey = ['key' => $platformKey, 'serial' => $keys['platform_serial']];
        $this->certForm = ['key' => $platformKey, 'serial' => $keys['platform_cert_serial']];
        $this->stranger = ['key' => $otherKey, 'serial' => $keys['other_serial']];
        $this->foreign = ['key' => $otherKey, 'serial' => $keys['other_cert_serial']];
        $this->certificates = WxpsCertificates::forMode($mode, $keys);
    }

    /** Who signs the answer to a request whose Wechatpay-Serial header is $requestSerial. */
    public function answer(?string $requestSerial): array
    {
        $pubkey = $this->mode === 'pubkey'
            || ($this->mode === 'both' && str_starts_with((string) $requestSerial, WXPS_PUBKEY_PREFIX));
        return $pubkey ? $this->pubkey : $this->certificates->signer();
    }

    public function notification(): array
    {
        return $this->mode === 'pubkey' ? $this->pubkey : $this->certificates->signer();
    }

    /**
     * What rotate-serial takes in turn: $signer, the stranger, then $signer's key under a
     * serial no client lists: the platform key's other form (certificate serial for the
     * public key and back), or, for a certificate with no other form, a made-up one.
     */
    public function rotation(array $signer): array
    {
        $alias = match ($signer['serial']) {
            $this->pubkey['serial'] => $this->certForm,
            $this->certForm['serial'] => $this->pubkey,
            default => ['key' => $signer['key'], 'serial' => strtoupper(sha1("alias of $signer[serial]"))],
        };
        return [$signer, $this->stranger, $alias];
    }
}
