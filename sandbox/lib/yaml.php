<?php

declare(strict_types=1);

/*
 * A reader for the small YAML subset of the wechatpay-openapi files (php-yaml is not
 * always installed): block mappings and sequences by indentation, "- key: value" items,
 * plain and quoted scalars, [a, b] and {} flow collections, and # comments.
 */

final class WxpsYamlError extends RuntimeException
{
}

function wxps_yaml_parse_file(string $file): mixed
{
    $text = @file_get_contents($file);
    if ($text === false) {
        throw new WxpsYamlError("cannot read $file");
    }
    try {
        return wxps_yaml_parse($text);
    } catch (WxpsYamlError $e) {
        throw new WxpsYamlError("$file: " . $e->getMessage());
    }
}

function wxps_yaml_parse(string $text): mixed
{
    $lines = [];
    foreach (preg_split('/\r?\n/', $text) as $number => $line) {
        $content = rtrim(wxps_yaml_strip_comment($line));
        if (trim($content) !== '' && $content !== '---') {
            $lines[] = [strlen($content) - strlen(ltrim($content, ' ')), ltrim($content, ' '), $number + 1];
        }
    }
    $at = 0;
    $value = $lines === [] ? null : wxps_yaml_block($lines, $at, $lines[0][0]);
    if ($at < count($lines)) {
        throw new WxpsYamlError("line {$lines[$at][2]}: unexpected indentation");
    }
    return $value;
}

/** The line without a comment: "#" at its start or after a blank, outside quotes. */
function wxps_yaml_strip_comment(string $line): string
{
    if (!str_contains($line, '#')) {
        return $line;
    }
    $quote = null;
    for ($i = 0, $n = strlen($line); $i < $n; $i++) {
        $c = $line[$i];
        if ($quote !== null) {
            $quote = $c === $quote ? null : $quote;
        } elseif ($c === "'" || $c === '"') {
            $quote = ($i === 0 || strpbrk($line[$i - 1], " \t[{,:-") !== false) ? $c : null;
        } elseif ($c === '#' && ($i === 0 || $line[$i - 1] === ' ' || $line[$i - 1] === "\t")) {
            return substr($line, 0, $i);
        }
    }
    return $line;
}

/** The mapping or sequence whose lines start at $at with indentation $indent. */
function wxps_yaml_block(array $lines, int &$at, int $indent): mixed
{
    $isList = str_starts_with($lines[$at][1], '- ') || $lines[$at][1] === '-';
    $result = [];
    while ($at < count($lines) && $lines[$at][0] === $indent) {
        [, $text, $number] = $lines[$at];
        if ($isList !== (str_starts_with($text, '- ') || $text === '-')) {
            throw new WxpsYamlError("line $number: a mapping and a sequence mixed");
        }
        if ($isList) {
            $result[] = wxps_yaml_item($lines, $at, $indent);
        } else {
            [$key, $value] = wxps_yaml_entry($lines, $at, $indent);
            $result[$key] = $value;
        }
    }
    if ($at < count($lines) && $lines[$at][0] > $indent) {
        throw new WxpsYamlError("line {$lines[$at][2]}: unexpected indentation");
    }
    return $result;
}

/** One "- ..." item; "- key: value" opens a mapping indented past the dash. */
function wxps_yaml_item(array $lines, int &$at, int $indent): mixed
{
    [, $text, $number] = $lines[$at];
    $rest = ltrim(substr($text, 1), ' ');
    if ($rest === '') {
        $at++;
        return wxps_yaml_nested($lines, $at, $indent);
    }
    if (wxps_yaml_split_key($rest) !== null) {
        $lines[$at] = [$indent + strlen($text) - strlen($rest), $rest, $number];
        return wxps_yaml_block($lines, $at, $lines[$at][0]);
    }
    $at++;
    return wxps_yaml_scalar($rest, $number);
}

/** One "key: value" entry of a mapping: [key, value]. */
function wxps_yaml_entry(array $lines, int &$at, int $indent): array
{
    [, $text, $number] = $lines[$at];
    $split = wxps_yaml_split_key($text);
    if ($split === null) {
        throw new WxpsYamlError("line $number: expected \"key: value\"");
    }
    [$key, $rest] = $split;
    $at++;
    if ($rest !== '') {
        return [$key, wxps_yaml_scalar($rest, $number)];
    }
    return [$key, wxps_yaml_nested($lines, $at, $indent)];
}

/** What follows an empty "key:" or "-": a deeper block (a sequence may sit at the key's own indentation), or null. */
function wxps_yaml_nested(array $lines, int &$at, int $indent): mixed
{
    if ($at >= count($lines)) {
        return null;
    }
    [$next, $text] = $lines[$at];
    if ($next > $indent || ($next === $indent && str_starts_with($text, '- '))) {
        return wxps_yaml_block($lines, $at, $next);
    }
    return null;
}

/** [key, rest of the line] when the text is a mapping entry, else null. */
function wxps_yaml_split_key(string $text): ?array
{
    if (preg_match("/^'((?:[^']|'')*)'\\s*:(?:\\s+(.*)|$)/", $text, $m)
        || preg_match('/^"((?:[^"\\\\]|\\\\.)*)"\\s*:(?:\\s+(.*)|$)/', $text, $m)) {
        return [$text[0] === "'" ? str_replace("''", "'", $m[1]) : stripcslashes($m[1]), trim($m[2] ?? '')];
    }
    if (preg_match('/^([^\s\'"\[\]{},#&*!|>%@`-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+(.*)|$)/', $text, $m)) {
        return [$m[1], trim($m[2] ?? '')];
    }
    return null;
}

function wxps_yaml_scalar(string $text, int $number): mixed
{
    if ($text[0] === '[' || $text[0] === '{') {
        return wxps_yaml_flow($text, $number);
    }
    if ($text[0] === "'") {
        if (!preg_match("/^'((?:[^']|'')*)'$/", $text, $m)) {
            throw new WxpsYamlError("line $number: unterminated quoted string");
        }
        return str_replace("''", "'", $m[1]);
    }
    if ($text[0] === '"') {
        $value = json_decode($text);
        if (!is_string($value)) {
            throw new WxpsYamlError("line $number: unsupported double-quoted string");
        }
        return $value;
    }
    if ($text[0] === '|' || $text[0] === '>' || $text[0] === '&' || $text[0] === '*') {
        throw new WxpsYamlError("line $number: block scalars, anchors and aliases are not supported");
    }
    return match (true) {
        in_array($text, ['true', 'True', 'TRUE'], true) => true,
        in_array($text, ['false', 'False', 'FALSE'], true) => false,
        in_array($text, ['null', 'Null', 'NULL', '~'], true) => null,
        (bool) preg_match('/^-?(0|[1-9]\d*)$/', $text) => (int) $text,
        (bool) preg_match('/^-?(0|[1-9]\d*)\.\d+$/', $text) => (float) $text,
        default => $text,
    };
}

/** A one-line flow collection of scalars: [a, 'b'] or {} or {a: b}. */
function wxps_yaml_flow(string $text, int $number): array
{
    $close = $text[0] === '[' ? ']' : '}';
    if (substr($text, -1) !== $close) {
        throw new WxpsYamlError("line $number: unterminated flow collection");
    }
    $inner = trim(substr($text, 1, -1));
    if ($inner === '') {
        return [];
    }
    if (strpbrk($inner, '[]{}') !== false) {
        throw new WxpsYamlError("line $number: nested flow collections are not supported");
    }
    $result = [];
    foreach (str_getcsv($inner, ',', "'", '') as $item) {
        $item = trim($item);
        if ($close === ']') {
            $result[] = wxps_yaml_scalar($item, $number);
            continue;
        }
        [$key, $value] = wxps_yaml_split_key($item) ?? throw new WxpsYamlError("line $number: expected key: value");
        $result[$key] = wxps_yaml_scalar($value, $number);
    }
    return $result;
}
