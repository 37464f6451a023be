<?php

declare(strict_types=1);

/*
 * Derives sandbox/endpoints.json from the Pay Score endpoint YAMLs (one file per path,
 * keyed by method): what each endpoint takes (path, query and body fields: types, required,
 * patterns, formats, lengths, enums, examples) and what it answers (status, response schema).
 * The sandbox reads only the JSON, so it runs without the YAMLs.
 *
 *   php sandbox/gen-endpoints.php [--check] [OPENAPI_DIR]
 *
 * OPENAPI_DIR (default ../shared/openapi beside the repository, or $WXPS_OPENAPI) holds
 * payscore/ and definitions-PayScore.yaml. --check fails when endpoints.json is stale.
 */

require_once __DIR__ . '/lib/yaml.php';

const WXPS_GEN_KEEP = ['type', 'required', 'pattern', 'format', 'maxLength', 'enum', 'example'];

function wxps_gen_default_dir(): string
{
    return getenv('WXPS_OPENAPI') ?: dirname(__DIR__, 2) . '/shared/openapi';
}

/** Every operation under DIR/payscore, in path order. */
function wxps_gen_endpoints(string $dir): array
{
    $root = "$dir/payscore";
    if (!is_dir($root)) {
        throw new RuntimeException("no payscore/ in $dir");
    }
    $definitions = is_file("$dir/definitions-PayScore.yaml") ? wxps_yaml_parse_file("$dir/definitions-PayScore.yaml") : [];
    $files = [];
    foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS)) as $file) {
        if (str_ends_with((string) $file, '.yaml')) {
            $files[] = (string) $file;
        }
    }
    sort($files, SORT_STRING);
    $endpoints = [];
    foreach ($files as $file) {
        $path = '/v3/payscore' . substr($file, strlen($root), -strlen('.yaml'));
        foreach (wxps_yaml_parse_file($file) as $method => $operation) {
            $endpoints[] = wxps_gen_operation(strtoupper((string) $method), $path, $operation, $definitions);
        }
    }
    return $endpoints;
}

function wxps_gen_operation(string $method, string $path, array $operation, array $definitions): array
{
    preg_match_all('/\{(\w+)\}/', $path, $names);
    $endpoint = [
        'method' => $method,
        'path' => $path,
        'summary' => $operation['summary'] ?? '',
        'roles' => $operation['x-role'] ?? [],
        'path_params' => $names[1],
        'query' => [],
        'body' => null,
    ];
    foreach ($operation['parameters'] ?? [] as $parameter) {
        $in = $parameter['in'] ?? null;
        // Some files declare a path variable as "in: query"; the path decides.
        if ($in === null || $in === 'path' || $in === 'header' || in_array($parameter['name'], $names[1], true)) {
            continue;
        }
        if ($in === 'body') {
            $endpoint['body'] = wxps_gen_schema($parameter['schema'] ?? [], $definitions);
            continue;
        }
        $endpoint['query'][$parameter['name']] = ['required' => !empty($parameter['required'])]
            + array_intersect_key($parameter, array_flip(WXPS_GEN_KEEP));
    }
    $responses = $operation['responses'] ?? [];
    $status = 200;
    foreach (array_keys($responses) as $code) {
        if ((int) $code >= 200 && (int) $code < 300) {
            $status = (int) $code;
            break;
        }
    }
    $endpoint['status'] = $status;
    $schema = $responses[$status]['schema'] ?? $responses[(string) $status]['schema'] ?? [];
    $endpoint['response'] = $status === 204 ? null : wxps_gen_schema($schema, $definitions);
    return $endpoint;
}

/** A schema reduced to what the sandbox checks and answers with; refs and allOf resolved. */
function wxps_gen_schema(array $schema, array $definitions): array
{
    if (isset($schema['$ref'])) {
        $name = explode('#', $schema['$ref'], 2)[1] ?? '';
        $inDefinitions = !str_contains($schema['$ref'], 'Enumerations.yaml') && !str_contains($schema['$ref'], 'Parameters.yaml');
        // Enumerations are not part of the published data; such a field is a plain string.
        return $inDefinitions && isset($definitions[$name]) ? wxps_gen_schema($definitions[$name], $definitions) : ['type' => 'string'];
    }
    if (isset($schema['allOf'])) {
        $merged = ['type' => 'object', 'required' => [], 'properties' => []];
        foreach ($schema['allOf'] as $part) {
            $part = wxps_gen_schema($part, $definitions);
            $merged['required'] = array_values(array_unique([...$merged['required'], ...($part['required'] ?? [])]));
            $merged['properties'] += $part['properties'] ?? [];
            if (($part['type'] ?? 'object') !== 'object') {
                return $part; // allOf around one enumeration: the field keeps its own type
            }
        }
        return array_filter($merged, fn ($v) => $v !== []) + ['type' => 'object'];
    }
    $reduced = array_intersect_key($schema, array_flip(WXPS_GEN_KEEP));
    $reduced['type'] ??= isset($schema['properties']) ? 'object' : 'string';
    if (isset($reduced['pattern'])) {
        $reduced['pattern'] = trim($reduced['pattern'], '/'); // written as a /regex/ literal
    }
    if (($reduced['required'] ?? null) === []) {
        unset($reduced['required']);
    }
    foreach ($schema['properties'] ?? [] as $name => $property) {
        $reduced['properties'][$name] = wxps_gen_schema(is_array($property) ? $property : [], $definitions);
    }
    if (isset($schema['items']) && is_array($schema['items'])) {
        $reduced['items'] = wxps_gen_schema($schema['items'], $definitions);
    }
    return $reduced;
}

/** One endpoint a line: small, and a diff names the endpoints that changed. */
function wxps_gen_json(array $endpoints): string
{
    $lines = array_map(fn ($e) => json_encode($e, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), $endpoints);
    return "[\n" . implode(",\n", $lines) . "\n]\n";
}

function wxps_gen_main(array $args): int
{
    $check = in_array('--check', $args, true);
    $dirs = array_values(array_filter($args, fn ($a) => $a !== '--check'));
    $dir = $dirs[0] ?? wxps_gen_default_dir();
    $target = __DIR__ . '/endpoints.json';
    try {
        $json = wxps_gen_json(wxps_gen_endpoints($dir));
    } catch (RuntimeException $e) {
        fwrite(STDERR, 'gen-endpoints: ' . $e->getMessage() . "\n");
        return 2;
    }
    if ($check) {
        if (@file_get_contents($target) !== $json) {
            fwrite(STDERR, "gen-endpoints: sandbox/endpoints.json is stale (run php sandbox/gen-endpoints.php)\n");
            return 1;
        }
        return 0;
    }
    file_put_contents($target, $json);
    printf("wrote %s: %d endpoints from %s\n", $target, count(json_decode($json)), realpath($dir));
    return 0;
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    exit(wxps_gen_main(array_slice($argv, 1)));
}
