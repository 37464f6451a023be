# Shared by the scripts: install what is missing, build the extension.

# wxps_apt <command-or-file> <package>...: install the packages when the first is missing.
wxps_apt() {
	probe=$1
	shift
	if command -v "$probe" >/dev/null 2>&1 || [ -e "$probe" ]; then
		return 0
	fi
	if [ "$(id -u)" != 0 ]; then
		echo "missing $probe: install $* (as root: apt-get install -y $*)" >&2
		return 1
	fi
	echo "installing $*" >&2
	[ -n "${WXPS_APT_UPDATED:-}" ] || { apt-get update -qq >&2 && WXPS_APT_UPDATED=1; }
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

wxps_install_deps() {
	wxps_apt phpize php8.2-dev &&
	wxps_apt /usr/include/x86_64-linux-gnu/curl/curl.h libcurl4-openssl-dev &&
	wxps_apt /usr/include/openssl/evp.h libssl-dev &&
	wxps_apt pkg-config pkg-config &&
	wxps_apt /usr/share/php/PhpParser php-parser
}

# Build modules/wxpayscore.so, configuring first when the tree is fresh.
wxps_build() {
	if [ ! -f Makefile ]; then
		{ phpize && ./configure; } >build.log 2>&1 || { cat build.log >&2; return 1; }
	fi
	make -s -j2 >build.log 2>&1 || { cat build.log >&2; return 1; }
	if grep -q 'warning:' build.log; then
		grep 'warning:' build.log >&2
	fi
	return 0
}
