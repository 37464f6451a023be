#!/bin/sh
# The web-tier benchmark: nginx + php8.2-fpm (a private config and pool under bench/build/fpm,
# 127.0.0.1 only), a checkout endpoint that builds a fresh client and makes one Pay Score call
# against the sandbox, loaded with wrk; wxpayscore vs wechatpay-php (or its model) side by side.
#   bench/fpm.sh           full run (~10 min), writes bench/build/fpm.md
#   bench/fpm.sh --quick   short runs (~2 min), writes bench/build/fpm.quick.md
#   bench/fpm.sh --perf    also profiles the opcache-on pools with perf (bench/build/fpm/perf-*.txt)
# bench/run.sh runs it and appends the section to RESULTS.md. Installs nginx, php8.2-fpm and wrk
# (apt, as root) but never touches their system config or services: every process this starts
# is stopped at the end, on failure too.
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
QUICK=
PERF=
for arg in "$@"; do
	case $arg in
	--quick) QUICK=--quick ;;
	--perf) PERF=--perf ;;
	*) echo "usage: bench/fpm.sh [--quick] [--perf]" >&2; exit 2 ;;
	esac
done

if [ -z "${BENCH_SETUP_DONE:-}" ]; then
	. "$BENCH/setup.sh"
else
	say() { echo "[bench] $*" >&2; }
	need() { command -v "$1" >/dev/null 2>&1 || [ -e "$1" ] || { echo "missing $1" >&2; exit 1; }; }
fi
# The packages' own services are not started here: only private instances.
need nginx nginx
need /usr/sbin/php-fpm8.2 php8.2-fpm
need wrk wrk
[ -z "$PERF" ] || need perf linux-perf

RUN="$BENCH/build/fpm"
# Whatever fpm.php leaves behind if it is killed: stopped by the pid files it wrote, and only those.
cleanup() {
	for pidfile in "$RUN/fpm.pid" "$RUN/nginx.pid"; do
		if [ -f "$pidfile" ]; then
			pid=$(cat "$pidfile")
			[ -n "$pid" ] && kill "$pid" 2>/dev/null || true
			rm -f "$pidfile"
		fi
	done
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

php "$BENCH/fpm.php" $QUICK $PERF
