<?php

declare(strict_types=1);

/*
 * Keeps package.xml in step with the repository.
 *
 *   php scripts/package-xml.php           rewrite <date>, <version>, <notes> and <contents>
 *   php scripts/package-xml.php --check   exit 1, naming the files, when package.xml is stale
 *   php scripts/package-xml.php --list    print "role path" for every file that ships
 *
 * What ships is decided by RULES over `git ls-files`; summary, description, lead and
 * dependencies are edited by hand in package.xml. The version comes from
 * PHP_WXPAYSCORE_VERSION in php_wxpayscore.h, date and notes from that version's section of
 * CHANGELOG.md.
 */

/*
 * First match wins; a role of null means "tracked, but not part of the PECL tarball".
 * A tracked file that no rule matches is an error: whoever adds a new kind of file decides.
 */
const RULES = [
    ['#^(config\.m4|config\.w32|php_wxpayscore\.h|wxpayscore\.c|Makefile\.frag)$#', 'src'],
    ['#^src/#', 'src'],
    ['#^stubs/#', 'src'],
    // The Makefile.frag targets (stubs, check-stubs, memtest) call these.
    ['#^scripts/(test\.sh|lib\.sh|gen-stubs\.sh)$#', 'src'],
    ['#^tests/#', 'test'],
    // The local WeChat Pay look-alike that merchants may point their own tests at.
    ['#^sandbox/#', 'test'],
    ['#^(README(\.zh-CN)?\.md|LICENSE|CHANGELOG\.md)$#', 'doc'],
    ['#^(examples|docs|ide)/#', 'doc'],
    // The fuzzers and the sanitizer run, which Makefile.frag's fuzz and sanitize targets call.
    ['#^fuzz/#', 'test'],
    ['#^scripts/(sanitize\.sh|sanitize/)#', 'test'],
    // The side-by-side benchmark the README's figures come from.
    ['#^bench/#', 'doc'],
    ['#^(\.ci|\.github|tools)/#', null],
    ['#^scripts/#', null],
    ['#^(\.clang-format|\.gitignore|\.gitattributes|package\.xml|composer\.json)$#', null],
];

const ROLES = ['src', 'test', 'doc'];

exit(main($argv));

function main(array $argv): int
{
    $root = dirname(__DIR__);
    chdir($root);
    $mode = $argv[1] ?? '--write';
    if (!in_array($mode, ['--write', '--check', '--list'], true)) {
        fwrite(STDERR, "usage: php scripts/package-xml.php [--check|--list]\n");
        return 2;
    }

    try {
        $ship = shipped_files(tracked_files());
    } catch (RuntimeException $e) {
        fwrite(STDERR, $e->getMessage() . "\n");
        return 1;
    }
    if ($mode === '--list') {
        foreach ($ship as $path => $role) {
            echo "$role $path\n";
        }
        return 0;
    }

    $xml = @file_get_contents('package.xml');
    if ($xml === false) {
        fwrite(STDERR, "package.xml is missing\n");
        return 1;
    }
    try {
        $release = release_info();
        $fresh = rewrite($xml, $release, $ship);
    } catch (RuntimeException $e) {
        fwrite(STDERR, $e->getMessage() . "\n");
        return 1;
    }

    if ($mode === '--write') {
        if ($fresh !== $xml) {
            file_put_contents('package.xml', $fresh);
            echo "package.xml: updated (" . count($ship) . " files, version {$release['version']})\n";
        } else {
            echo "package.xml: up to date (" . count($ship) . " files, version {$release['version']})\n";
        }
        return 0;
    }
    return check($xml, $fresh, $release, $ship);
}

/**
 * The index, not the work tree, says what ships: a file deleted but not yet `git rm`ed is still
 * listed (and --check reports it missing), so package.xml always matches what a commit holds.
 * @return list<string> tracked paths, slash-separated
 */
function tracked_files(): array
{
    $out = [];
    exec('git ls-files -z 2>/dev/null', $out, $rc);
    if ($rc !== 0) {
        throw new RuntimeException('git ls-files failed: run this inside the git work tree');
    }
    $files = array_values(array_filter(explode("\0", implode("\n", $out)), 'strlen'));
    sort($files, SORT_STRING);
    return $files;
}

/** @return array<string, string> path => role, for the files that ship. */
function shipped_files(array $tracked): array
{
    $ship = [];
    $unclassified = [];
    foreach ($tracked as $path) {
        $role = classify($path);
        if ($role === false) {
            $unclassified[] = $path;
        } elseif ($role !== null) {
            $ship[$path] = $role;
        }
    }
    if ($unclassified) {
        throw new RuntimeException("no packaging rule for these tracked files (add one to RULES in scripts/package-xml.php):\n  "
            . implode("\n  ", $unclassified));
    }
    return $ship;
}

/** @return string|null|false the role, null when it does not ship, false when no rule matches. */
function classify(string $path): string|null|false
{
    foreach (RULES as [$pattern, $role]) {
        if (preg_match($pattern, $path)) {
            return $role;
        }
    }
    return false;
}

/** @return array{version: string, date: string, notes: string} */
function release_info(): array
{
    $header = (string) @file_get_contents('php_wxpayscore.h');
    if (!preg_match('/#define\s+PHP_WXPAYSCORE_VERSION\s+"([^"]+)"/', $header, $m)) {
        throw new RuntimeException('PHP_WXPAYSCORE_VERSION not found in php_wxpayscore.h');
    }
    $version = $m[1];
    $changelog = (string) @file_get_contents('CHANGELOG.md');
    // "## 0.1.0 - 2026-11-22" opens a version's section; the next "## " ends it.
    $quoted = preg_quote($version, '/');
    if (!preg_match("/^## \\[?$quoted\\]? - (\\d{4}-\\d{2}-\\d{2})\\s*\\n(.*?)(?=^## |\\z)/ms", $changelog, $m)) {
        throw new RuntimeException("CHANGELOG.md has no section \"## $version - YYYY-MM-DD\" for the version in php_wxpayscore.h");
    }
    $notes = trim($m[2]);
    if ($notes === '') {
        throw new RuntimeException("CHANGELOG.md: the $version section is empty");
    }
    return ['version' => $version, 'date' => $m[1], 'notes' => $notes];
}

function rewrite(string $xml, array $release, array $ship): string
{
    $esc = fn (string $s): string => htmlspecialchars($s, ENT_XML1 | ENT_QUOTES, 'UTF-8');
    $blocks = [
        'date' => " <date>{$release['date']}</date>\n",
        'version' => " <version>\n  <release>{$release['version']}</release>\n  <api>{$release['version']}</api>\n </version>\n",
        'notes' => " <notes>\n" . $esc($release['notes']) . "\n </notes>\n",
        'contents' => contents_block($ship, $esc),
    ];
    foreach ($blocks as $tag => $block) {
        $count = 0;
        // Only the top-level element (one space of indent), never one nested in <changelog>.
        $xml = preg_replace("#^ <$tag>.*?</$tag>\\n#ms", str_replace(['\\', '$'], ['\\\\', '\\$'], $block), $xml, 1, $count);
        if ($count !== 1) {
            throw new RuntimeException("package.xml: no top-level <$tag> element to rewrite");
        }
    }
    return $xml;
}

/** <contents> as PECL writes it: nested <dir>s, each <file> by its base name. */
function contents_block(array $ship, callable $esc): string
{
    $tree = [];
    foreach ($ship as $path => $role) {
        $parts = explode('/', $path);
        $file = array_pop($parts);
        $node = &$tree;
        foreach ($parts as $dir) {
            $node = &$node['dirs'][$dir];
        }
        $node['files'][$file] = $role;
        unset($node);
    }
    return " <contents>\n" . dir_block('/', $tree, 2, $esc) . " </contents>\n";
}

function dir_block(string $name, array $node, int $depth, callable $esc): string
{
    $pad = str_repeat(' ', $depth);
    $out = "$pad<dir name=\"" . $esc($name) . "\">\n";
    foreach ($node['dirs'] ?? [] as $dir => $child) {
        $out .= dir_block((string) $dir, $child, $depth + 1, $esc);
    }
    foreach ($node['files'] ?? [] as $file => $role) {
        $out .= "$pad <file name=\"" . $esc((string) $file) . "\" role=\"$role\"/>\n";
    }
    return $out . "$pad</dir>\n";
}

/** @return array<string, string> path => role, as package.xml lists them (nested <dir>s joined). */
function listed_files(string $xml): array
{
    $doc = new DOMDocument();
    if (!@$doc->loadXML($xml)) {
        throw new RuntimeException('package.xml is not well-formed XML');
    }
    $listed = [];
    $walk = function (DOMElement $dir, string $prefix) use (&$walk, &$listed): void {
        foreach ($dir->childNodes as $node) {
            if (!$node instanceof DOMElement) {
                continue;
            }
            $name = trim($node->getAttribute('name'), '/');
            $path = $prefix === '' ? $name : ($name === '' ? $prefix : "$prefix/$name");
            if ($node->localName === 'dir') {
                $walk($node, $path);
            } elseif ($node->localName === 'file') {
                $listed[$path] = $node->getAttribute('role');
            }
        }
    };
    foreach ($doc->getElementsByTagName('contents') as $contents) {
        foreach ($contents->childNodes as $dir) {
            if ($dir instanceof DOMElement && $dir->localName === 'dir') {
                $walk($dir, trim($dir->getAttribute('name'), '/'));
            }
        }
    }
    return $listed;
}

function check(string $xml, string $fresh, array $release, array $ship): int
{
    try {
        $listed = listed_files($xml);
    } catch (RuntimeException $e) {
        fwrite(STDERR, $e->getMessage() . "\n");
        return 1;
    }
    $problems = [];
    foreach ($ship as $path => $role) {
        if (!is_file($path)) {
            $problems[] = "tracked but missing in the work tree (git rm it, or restore it): $path";
        }
        if (!isset($listed[$path])) {
            $problems[] = "not listed: $path (role $role)";
        } elseif ($listed[$path] !== $role) {
            $problems[] = "wrong role: $path is \"{$listed[$path]}\", should be \"$role\"";
        }
    }
    foreach ($listed as $path => $role) {
        if (isset($ship[$path])) {
            continue;
        }
        if (!is_file($path)) {
            $problems[] = "listed but missing: $path";
        } else {
            $problems[] = "listed but not shipped (untracked, or a rule leaves it out): $path";
        }
        if (!in_array($role, ROLES, true)) {
            $problems[] = "unexpected role \"$role\": $path";
        }
    }
    if (!$problems && $fresh !== $xml) {
        $problems[] = "date, version ({$release['version']}), notes or file order differ from php_wxpayscore.h and CHANGELOG.md";
    }
    if ($problems) {
        fwrite(STDERR, "package.xml is stale:\n  " . implode("\n  ", $problems) . "\nrun: php scripts/package-xml.php\n");
        return 1;
    }
    echo "package.xml lists all " . count($ship) . " shipped files (version {$release['version']})\n";
    return 0;
}
