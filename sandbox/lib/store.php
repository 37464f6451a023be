<?php

declare(strict_types=1);

/*
 * What the sandbox remembers: service orders, authorizations, plans, other records, and
 * the notifications it sent. In memory, or also in a JSON state file that is rewritten
 * (atomically) after every change and read back on start.
 */

require_once __DIR__ . '/keys.php';

final class WxpsStore
{
    private const VERSION = 1;

    /** key => order record (see orders.php) */
    public array $orders = [];
    /** query_id => order key */
    public array $queryIds = [];
    /** keys of made-up orders, oldest first (see orders.php) */
    public array $madeUp = [];
    /** kind => key => record (permissions, plans, sign plans, applications) */
    public array $records = [];
    /** id => notification record (see notify.php) */
    public array $notifications = [];
    private bool $dirty = false;

    public function __construct(private ?string $file = null)
    {
        if ($file !== null && is_file($file)) {
            $this->load($file);
        }
    }

    public function changed(): void
    {
        $this->dirty = true;
    }

    /** Writes the state file when something changed since the last save. */
    public function save(): void
    {
        if (!$this->dirty || $this->file === null) {
            return;
        }
        $this->dirty = false;
        $json = json_encode($this->export(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        wxps_write_file_atomically($this->file, "$json\n");
    }

    public function reset(): void
    {
        $this->orders = $this->queryIds = $this->madeUp = $this->records = $this->notifications = [];
        $this->changed();
    }

    public function export(): array
    {
        return [
            'version' => self::VERSION,
            'orders' => (object) $this->orders,
            'query_ids' => (object) $this->queryIds,
            'records' => (object) array_map(fn ($r) => (object) $r, $this->records),
            'notifications' => (object) $this->notifications,
        ];
    }

    private function load(string $file): void
    {
        $state = json_decode((string) file_get_contents($file), true);
        if (!is_array($state) || ($state['version'] ?? null) !== self::VERSION) {
            throw new RuntimeException("$file is not a sandbox state file (version " . self::VERSION . ')');
        }
        $this->orders = $state['orders'] ?? [];
        $this->queryIds = $state['query_ids'] ?? [];
        $this->records = $state['records'] ?? [];
        $this->notifications = $state['notifications'] ?? [];
        foreach ($this->orders as $key => $record) {
            if ($record['made_up'] ?? false) {
                $this->madeUp[$key] = true;
            }
        }
    }
}

/** What the endpoint handlers share: the store, the notifier, and how unknown things are met. */
final class WxpsWorld
{
    // The user that the Pay Score docs use in their examples; the default for user actions.
    public const SAMPLE_OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

    /**
     * $strict: unknown orders and records are 404, as on WeChat Pay; otherwise (lenient, the
     * default) they are made up on first use in the state the call needs.
     */
    public function __construct(
        public readonly WxpsStore $store,
        public readonly ?WxpsNotifier $notifier,
        public readonly bool $strict,
        public readonly string $mchid = WXPS_MCHID,
    ) {
    }
}

/** WeChat Pay's time format: yyyyMMddHHmmss. */
function wxps_now(): string
{
    return date('YmdHis');
}
