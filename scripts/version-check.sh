#!/bin/sh
# Fails when the places that state the oldest supported PHP disagree: the compat header's
# PHP_WXPS_PHP_MIN, config.m4's and config.w32's configure checks, package.xml's <php><min>, composer.json's
# "php" requirement and both READMEs (which also must not claim an older PHP anywhere).
set -u
cd "$(dirname "$0")/.."

min=$(sed -n 's/^#define PHP_WXPS_PHP_MIN \([0-9]*\)$/\1/p' src/php/php_wxps_compat.h)
if [ -z "$min" ]; then
	echo "version-check: no PHP_WXPS_PHP_MIN in src/php/php_wxps_compat.h" >&2
	exit 1
fi
major=$((min / 10000))
minor=$((min / 100 % 100))
v=$major.$minor
status=0
expect() { # expect <file> <fixed string> <what it states>
	if ! grep -qF -- "$2" "$1"; then
		echo "version-check: $1 does not state $3 ($2)" >&2
		status=1
	fi
}

expect config.m4 "test \"\$PHP_VERSION_ID\" -lt $min" "the configure floor"
expect config.m4 "needs PHP $v or later" "the configure error"
expect config.w32 "PHP_MINOR_VERSION < $minor" "the Windows configure floor"
expect config.w32 "PHP_VERSION < $major " "the Windows configure floor"
expect config.w32 "needs PHP $v or later" "the Windows configure error"
expect package.xml "<min>$v.0</min>" "the PEAR dependency"
expect composer.json "\"php\": \">=$v\"" "the Composer requirement"
expect README.md "PHP $v or later" "the floor"
expect README.zh-CN.md "PHP $v 及以上" "the floor"

# No older minor claimed in the READMEs: "PHP 8.1" (any minor below the floor) must not appear.
m=0
while [ "$m" -lt "$minor" ]; do
	for f in README.md README.zh-CN.md; do
		if grep -nE "PHP $major\.$m([^0-9]|$)" "$f" >&2; then
			echo "version-check: $f names PHP $major.$m, below the floor $v" >&2
			status=1
		fi
	done
	m=$((m + 1))
done
[ "$status" -eq 0 ] || echo "version-check: the oldest supported PHP is $v (PHP_WXPS_PHP_MIN); make every place say so" >&2
exit "$status"
