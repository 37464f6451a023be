#!/bin/sh
# Fails, naming the files, when package.xml misses a shipped file, lists one that is gone or
# no longer ships, or disagrees with php_wxpayscore.h / CHANGELOG.md. Fix: php scripts/package-xml.php
set -eu
cd "$(dirname "$0")/.."

php scripts/package-xml.php --check

# The PEAR packager's own validation (schema, roles, files present) when PEAR is installed.
if command -v pear >/dev/null 2>&1; then
	out=$(pear -q package-validate package.xml 2>&1) || {
		printf '%s\n' "$out" >&2
		echo "package.xml: pear package-validate failed" >&2
		exit 1
	}
	if printf '%s\n' "$out" | grep -q '^Warning'; then
		printf '%s\n' "$out" >&2
	fi
fi
