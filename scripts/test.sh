#!/bin/sh
# The whole test suite: build the extension if needed, check generated files, run the C core
# tests and the phpt suite against the local test server. Ends with "N passed, N failed".
#   scripts/test.sh              everything
#   scripts/test.sh --valgrind   the phpt suite under valgrind memcheck (USE_ZEND_ALLOC=0)
#   scripts/test.sh tests/client one folder or file of phpt tests
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
[ "$mode" = valgrind ] && wxps_apt valgrind valgrind
wxps_build || exit 1

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

if [ "$targets" = tests ] && [ "$mode" = plain ]; then
	if scripts/gen-stubs.sh --check; then count 1 0; else count 0 1; fi
	if clang-format --dry-run --Werror wxpayscore.c php_wxpayscore.h src/*/*.[ch] tests/core/*.c; then
		count 1 0
	else
		echo "C sources are not clang-formatted (run: clang-format -i <file>)" >&2
		count 0 1
	fi
	out=$(tests/core/run.sh 2>&1); rc=$?
	printf '%s\n' "$out" | tail -n 3
	if [ $rc -eq 0 ]; then count 1 0; else count 0 1; fi
fi

log=$(mktemp)
run_args="-q -j2 --no-color --no-progress --show-diff"
if [ "$mode" = valgrind ]; then
	# Only PHP itself runs under valgrind, not the test server it starts.
	export VALGRIND_OPTS="--trace-children-skip=* --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite"
	run_args="-q -m --no-color --no-progress --show-diff"
fi
NO_INTERACTION=1 REPORT_EXIT_STATUS=1 make -s test TESTS="$run_args $targets" 2>&1 | tee "$log"
phpt_passed=$(grep -c '^PASS' "$log")
phpt_failed=$(grep -Ec '^(FAIL|BORK|LEAK|SKIP|WARN)' "$log")
count "$phpt_passed" "$phpt_failed"
if [ "$phpt_passed" -eq 0 ]; then
	count 0 1
fi
rm -f "$log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
