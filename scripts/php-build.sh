#!/bin/sh
# Builds PHP 8.2 with --enable-debug --enable-zts from Debian's php8.2 source package, and
# ext-psr against it from Debian's php-psr, into a cache outside the clone; prints its prefix.
# The cache is keyed by the source version and the configure line, and reused when present.
#   scripts/php-build.sh          build (or reuse) and print the prefix
#   scripts/php-build.sh --path   print the prefix of a finished build of this configure line, offline
# WXPS_PHP_CACHE overrides the cache folder (default ~/.cache/wxpayscore).
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh

cache=${WXPS_PHP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wxpayscore}
# What the suite and the sandbox use, and nothing more: every other extension is off.
configure_line="--enable-debug --enable-zts --disable-all --disable-phpdbg --enable-cli --enable-cgi
--with-openssl --with-zlib --enable-pcntl --enable-posix --enable-sockets --enable-ctype
--enable-tokenizer --enable-filter --enable-mbstring --disable-mbregex"
# shellcheck disable=SC2086
configure_line=$(echo $configure_line)

if [ "${1:-}" = "--path" ]; then
	# The newest complete build of this configure line, if any.
	for d in "$cache"/php-8.2-debug-zts-*; do
		[ -f "$d/psr.so" ] && [ "$(sed -n 2p "$d/BUILD" 2>/dev/null)" = "$configure_line" ] &&
			echo "$d" && exit 0
	done
	exit 1
fi

wxps_apt dpkg-source dpkg-dev >&2
wxps_apt /usr/include/openssl/evp.h libssl-dev >&2
wxps_apt /usr/include/zlib.h zlib1g-dev >&2
wxps_apt pkg-config pkg-config >&2

mkdir -p "$cache"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# A private deb-src list made from the system's own deb entries, with lists of its own, so the
# system's sources, lists and package caches stay as they are.
apt_dir=$work/apt
mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial"
if [ -f /etc/apt/sources.list ]; then
	sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' /etc/apt/sources.list >"$apt_dir/sources.list"
else
	: >"$apt_dir/sources.list"
fi
for f in /etc/apt/sources.list.d/*.list; do
	[ -f "$f" ] && sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f" >"$apt_dir/parts/${f##*/}"
done
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] && sed 's/^Types:.*/Types: deb-src/' "$f" >"$apt_dir/parts/${f##*/}"
done
apt_src() { # apt_src apt-get|apt-cache <args>...
	tool=$1
	shift
	"$tool" -q -o Dir::Etc::sourcelist="$apt_dir/sources.list" -o Dir::Etc::sourceparts="$apt_dir/parts" \
		-o Dir::State::lists="$apt_dir/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
		-o APT::Sandbox::User=root "$@"
}
# A repository without sources fails its part of the update; what matters is what follows.
apt_src apt-get update >"$work/apt.log" 2>&1 || true
versions=$(apt_src apt-cache showsrc php8.2 2>/dev/null | sed -n 's/^Version: //p' | sort -rV | uniq)
[ -n "$versions" ] || {
	cat "$work/apt.log" >&2
	# No sources to be had: an earlier build of the same configure line still serves.
	scripts/php-build.sh --path && exit 0
	echo "php-build: no php8.2 source package is listed" >&2
	exit 1
}

prefix_of() { # prefix_of <version>: the cache folder of that source version and this configure line
	echo "$cache/php-8.2-debug-zts-$(printf '%s\n%s\n' "$1" "$configure_line" | sha256sum | cut -c1-12)"
}
# A finished build of a listed version is reused as it is.
for version in $versions; do
	prefix=$(prefix_of "$version")
	if [ -f "$prefix/BUILD" ] && [ -f "$prefix/psr.so" ]; then
		echo "$prefix"
		exit 0
	fi
done
# Else the newest version whose source can be fetched (a listed version's files may be missing),
# or one whose PHP is built and only ext-psr is left to do.
prefix=
for version in $versions; do
	prefix=$(prefix_of "$version")
	[ -f "$prefix/BUILD" ] && break
	echo "php-build: fetching the php8.2 $version source" >&2
	if (cd "$work" && apt_src apt-get source --download-only "php8.2=$version") >>"$work/apt.log" 2>&1; then
		break
	fi
	prefix=
done
[ -n "$prefix" ] || {
	cat "$work/apt.log" >&2
	echo "php-build: could not fetch a php8.2 source" >&2
	exit 1
}
# ext-psr: its upstream tarball is all the build needs (Debian's part only packages it).
(cd "$work" && apt_src apt-get source --download-only php-psr) >>"$work/apt.log" 2>&1 || true
psr_tar=$(find "$work" -maxdepth 1 -name 'php-psr_*.orig.tar.*' | head -n 1)
[ -n "$psr_tar" ] || {
	cat "$work/apt.log" >&2
	echo "php-build: could not fetch the php-psr source" >&2
	exit 1
}
(cd "$work" && mkdir psr-src && tar -C psr-src -xf "$psr_tar") >>"$work/apt.log" 2>&1 || {
	cat "$work/apt.log" >&2
	echo "php-build: could not unpack the php-psr source" >&2
	exit 1
}
psr_src=$work/psr-src

if [ ! -f "$prefix/BUILD" ]; then
	wxps_apt autoconf autoconf >&2
	wxps_apt /usr/share/aclocal/libtool.m4 libtool >&2
	wxps_apt /usr/bin/shtool shtool >&2
	rm -rf "$prefix"
	(cd "$work" && dpkg-source -x php8.2_*.dsc php-src) >>"$work/apt.log" 2>&1 || {
		cat "$work/apt.log" >&2
		echo "php-build: could not unpack the php8.2 source" >&2
		exit 1
	}
	echo "php-build: building php8.2 $version ($configure_line) into $prefix; make -j2 takes a while" >&2
	(
		cd "$work/php-src" &&
			# Debian's patches change configure's inputs, so configure is made again.
			PHP_AUTOCONF=autoconf ./buildconf --force &&
			# shellcheck disable=SC2086
			./configure --prefix="$prefix" --with-config-file-scan-dir="$prefix/conf.d" $configure_line &&
			make -j2 &&
			make install &&
			# Debian's phpize takes pkg.m4 and libtool's macros from PREFIX/share/aclocal.
			mkdir -p "$prefix/share/aclocal" &&
			cp /usr/share/aclocal/pkg.m4 /usr/share/aclocal/libtool.m4 /usr/share/aclocal/ltoptions.m4 \
				/usr/share/aclocal/ltsugar.m4 /usr/share/aclocal/ltversion.m4 /usr/share/aclocal/lt~obsolete.m4 \
				"$prefix/share/aclocal/"
	) >"$work/php.log" 2>&1 || {
		tail -n 60 "$work/php.log" >&2
		echo "php-build: the PHP build failed" >&2
		rm -rf "$prefix"
		exit 1
	}
	printf '%s\n%s\n' "$version" "$configure_line" >"$prefix/BUILD"
fi

# ext-psr's source package keeps the extension at its top or in a folder of its own.
psr_dir=$(dirname "$(find "$psr_src" -name config.m4 -not -path '*/debian/*' | head -n 1)")
(
	cd "$psr_dir" &&
		"$prefix/bin/phpize" &&
		./configure --with-php-config="$prefix/bin/php-config" &&
		make -j2 &&
		cp modules/psr.so "$prefix/psr.so"
) >"$work/psr.log" 2>&1 || {
	tail -n 60 "$work/psr.log" >&2
	echo "php-build: the ext-psr build failed" >&2
	exit 1
}
# Builds of other keys are stale: a new source version or configure line replaced them.
for old in "$cache"/php-8.2-debug-zts-*; do
	[ "$old" = "$prefix" ] || rm -rf "$old"
done
echo "$prefix"
