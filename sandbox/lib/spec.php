<?php

declare(strict_types=1);

/*
 * The endpoint table (endpoints.json, derived from the Pay Score YAMLs): which method and
 * path exist, what each takes, and what it answers. Requests are checked against it before
 * any endpoint logic runs, the way WeChat Pay answers 400 PARAM_ERROR naming the field.
 */

require_once __DIR__ . '/routes.php';

// The string formats the YAMLs name that the sandbox checks: format => [regex, what it means].
const WXPS_FORMATS = [
    'rfc3339' => ['/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/', 'an RFC 3339 time, e.g. 2019-11-11T16:24:05+08:00'],
    'yyyyMMddHHmmss' => ['/^\d{14}$/', 'a time as yyyyMMddHHmmss'],
];

/**
 * 400 PARAM_ERROR about one field, with the detail object WeChat Pay's APIv3 error answers
 * carry (接口规则 · 错误信息: {"code": "PARAM_ERROR", "message": ..., "detail": {"field":
 * "/amount/currency", "value": "XYZ", "issue": "Currency code is invalid", "location": "body"}}):
 * field a JSON pointer into the body (or the query or path parameter's name), the value sent,
 * what is wrong with it, and where it was (body, query or path).
 */
final class WxpsParamError extends RuntimeException
{
    public function __construct(string $message, public readonly array $detail)
    {
        parent::__construct($message);
    }
}

/** $name as the checks write it (time_range.start_time, post_payments[0].amount), $message the answer's. */
function wxps_param_error(string $name, mixed $value, string $issue, string $location = 'body', ?string $message = null): WxpsParamError
{
    $field = $location === 'body' ? '/' . ltrim(str_replace(['.', '[', ']'], ['/', '/', ''], $name), '/') : $name;
    return new WxpsParamError($message ?? "$name $issue", ['field' => $field, 'value' => $value, 'issue' => $issue, 'location' => $location]);
}

final class WxpsSpec
{
    /** @param list<array> $endpoints */
    private function __construct(public readonly array $endpoints)
    {
    }

    public static function load(string $file): self
    {
        $endpoints = json_decode((string) @file_get_contents($file), true);
        if (!is_array($endpoints)) {
            throw new RuntimeException("cannot read the endpoint table $file");
        }
        return new self($endpoints);
    }

    /**
     * The endpoint for a method and raw path, with its path variables percent-decoded once:
     * ['endpoint' => [...], 'vars' => [...]]; or null, with $allowed naming the methods the
     * path has. A literal segment wins over a variable.
     */
    public function match(string $method, string $path, ?array &$allowed = null): ?array
    {
        $segments = array_map('rawurldecode', explode('/', $path));
        $allowed = [];
        $best = null;
        foreach ($this->endpoints as $endpoint) {
            $vars = wxps_match_segments(explode('/', $endpoint['path']), $segments);
            if ($vars === null) {
                continue;
            }
            if ($endpoint['method'] !== $method) {
                $allowed[] = $endpoint['method'];
                continue;
            }
            if ($best === null || count($vars) < count($best['vars'])) {
                $best = ['endpoint' => $endpoint, 'vars' => $vars];
            }
        }
        return $best;
    }
}

/** Checks the query and body of a call against its endpoint; PARAM_ERROR names the first field wrong. */
function wxps_check_call(array $endpoint, WxpsCall $call): void
{
    foreach ($endpoint['query'] as $name => $param) {
        $value = $call->query[$name] ?? null;
        if ($value === null || $value === '') {
            if ($param['required']) {
                throw wxps_param_error($name, $value, 'is required', 'query');
            }
            continue;
        }
        wxps_check_value($value, ['type' => 'string'] + array_intersect_key($param, ['pattern' => 1, 'format' => 1, 'maxLength' => 1, 'enum' => 1]), $name, 'query');
    }
    if ($endpoint['body'] !== null && ($endpoint['method'] !== 'GET' || $call->body !== '')) {
        if ($call->body === '' && empty($endpoint['body']['required'])) {
            return; // nothing required, nothing sent
        }
        wxps_check_value($call->json(), $endpoint['body'], '');
    }
}

/**
 * Checks one value against a schema from the table (type, required, pattern, format, maxLength,
 * enum); $location is where the value was: body, query or path.
 */
function wxps_check_value(mixed $value, array $schema, string $name, string $location = 'body'): void
{
    $type = $schema['type'] ?? 'string';
    if (!wxps_schema_type_ok($value, $type)) {
        $issue = 'must be ' . wxps_schema_type_name($type);
        throw wxps_param_error($name, $name === '' ? null : $value, $issue, $location, ($name === '' ? 'request body' : $name) . " $issue");
    }
    if (isset($schema['enum']) && !in_array($value, $schema['enum'], true)) {
        throw wxps_param_error($name, $value, 'must be one of ' . implode(', ', $schema['enum']), $location);
    }
    if (is_string($value)) {
        if (isset($schema['pattern']) && !preg_match('/^(?:' . str_replace('/', '\/', $schema['pattern']) . ')$/u', $value)) {
            throw wxps_param_error($name, $value, "does not match /{$schema['pattern']}/", $location);
        }
        $format = WXPS_FORMATS[$schema['format'] ?? ''] ?? null;
        if ($format !== null && !preg_match($format[0], $value)) {
            throw wxps_param_error($name, $value, "must be $format[1]", $location);
        }
        if (isset($schema['maxLength']) && mb_strlen($value, 'UTF-8') > $schema['maxLength']) {
            throw wxps_param_error($name, $value, "is longer than {$schema['maxLength']} characters", $location);
        }
    }
    if ($type === 'object') {
        foreach ($schema['required'] ?? [] as $field) {
            if (($value[$field] ?? null) === null) {
                throw wxps_param_error(wxps_field_name($name, $field), null, 'is required', $location);
            }
        }
        foreach ($schema['properties'] ?? [] as $field => $property) {
            if (($value[$field] ?? null) !== null) {
                wxps_check_value($value[$field], $property, wxps_field_name($name, $field), $location);
            }
        }
    }
    if ($type === 'array' && isset($schema['items'])) {
        foreach ($value as $index => $item) {
            wxps_check_value($item, $schema['items'], "{$name}[$index]", $location);
        }
    }
}

function wxps_field_name(string $parent, string|int $field): string
{
    return $parent === '' ? (string) $field : "$parent.$field";
}

function wxps_schema_type_ok(mixed $value, string $type): bool
{
    return match ($type) {
        'string' => is_string($value),
        'integer' => is_int($value),
        'number' => is_int($value) || is_float($value),
        'boolean' => is_bool($value),
        'object' => is_array($value) && (!array_is_list($value) || $value === []),
        'array' => is_array($value) && array_is_list($value),
        default => true,
    };
}

function wxps_schema_type_name(string $type): string
{
    return match ($type) {
        'string' => 'a string',
        'integer' => 'an integer',
        'number' => 'a number',
        'boolean' => 'a boolean',
        'object' => 'a JSON object',
        'array' => 'a JSON array',
        default => $type,
    };
}

/**
 * A value shaped like $schema: $given where it has a value of the right type, else the
 * documented example. Objects keep the schema's field order; optional fields without
 * either are left out.
 */
function wxps_schema_example(array $schema, mixed $given = null): mixed
{
    $type = $schema['type'] ?? 'string';
    if ($given !== null && wxps_schema_type_ok($given, $type) && $type !== 'object') {
        return $given;
    }
    if ($type === 'object') {
        $given = is_array($given) ? $given : [];
        $object = [];
        $required = array_flip($schema['required'] ?? []);
        foreach ($schema['properties'] ?? [] as $field => $property) {
            $value = wxps_schema_example($property, $given[$field] ?? null);
            if ($value !== null && ($value !== [] || isset($required[$field]) || isset($given[$field]))) {
                $object[$field] = $value;
            }
        }
        return $object;
    }
    if ($type === 'array') {
        $item = isset($schema['items']) ? wxps_schema_example($schema['items']) : null;
        return $item === null || $item === [] ? [] : [$item];
    }
    if (array_key_exists('example', $schema)) {
        return match ($type) {
            'integer' => (int) $schema['example'],
            'number' => is_numeric($schema['example']) ? $schema['example'] + 0 : 0,
            'boolean' => (bool) $schema['example'],
            'string' => (string) $schema['example'],
            default => $schema['example'],
        };
    }
    return isset($schema['enum']) ? $schema['enum'][0] : null;
}

/** The fields of $data that the schema documents, in the schema's order. */
function wxps_schema_pick(?array $schema, array $data): array
{
    if ($schema === null || !isset($schema['properties'])) {
        return $data;
    }
    return wxps_pick($data, array_keys($schema['properties']));
}
