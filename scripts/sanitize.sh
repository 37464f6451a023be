#!/bin/sh
# The phpt suite against an ASan+UBSan build of the extension, made with clang-14 in a copy
# of the tree (the developer's build is left alone). Ends with "N passed, N failed"; exits
# non-zero on a failed test or on any sanitizer report, which is printed.
#   scripts/sanitize.sh                      the whole suite, on the files of the work tree
#   scripts/sanitize.sh --head tests/client  one folder or file, on the last commit
# WXPS_SANITIZE_KEEP=1 keeps the work directory (build, logs) and prints where it is.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
. scripts/lib.sh

CC=${SANITIZE_CC:-clang-14}
from=worktree
if [ "${1:-}" = "--head" ]; then
	from=head
	shift
fi
targets=${*:-tests}

wxps_install_deps || exit 1
wxps_apt "$CC" "$CC" || exit 1
asan_rt=$("$CC" -print-file-name=libclang_rt.asan-x86_64.so)
# clang-14 comes without its runtimes; they are a package of their own.
wxps_apt "$asan_rt" libclang-rt-14-dev || exit 1
asan_rt=$("$CC" -print-file-name=libclang_rt.asan-x86_64.so)
wxps_apt llvm-symbolizer-14 llvm-14 || exit 1
psr_so=$(wxps_psr_extension) || { echo "cannot fetch php8.2-psr" >&2; exit 1; }
php=$(command -v php)

work=$(mktemp -d "${TMPDIR:-/tmp}/wxps-sanitize.XXXXXX")
if [ "${WXPS_SANITIZE_KEEP:-0}" = 1 ]; then
	trap 'echo "work directory kept: $work" >&2' EXIT
else
	trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM
src=$work/src
mkdir -p "$src" "$work/bin" "$work/reports"

wxps_copy_tree "$from" "$src" || exit 1

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
echo "building with $CC and ASan+UBSan in $src" >&2
(
	cd "$src" &&
		phpize &&
		./configure CC="$CC" CFLAGS="-g -O1 $san" LDFLAGS="-fsanitize=address,undefined" &&
		make -j2
) >"$work/build.log" 2>&1 || {
	tail -n 40 "$work/build.log" >&2
	echo "sanitize: the build failed" >&2
	exit 1
}
if grep -q 'warning:' "$work/build.log"; then
	grep 'warning:' "$work/build.log" >&2
fi
cc -shared -fPIC -O1 -o "$work/nodeepbind.so" scripts/sanitize/nodeepbind.c -ldl || exit 1

# Only the PHP that runs a test, and any PHP it starts, gets the sanitizer runtime. Tests start
# PHP_BINARY themselves, so php-asan makes itself PHP_BINARY (exec -a) and sees every command.
# The sandboxes tests start are not under test and run plain:
# stopped by SIGTERM, PHP leaves its objects unfreed, which LeakSanitizer would report.
# Reports are named after the outermost script (the test, for run-tests).
cat >"$work/bin/php-asan" <<EOF
#!/bin/bash
name=php
for arg; do
	case \$arg in
	*/sandbox/sandbox.php | */tests/utils/proxy.php) exec "$work/bin/php-plain" "\$@" ;;
	*.php) name=\${arg##*/} ;;
	esac
done
export WXPS_SANITIZE_SCRIPT=\${WXPS_SANITIZE_SCRIPT:-\$name}
ASAN_OPTIONS="\$ASAN_OPTIONS:log_path=$work/reports/\$WXPS_SANITIZE_SCRIPT" \\
	UBSAN_OPTIONS="\$UBSAN_OPTIONS:log_path=$work/reports/\$WXPS_SANITIZE_SCRIPT" \\
	LD_PRELOAD="$work/nodeepbind.so:$asan_rt" exec -a "\$0" "$php" "\$@"
EOF
# The real binary as PHP_BINARY, so what a plain PHP starts runs plain too.
cat >"$work/bin/php-plain" <<EOF
#!/bin/sh
unset LD_PRELOAD ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS WXPS_SANITIZE_SCRIPT
exec "$php" "\$@"
EOF
chmod +x "$work/bin/php-asan" "$work/bin/php-plain"

# Reports go to files as well as into the test's output: a leak found at exit would not
# change the output that run-tests compares, so the files are what decides.
reports=$work/reports
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:verify_asan_link_order=0:strict_string_checks=0:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/asan"
export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
# Every allocation through malloc, so ASan sees it; the module stays mapped for leak stacks.
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
export WXPS_SERVER_PHP="$work/bin/php-plain"
export TEST_PHP_EXECUTABLE="$work/bin/php-asan" TEST_PHP_SRCDIR="$src"
export NO_INTERACTION=1 REPORT_EXIT_STATUS=1

ini=$work/php.ini
wxps_test_ini "$ini"
passed=0
failed=0

# ext-psr's own MINIT leaks the arg_info PHP copies for its interfaces (1224 bytes in 9 blocks,
# the same with ext-psr loaded alone). The suppression names its MINIT, which only the slow
# unwinder can see through the stock PHP binary's frames, so that pass pays for it.
asan_options=$ASAN_OPTIONS
export ASAN_OPTIONS="$asan_options:fast_unwind_on_malloc=0:malloc_context_size=8"
export LSAN_OPTIONS="suppressions=$root/scripts/sanitize/lsan-psr.supp:print_suppressions=0"
wxps_phpt_pass "under ASan+UBSan" "with ext-psr" -d "extension=$psr_so"
export ASAN_OPTIONS="$asan_options"
unset LSAN_OPTIONS
wxps_phpt_pass "under ASan+UBSan" "without ext-psr"

nreports=$(find "$reports" -type f | wc -l)
if [ "$nreports" -gt 0 ]; then
	for f in "$reports"/*; do
		echo "==== sanitizer report $f" >&2
		cat "$f" >&2
	done
	echo "sanitize: $nreports sanitizer report(s)" >&2
	failed=$((failed + nreports))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
