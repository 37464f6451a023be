#!/bin/sh
# The phpt suite, with ext-psr and without it, on PHP 8.2 built with --enable-debug --enable-zts
# (scripts/php-build.sh, cached outside the clone), against a build of the extension made in a copy
# of the tree. A debug PHP reports leaks into a test's output and asserts on refcounts, so either
# fails the test. Ends with "N passed, N failed"; exits non-zero on any failure.
#   scripts/debug-zts.sh                      the whole suite, on the files of the work tree
#   scripts/debug-zts.sh --head tests/client  one folder or file, on the last commit
# WXPS_DEBUG_KEEP=1 keeps the work directory (build, logs) and prints where it is.
set -u
cd "$(dirname "$0")/.."
. scripts/lib.sh

from=worktree
if [ "${1:-}" = "--head" ]; then
	from=head
	shift
fi
targets=${*:-tests}

prefix=$(scripts/php-build.sh) || { echo "debug-zts: no debug ZTS PHP" >&2; exit 1; }
php=$prefix/bin/php

work=$(mktemp -d "${TMPDIR:-/tmp}/wxps-debug-zts.XXXXXX")
if [ "${WXPS_DEBUG_KEEP:-0}" = 1 ]; then
	trap 'echo "work directory kept: $work" >&2' EXIT
else
	trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM
src=$work/src
mkdir -p "$src"

wxps_copy_tree "$from" "$src" || exit 1

echo "building against $("$php" -r 'echo PHP_VERSION, PHP_DEBUG ? " debug" : "", PHP_ZTS ? " ZTS" : "";') in $src" >&2
(
	cd "$src" &&
		"$prefix/bin/phpize" &&
		./configure --with-php-config="$prefix/bin/php-config" &&
		make -j2
) >"$work/build.log" 2>&1 || {
	tail -n 40 "$work/build.log" >&2
	echo "debug-zts: the build failed" >&2
	exit 1
}
# The compiler's warnings; autoconf's own about phpize's macros are not ours.
if grep 'warning:' "$work/build.log" | grep -qv '^configure.ac:'; then
	grep 'warning:' "$work/build.log" | grep -v '^configure.ac:' >&2
fi

# Every extension the suite needs is built into this PHP: no system ini, whose shared
# extensions belong to the release build.
ini=$work/php.ini
: >"$ini"
export TEST_PHP_EXECUTABLE="$php" TEST_PHP_SRCDIR="$src" NO_INTERACTION=1 REPORT_EXIT_STATUS=1
passed=0
failed=0

wxps_phpt_pass "on PHP debug ZTS" "with ext-psr" -d "extension=$prefix/psr.so"
wxps_phpt_pass "on PHP debug ZTS" "without ext-psr"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
