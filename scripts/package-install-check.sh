#!/bin/sh
# Proves the PECL release end to end: `pecl package` packs exactly the files package.xml lists,
# `pecl install` builds and installs that tarball into this system's PHP, the installed module
# makes one signed call to the test server, and `pecl uninstall` removes it again, so the tree's
# own modules/wxpayscore.so stays the only one the test suite loads. Needs root (system install).
#   scripts/package-install-check.sh             pack the files as they are in the work tree
#   scripts/package-install-check.sh --rev HEAD  pack them as committed (others' edits left out)
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--rev" ]; then
	# A detached checkout of that commit, checked by its own copy of this script.
	tree=$(mktemp -d "${TMPDIR:-/tmp}/wxps-rev.XXXXXX")
	git worktree add -q --detach "$tree" "${2:?--rev needs a commit}"
	status=0
	"$tree/scripts/package-install-check.sh" || status=$?
	git worktree remove --force "$tree"
	exit $status
fi
root=$(pwd)
. scripts/lib.sh

wxps_install_deps
wxps_apt pecl php-pear

scripts/package-check.sh

version=$(sed -n 's/^#define PHP_WXPAYSCORE_VERSION "\(.*\)"$/\1/p' php_wxpayscore.h)
ext_dir=$(php-config --extension-dir)
ini_glob="/etc/php/*/conf.d/*.ini /etc/php/*/mods-available/*.ini"

# An ini that already loads wxpayscore would make every test warn about a double load.
if php -m 2>/dev/null | grep -qx wxpayscore; then
	# shellcheck disable=SC2086
	echo "wxpayscore is already loaded by the system PHP ($(grep -l wxpayscore $ini_glob 2>/dev/null | tr '\n' ' ')): disable it first" >&2
	exit 1
fi
if pecl list 2>/dev/null | grep -q '^wxpayscore '; then
	echo "wxpayscore is already installed with pecl: run 'pecl uninstall wxpayscore' first" >&2
	exit 1
fi
# shellcheck disable=SC2086
inis_before=$(grep -l wxpayscore $ini_glob 2>/dev/null || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/wxps-pecl.XXXXXX")
backup=""
cleanup() {
	status=$?
	# It was not installed when we started, so an installed one is ours.
	if pecl list 2>/dev/null | grep -q '^wxpayscore '; then
		pecl uninstall wxpayscore >"$work/uninstall.log" 2>&1 || {
			cat "$work/uninstall.log" >&2
			echo "pecl uninstall wxpayscore failed" >&2
			status=1
		}
	fi
	# pecl on Debian writes no ini, but a packaging hook might: leave none enabled behind.
	# shellcheck disable=SC2086
	for ini in $(grep -l wxpayscore $ini_glob 2>/dev/null || true); do
		case "
$inis_before
" in
		*"
$ini
"*) ;;
		*) echo "removing $ini (left by the install)" >&2; rm -f "$ini" ;;
		esac
	done
	if [ -n "$backup" ]; then
		mv "$backup" "$ext_dir/wxpayscore.so"
	fi
	rm -rf "$work"
	exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A module that pecl does not own (a `make install` of the dev tree) is put back afterwards.
if [ -e "$ext_dir/wxpayscore.so" ]; then
	backup="$work/wxpayscore.so.orig"
	cp -p "$ext_dir/wxpayscore.so" "$backup"
fi

# Pack from a copy holding only the listed files: the tarball must build from package.xml alone.
mkdir "$work/src"
php scripts/package-xml.php --list | while read -r _role path; do
	mkdir -p "$work/src/$(dirname "$path")"
	cp -p "$path" "$work/src/$path"
done
cp package.xml "$work/src/"
tgz="wxpayscore-$version.tgz"
(cd "$work/src" && pecl package package.xml) >"$work/package.log" 2>&1 || {
	cat "$work/package.log" >&2
	echo "pecl package failed" >&2
	exit 1
}
grep -i 'warning' "$work/package.log" >&2 || true
echo "packed $tgz ($(wc -c <"$work/src/$tgz") bytes, $(tar -tzf "$work/src/$tgz" | wc -l) entries)"

start=$(date +%s)
printf '\n' | pecl install "$work/src/$tgz" >"$work/install.log" 2>&1 || {
	tail -n 40 "$work/install.log" >&2
	echo "pecl install $tgz failed" >&2
	exit 1
}
[ -f "$ext_dir/wxpayscore.so" ] || { echo "pecl install left no $ext_dir/wxpayscore.so" >&2; exit 1; }
echo "pecl install: built and installed $ext_dir/wxpayscore.so in $(($(date +%s) - start)) s"

# One real call with the installed module, against the test server that ships in the tarball.
cd "$work/src"
got=$(php -d extension=wxpayscore -r '
require "tests/utils/server.inc";
if (phpversion("wxpayscore") !== $argv[1]) { fwrite(STDERR, "loaded wxpayscore " . phpversion("wxpayscore") . "\n"); exit(1); }
$s = wxps_test_server();
echo wxps_test_client($s)->v3->payscore->serviceorder->_out_order_no_->pay->post(["out_order_no" => "P1", "json" => ["appid" => "wx1", "service_id" => "1"]])["out_order_no"];
' "$version" 2>&1) || true
cd "$root"
if [ "$got" != "P1" ]; then
	printf '%s\n' "$got" >&2
	echo "the installed module did not make the call" >&2
	exit 1
fi
echo "installed wxpayscore $version: POST v3/payscore/serviceorder/P1/pay answered out_order_no=P1"
