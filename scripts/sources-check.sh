#!/bin/sh
# Fails, naming each file and the lists it is missing from, when config.m4's sources, config.w32's
# sources and the C files git tracks (wxpayscore.c and src/) are not the same set.
set -eu
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# config.m4: the words ending in .c from WXPS_SOURCES=" up to its closing quote.
sed -n '/^[[:space:]]*WXPS_SOURCES="/,/"[[:space:]]*$/p' config.m4 |
	grep -oE '[A-Za-z0-9_./-]+\.c' >"$tmp/config.m4" || true

# config.w32: EXTENSION("wxpayscore", "<files>", ...) and
# ADD_SOURCES(configure_module_dirname + "/<dir>", "<files>", "wxpayscore").
{
	sed -nE 's/.*EXTENSION\("wxpayscore", "([^"]*)".*/\1/p' config.w32 | tr ' ' '\n'
	sed -nE 's/.*ADD_SOURCES\(configure_module_dirname \+ "\/([^"]*)", "([^"]*)".*/\1 \2/p' config.w32 |
		while read -r dir files; do
			for f in $files; do
				echo "$dir/$f"
			done
		done
} | grep -v '^$' >"$tmp/config.w32" || true

if git rev-parse --git-dir >/dev/null 2>&1; then
	git ls-files -- wxpayscore.c 'src/*.c' >"$tmp/git"
	tracked="git ls-files"
else
	find wxpayscore.c src -name '*.c' | sort >"$tmp/git"
	tracked="the tree"
fi

status=0
for list in config.m4 config.w32; do
	if [ ! -s "$tmp/$list" ]; then
		echo "$list: no source list found" >&2
		status=1
	fi
	for f in $(sort "$tmp/$list" | uniq -d); do
		echo "$f: listed twice in $list" >&2
		status=1
	done
done

sort -u "$tmp/config.m4" "$tmp/config.w32" "$tmp/git" >"$tmp/all"
while read -r f; do
	missing=
	grep -qxF "$f" "$tmp/config.m4" || missing="$missing, config.m4"
	grep -qxF "$f" "$tmp/config.w32" || missing="$missing, config.w32"
	grep -qxF "$f" "$tmp/git" || missing="$missing, $tracked"
	if [ -n "$missing" ]; then
		echo "$f: missing from ${missing#, }" >&2
		status=1
	fi
done <"$tmp/all"

[ "$status" -eq 0 ] || echo "sources differ: list every .c in config.m4 and config.w32" >&2
exit $status
