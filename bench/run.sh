#!/bin/sh
# The side-by-side benchmark in one command: wxpayscore vs wechatpay-php (Guzzle): per call
# (bench.php), under PHP-FPM (fpm.sh), a 2 000-call async batch vs Guzzle's pool (pool.php), and
# the async scheduler's cost per call at 1 000 and 10 000 calls (scheduler.php, ours alone).
#   bench/run.sh           full run, writes bench/RESULTS.md
#   bench/run.sh --quick   smoke run for CI (a few iterations, no thresholds), writes bench/build/RESULTS.quick.md
# Installs what it misses: php8.2-cgi, php8.2-fpm, nginx, wrk, hyperfine, a C compiler and OpenSSL
# headers (apt, as root), and the PHP SDK with Composer into bench/vendor.
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
QUICK=
case "${1:-}" in
--quick) QUICK=--quick ;;
'') ;;
*) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

. "$BENCH/setup.sh"
need php-cgi php8.2-cgi
need hyperfine hyperfine
need valgrind valgrind

say "compiling the RSA floor program"
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
cc -O2 -Wall -o "$BENCH/build/floor" "$BENCH/floor.c" $(pkg-config --cflags --libs libcrypto)

php "$BENCH/bench.php" $QUICK
# The web tier, the async batch and the scheduler, each appending its section to the same results.
BENCH_SETUP_DONE=1 "$BENCH/fpm.sh" $QUICK
php "$BENCH/pool.php" $QUICK
{
	printf '\n## The async scheduler: one batch of 1 000 vs one of 10 000 calls (ours alone)\n\n'
	php "$BENCH/scheduler.php" --so="$BENCH/build/wxpayscore.so" ${QUICK:+--rounds=1}
	printf '\nFrom `bench/scheduler.php`: client CPU per call, HTTP to one sandbox without delay, concurrency 32, best of the rounds.\n'
} >"$BENCH/build/scheduler.md"
if [ -n "$QUICK" ]; then
	cat "$BENCH/build/fpm.quick.md" "$BENCH/build/pool.quick.md" "$BENCH/build/scheduler.md" >>"$BENCH/build/RESULTS.quick.md"
else
	cat "$BENCH/build/fpm.md" "$BENCH/build/pool.md" "$BENCH/build/scheduler.md" >>"$BENCH/RESULTS.md"
fi
