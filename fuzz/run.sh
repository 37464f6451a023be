#!/bin/bash
# fuzz/run.sh [seconds] [target...]: build every libFuzzer target of the C core, replay the
# inputs under fuzz/regressions/, then fuzz each target for the given time (default 60 s),
# as many at once as there are cores (FUZZ_JOBS overrides). Prints per target the executions,
# the time and any finding; exits non-zero on a finding or a build failure.
#   fuzz/run.sh              all targets, 60 s each
#   fuzz/run.sh 10 base64_decode uri_expand
# Working corpora (grown across runs) and crash inputs stay in fuzz/build/ (not committed).
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
. scripts/lib.sh

seconds=${1:-60}
[ $# -gt 0 ] && shift
case $seconds in '' | *[!0-9]*)
	echo "usage: fuzz/run.sh [seconds] [target...]" >&2
	exit 2
	;;
esac

CC=${FUZZ_CC:-clang-14}
build=$root/fuzz/build

fuzz_deps() {
	wxps_apt "$CC" "$CC" &&
		wxps_apt /usr/include/x86_64-linux-gnu/curl/curl.h libcurl4-openssl-dev &&
		wxps_apt /usr/include/openssl/evp.h libssl-dev &&
		wxps_apt pkg-config pkg-config &&
		wxps_apt openssl openssl || return 1
	# clang-14 comes without its runtimes: libFuzzer and the sanitizers are a package of their own.
	wxps_apt "$("$CC" -print-file-name=libclang_rt.fuzzer-x86_64.a)" libclang-rt-14-dev
}

all_targets() {
	for f in "$root"/fuzz/fuzz_*.c; do
		f=${f##*/fuzz_}
		echo "${f%.c}"
	done
}

# The core once as an archive, instrumented for coverage; each target links what it uses.
build_core() {
	local obj=$build/obj f o
	rm -rf "$obj"
	mkdir -p "$obj"
	for f in "$root"/src/core/*.c; do
		o=$obj/$(basename "${f%.c}").o
		# shellcheck disable=SC2086
		$CC $CFLAGS -fsanitize=fuzzer-no-link,$SAN -I"$root/src/core" $DEPS_CFLAGS -c "$f" -o "$o" || return 1
	done
	rm -f "$build/libwxps_core.a"
	ar rcs "$build/libwxps_core.a" "$obj"/*.o
}

build_target() {
	# shellcheck disable=SC2086
	$CC $CFLAGS -fsanitize=fuzzer,$SAN -I"$root/src/core" -I"$root/fuzz" $DEPS_CFLAGS \
		"$root/fuzz/fuzz_$1.c" "$build/libwxps_core.a" $DEPS_LIBS -o "$build/fuzz_$1"
}

# Inputs that once found a bug must never crash again.
replay_regressions() {
	local dir=$root/fuzz/regressions/$1 log=$build/logs/$1.regressions.log
	[ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] || return 0
	if ! "$build/fuzz_$1" -runs=1 "$dir"/* >"$log" 2>&1; then
		echo "fuzz_$1: a regression input fails again:" >&2
		grep -E '^(SUMMARY|==[0-9]+==ERROR|Running: )|property failed' "$log" >&2
		return 1
	fi
}

fuzz_target() {
	local name=$1 dict=$root/fuzz/dict/$1.dict log=$build/logs/$1.log
	local work=$build/corpus/$1 findings=$build/findings/$1/
	local args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=2048
		-artifact_prefix="$findings")
	mkdir -p "$work" "$findings"
	[ -f "$dict" ] && args+=(-dict="$dict")
	# The first directory takes new inputs; the committed seeds and the keys are read only.
	local dirs=("$work")
	[ -d "$root/fuzz/corpus/$name" ] && dirs+=("$root/fuzz/corpus/$name")
	[ -d "$seeds/$name" ] && dirs+=("$seeds/$name")
	local start=$SECONDS
	"$build/fuzz_$name" "${args[@]}" "${dirs[@]}" >"$log" 2>&1
	echo "$? $((SECONDS - start))" >"$build/logs/$name.status"
}

report_target() {
	local name=$1 log=$build/logs/$1.log rc secs execs
	read -r rc secs <"$build/logs/$name.status"
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		printf '%-18s %10s execs %5s s  no finding\n' "$name" "${execs:-?}" "$secs"
		return 0
	fi
	printf '%-18s %10s execs %5s s  FINDING (exit %s), log %s\n' "$name" "${execs:-?}" "$secs" "$rc" "$log"
	grep -E '^(SUMMARY|==[0-9]+==ERROR)|property failed|runtime error|Test unit written' "$log" |
		head -n 6 | sed 's/^/    /'
	return 1
}

fuzz_deps || exit 1
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(all_targets); fi
for t in "${targets[@]}"; do
	[ -f "$root/fuzz/fuzz_$t.c" ] || { echo "no target fuzz/fuzz_$t.c" >&2; exit 2; }
done

CFLAGS="-g -O1 -fno-omit-frame-pointer -Wall -Wextra -Wno-unused-parameter"
SAN="address,undefined -fno-sanitize-recover=undefined"
DEPS_CFLAGS=$(pkg-config --cflags openssl libcurl)
DEPS_LIBS=$(pkg-config --libs openssl libcurl)
mkdir -p "$build/logs"
echo "building ${#targets[@]} targets with $CC" >&2
build_core || { echo "fuzz: the core does not build" >&2; exit 1; }
for t in "${targets[@]}"; do
	build_target "$t" || { echo "fuzz: fuzz_$t does not build" >&2; exit 1; }
done

seeds=$(mktemp -d "${TMPDIR:-/tmp}/wxps-fuzz-seeds.XXXXXX")
trap 'rm -rf "$seeds"' EXIT
trap 'exit 130' INT TERM
fuzz/key-seeds.sh "$seeds" || exit 1

failed=0
for t in "${targets[@]}"; do
	replay_regressions "$t" || failed=1
done

jobs=${FUZZ_JOBS:-$(nproc)}
echo "fuzzing each target for $seconds s, $jobs at a time" >&2
for t in "${targets[@]}"; do
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
		wait -n
	done
	fuzz_target "$t" &
done
wait

found=0
for t in "${targets[@]}"; do
	report_target "$t" || found=$((found + 1))
done
echo "$((${#targets[@]} - found)) passed, $found failed"
[ "$found" -eq 0 ] && [ "$failed" -eq 0 ]
