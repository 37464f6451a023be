<?php

declare(strict_types=1);

/*
 * Routing and request checks shared by the endpoint handlers.
 */

/** A WeChat Pay error answer: status, code and message. */
final class WxpsApiError extends RuntimeException
{
    public function __construct(public readonly int $status, public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}

/** What a handler gets: the decoded path variables, query and body of one call. */
final class WxpsCall
{
    public function __construct(
        public readonly array $vars,
        public readonly array $query,
        public readonly string $body,
    ) {
    }

    /** The body as a JSON object; PARAM_ERROR otherwise. */
    public function json(): array
    {
        $data = json_decode($this->body, true);
        if (!is_array($data) || (array_is_list($data) && $data !== [])) {
            throw new WxpsApiError(400, 'PARAM_ERROR', 'request body is not a JSON object');
        }
        return $data;
    }
}

/**
 * The route for a method and raw path: ['handler' => callable, 'vars' => [...]], or null.
 * Segments are split first and percent-decoded once after, so "%2F" inside a variable
 * stays part of it.
 */
function wxps_match_route(array $routes, string $method, string $path): ?array
{
    $segments = array_map('rawurldecode', explode('/', $path));
    foreach ($routes as [$verb, $pattern, $handler]) {
        $vars = wxps_match_segments(explode('/', $pattern), $segments);
        if ($vars !== null && $verb === $method) {
            return ['handler' => $handler, 'vars' => $vars];
        }
    }
    return null;
}

function wxps_match_segments(array $pattern, array $segments): ?array
{
    if (count($pattern) !== count($segments)) {
        return null;
    }
    $vars = [];
    foreach ($pattern as $i => $part) {
        if (preg_match('/^\{(\w+)\}$/', $part, $name)) {
            $vars[$name[1]] = $segments[$i];
        } elseif ($part !== $segments[$i]) {
            return null;
        }
    }
    return $vars;
}

/** A raw query string decoded the way forms are ("+" is a space); the last of a repeated name wins. */
function wxps_parse_query(string $query): array
{
    $params = [];
    foreach (explode('&', $query) as $pair) {
        if ($pair !== '') {
            [$name, $value] = explode('=', $pair, 2) + [1 => ''];
            $params[urldecode($name)] = urldecode($value);
        }
    }
    return $params;
}

/**
 * Checks required fields and their types; PARAM_ERROR names the first one wrong.
 * "a.b" is b inside a (required only when a is there), "a.*.b" is b in every item of list a.
 */
function wxps_require(array $data, array $spec): void
{
    foreach ($spec as $path => $type) {
        foreach (wxps_lookup($data, explode('.', $path), '') as $name => $value) {
            if ($value === null) {
                throw new WxpsApiError(400, 'PARAM_ERROR', "$name is required");
            }
            if (!wxps_is_type($value, $type)) {
                throw new WxpsApiError(400, 'PARAM_ERROR', "$name must be of type $type");
            }
        }
    }
}

/** Every place a path names, as name => value (null when absent). */
function wxps_lookup(array $node, array $keys, string $at): iterable
{
    $key = array_shift($keys);
    $children = $key === '*' ? (array_is_list($node) ? $node : []) : [$key => $node[$key] ?? null];
    foreach ($children as $index => $child) {
        $name = $key === '*' ? "{$at}[$index]" : ($at === '' ? $key : "$at.$key");
        if ($keys === []) {
            yield $name => $child;
        } elseif (is_array($child)) {
            yield from wxps_lookup($child, $keys, $name);
        }
    }
}

function wxps_is_type(mixed $value, string $type): bool
{
    return match ($type) {
        'string' => is_string($value),
        'int' => is_int($value),
        'bool' => is_bool($value),
        'object' => is_array($value) && (!array_is_list($value) || $value === []),
        'list' => is_array($value) && array_is_list($value),
    };
}

/** The fields of $data named in $names, in that order, leaving out absent ones. */
function wxps_pick(array $data, array $names): array
{
    $wanted = array_flip($names);
    return array_intersect_key(array_replace($wanted, $data), $wanted, $data);
}
