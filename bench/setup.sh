# What every benchmark script needs, sourced by bench/run.sh and bench/fpm.sh (BENCH and ROOT set):
# need() installs Debian packages as root; then the extension copy under bench/build and the PHP
# SDK (or its model) under bench/vendor.

. "$ROOT/scripts/lib.sh"

say() { echo "[bench] $*" >&2; }

# need <command-or-file> <debian-package>...: scripts/lib.sh's wxps_apt, ending the run when it cannot.
need() {
	wxps_apt "$@" || exit 1
}

need /etc/php/8.2/mods-available/curl.ini php8.2-curl
need /etc/php/8.2/mods-available/mbstring.ini php8.2-mbstring
need cc gcc
need pkg-config pkg-config
need /usr/include/openssl/evp.h libssl-dev
need unzip unzip

mkdir -p "$BENCH/build"

# The extension: built when there is none. The run uses a copy, so that a rebuild in the
# tree during the run cannot swap the module between two measurements.
if [ ! -f "$ROOT/modules/wxpayscore.so" ]; then
	say "building the extension"
	(cd "$ROOT" && wxps_install_deps && wxps_build) || exit 1
fi
cp "$ROOT/modules/wxpayscore.so" "$BENCH/build/wxpayscore.so"

# Composer. Debian's composer package cannot be installed beside php8.2-psr (its Symfony
# contracts break php-psr), so when there is no composer the Debian packages are fetched with
# `apt-get download` and unpacked under build/, and run with no php.ini (so without ext-psr).
composer_run() {
	if command -v composer >/dev/null 2>&1; then
		composer "$@"
		return
	fi
	croot="$BENCH/build/composer"
	if [ ! -f "$croot/usr/bin/composer" ]; then
		say "fetching Composer (Debian packages, unpacked under bench/build)"
		[ -n "${WXPS_APT_UPDATED:-}" ] || { apt-get update -qq >&2 && WXPS_APT_UPDATED=1; }
		rm -rf "$croot.debs"
		mkdir -p "$croot.debs"
		# composer and the PHP libraries it needs, minus PHP itself and its extensions.
		pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
			--no-replaces --no-enhances composer | grep -E '^(composer|jsonlint|php-[a-z0-9-]+)$' |
			grep -vE '^php-(cli|common|intl|mbstring|curl|xml|zip)$' | sort -u)
		# shellcheck disable=SC2086 # one package a word
		(cd "$croot.debs" && apt-get download $pkgs) >&2
		for deb in "$croot.debs"/*.deb; do
			dpkg -x "$deb" "$croot"
		done
		rm -rf "$croot.debs"
	fi
	php -n -d include_path=".:$croot/usr/share/php" -d extension=curl -d extension=mbstring \
		"$croot/usr/bin/composer" "$@"
}

# wechatpay/wechatpay from the registry when it has it, else the model of its request path.
cd "$BENCH"
say "installing wechatpay/wechatpay into bench/vendor"
if composer_run update --no-interaction --no-progress >"$BENCH/build/composer.log" 2>&1; then
	say "wechatpay/wechatpay installed"
else
	if grep -qiE 'could not be found|could not find|not found' "$BENCH/build/composer.log"; then
		say "the registry has no wechatpay/wechatpay: installing bench/sdk-model (see RESULTS.md)"
	else
		cat "$BENCH/build/composer.log" >&2
		exit 1
	fi
	# A path package is copied once; drop the copy so that edits of sdk-model are picked up.
	rm -rf "$BENCH/vendor/wxpayscore-bench"
	COMPOSER=composer-model.json composer_run update --no-interaction --no-progress >"$BENCH/build/composer.log" 2>&1 ||
		{ cat "$BENCH/build/composer.log" >&2; exit 1; }
fi
