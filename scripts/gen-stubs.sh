#!/bin/sh
# Regenerate stubs/*_arginfo.h with the gen_stub.php that php-dev installs; --check fails on a stale header.
set -eu
cd "$(dirname "$0")/.."
build_dir="$(php-config --extension-dir | sed 's#/[^/]*$##')/$(php-config --phpapi)/build"
[ -f "$build_dir/gen_stub.php" ] || build_dir="$(dirname "$(command -v phpize)")/../lib/php/build"
gen="$build_dir/gen_stub.php"
[ -f "$gen" ] || { echo "gen_stub.php not found (install php-dev)" >&2; exit 1; }

# gen_stub.php fetches PHP-Parser from the network; the distribution's php-parser is the same API.
parser="$build_dir/PHP-Parser-4.15.1/lib/PhpParser"
if [ ! -e "$parser" ] && [ -d /usr/share/php/PhpParser ]; then
	mkdir -p "$(dirname "$parser")" && ln -s /usr/share/php/PhpParser "$parser"
fi

if [ "${1:-}" = "--check" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	cp stubs/*.stub.php "$tmp/"
	php "$gen" -f "$tmp" >/dev/null
	status=0
	for h in "$tmp"/*_arginfo.h; do
		if ! cmp -s "$h" "stubs/$(basename "$h")"; then
			echo "stale: stubs/$(basename "$h") (run: make stubs)" >&2
			status=1
		fi
	done
	exit $status
fi
php "$gen" -f stubs
