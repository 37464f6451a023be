#!/bin/sh
# The whole test suite: build the extension if needed, check generated and formatted files, run
# the C core tests, then the phpt suite three times — with ext-psr loaded, without it, and with
# ext-psr under opcache with protect_memory — against the local test server; with CI=true also
# on a debug ZTS PHP (scripts/debug-zts.sh). Ends with "N passed, N failed".
#   scripts/test.sh              everything
#   scripts/test.sh --valgrind   the phpt suite under valgrind memcheck (USE_ZEND_ALLOC=0)
#   scripts/test.sh tests/async  one folder or file of phpt tests (all three passes)
set -u
cd "$(dirname "$0")/.."
. scripts/lib.sh

mode=plain
if [ "${1:-}" = "--valgrind" ]; then
	mode=valgrind
	shift
fi
targets=${*:-tests}

wxps_install_deps || exit 1
wxps_apt clang-format clang-format || exit 1
wxps_apt php-cgi php8.2-cgi || exit 1
[ "$mode" = valgrind ] && { wxps_apt valgrind valgrind || exit 1; }
[ "$mode" = plain ] && { opcache_so=$(wxps_opcache_extension) || exit 1; }
wxps_build || exit 1
psr_so=$(wxps_psr_extension) || { echo "cannot fetch php8.2-psr" >&2; exit 1; }

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }
check() { # check <name> <command...>: one counted check
	name=$1
	shift
	if "$@"; then count 1 0; else echo "FAILED: $name" >&2; count 0 1; fi
}

if [ "$targets" = tests ] && [ "$mode" = plain ]; then
	check "arginfo is fresh" scripts/gen-stubs.sh --check
	check "C sources are clang-formatted" clang-format --dry-run --Werror $(wxps_c_sources)
	check "C core tests" tests/core/run.sh
	check "package.xml lists every shipped file" scripts/package-check.sh
	check "config.m4, config.w32 and git list the same C sources" scripts/sources-check.sh
	check "config.m4, config.w32, package.xml, composer.json and the READMEs state one PHP floor" scripts/version-check.sh
	check "the glue uses only the PHP API reviewed for 8.3-8.5 (scripts/php-api.list)" scripts/api-check.sh
	check "IDE stubs and phpstan" scripts/ide-check.sh
	if [ "${CI:-}" = true ]; then
		# Installs into the system PHP and uninstalls again: CI machines only.
		check "pecl package, pecl install, one call" scripts/package-install-check.sh
		# The whole suite under ASan+UBSan, and the C-heavy folders once under valgrind memcheck.
		check "phpt suite under ASan and UBSan" scripts/sanitize.sh --head
		check "client, async, config, certificate, stats, egress, bill, media and fault tests under valgrind" scripts/test.sh --valgrind \
			tests/client tests/async tests/config tests/certs tests/stats tests/egress tests/bills tests/media tests/faults
	fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wxps_test_ini "$tmp/php.ini"
run_args="-q -j2 --no-color --no-progress --show-diff"
if [ "$mode" = valgrind ]; then
	# Only PHP itself runs under valgrind, not the test server it starts.
	export VALGRIND_OPTS="--trace-children-skip=* --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$PWD/tests/valgrind.supp"
	# PCRE's JIT writes code valgrind cannot follow.
	run_args="-q -j2 -m --no-color --no-progress --show-diff -d pcre.jit=0"
fi

# phpt_pass <label> [extra php args]: one run of the suite; a skip counts as a failure unless
# its reason says which pass runs the test. The log is read as text (grep -a): a failed test's
# diff may hold NUL bytes, and grep would then print neither the diff nor the SKIP lines counted.
phpt_pass() {
	label=$1
	shift
	echo "== phpt, $label"
	TEST_PHP_EXECUTABLE=$(command -v php) TEST_PHP_SRCDIR=$PWD NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
		php -n -c "$tmp/php.ini" run-tests.php -n -c "$tmp/php.ini" "$@" \
		-d "extension=$PWD/modules/wxpayscore.so" $run_args $targets >"$tmp/log" 2>&1
	wxps_phpt_tally "$tmp/log" "$label"
	count "$tally_passed" "$tally_failed"
}
phpt_pass "with ext-psr" -d "extension=$psr_so"
# Under valgrind one pass is enough: the two differ only in what loads at startup.
[ "$mode" = valgrind ] || phpt_pass "without ext-psr"
# opcache for the CLI, its shared memory read-only while a script runs and no file cache: a write
# into a string the extension does not own (a script's literal is interned there) crashes the
# test instead of a merchant's server. The test ini loads opcache when the system enables it;
# otherwise this pass loads it. tests/config/opcache_active.phpt proves it is active.
if [ "$mode" = plain ]; then
	set --
	php -n -c "$tmp/php.ini" -m | grep -qx 'Zend OPcache' || set -- -d "zend_extension=$opcache_so"
	phpt_pass "with opcache (protect_memory)" -d "extension=$psr_so" "$@" -d opcache.enable=1 -d opcache.enable_cli=1 \
		-d opcache.protect_memory=1 -d opcache.file_cache=
fi

# After the release build: the whole suite (both ext-psr passes) on PHP 8.2 built with
# --enable-debug --enable-zts from Debian's source, cached in ~/.cache/wxpayscore (the first
# build takes about ten minutes; later runs reuse it). Leaks and refcount asserts fail tests there.
if [ "$targets" = tests ] && [ "$mode" = plain ] && [ "${CI:-}" = true ]; then
	check "phpt suite on PHP 8.2 debug ZTS" scripts/debug-zts.sh --head
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
