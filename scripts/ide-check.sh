#!/bin/sh
# Checks the IDE stubs of ide/: they match what scripts/gen-ide-stubs.php makes from the openapi
# data, PHPStan (level max, sealed array shapes) finds no error in the documented calls
# (tests/ide/seeds.php), and it reports each mistake marked in tests/ide/misspelled.php.
# Installs PHPStan and symfony/yaml into tools/ with Composer when they are missing.
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh

wxps_apt composer composer
if [ ! -x tools/vendor/bin/phpstan ] || [ ! -d tools/vendor/symfony/yaml ]; then
	echo "installing tools/ (composer install -d tools)" >&2
	composer install -q --no-interaction --no-progress -d tools >&2
fi

passed=0
failed=0

openapi=${WXPS_OPENAPI:-../shared/openapi}
if [ -d "$openapi/payscore" ]; then
	if php scripts/gen-ide-stubs.php --check --openapi="$openapi"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
else
	echo "no openapi data at $openapi: ide/ not compared with the generator (set WXPS_OPENAPI)" >&2
fi

phpstan="php -d memory_limit=1G tools/vendor/bin/phpstan analyse --no-progress -c tests/ide/phpstan.neon"

if $phpstan; then
	echo "phpstan: no error in tests/ide/seeds.php"
	passed=$((passed + 1))
else
	echo "phpstan: tests/ide/seeds.php should have no error" >&2
	failed=$((failed + 1))
fi

# phpstan exits 1 when it finds errors; the JSON report says which.
report=$($phpstan --error-format=json tests/ide/misspelled.php 2>/dev/null) || true
if printf '%s' "$report" | php -r '
$report = json_decode(stream_get_contents(STDIN), true);
if (!is_array($report)) { fwrite(STDERR, "phpstan gave no JSON report\n"); exit(1); }
$found = [];
foreach ($report["files"] ?? [] as $file) {
    foreach ($file["messages"] as $m) {
        $found[$m["line"]][] = $m["message"] . " " . ($m["tip"] ?? "");
    }
}
$status = 0;
foreach (file($argv[1]) as $i => $line) {
    $n = $i + 1;
    if (preg_match("~^\s*[$].*// error: (\S+)~", $line, $want)) {
        $hit = array_filter($found[$n] ?? [], fn ($text) => str_contains($text, $want[1]));
        if (!$hit) { fwrite(STDERR, "misspelled.php:$n: expected an error naming $want[1]\n"); $status = 1; }
        echo "phpstan flags misspelled.php:$n ($want[1])\n";
        unset($found[$n]);
    }
}
foreach ($found as $n => $texts) {
    fwrite(STDERR, "misspelled.php:$n: unexpected: " . implode(" | ", $texts) . "\n");
    $status = 1;
}
exit($status);
' tests/ide/misspelled.php; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
fi

echo "ide-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
