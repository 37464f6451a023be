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
	wxps_apt /usr/include/zlib.h zlib1g-dev &&
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

# The path of ext-psr's psr.so, fetched from Debian's php8.2-psr into .cache/ without installing
# the package: installed, it conflicts with Debian's composer, and it would load into every PHP
# process, where userland psr/http-message (Composer projects, the benchmark) cannot coexist.
wxps_psr_extension() {
	so="$PWD/.cache/psr/usr/lib/php/$(php-config --phpapi)/psr.so"
	if [ ! -f "$so" ]; then
		mkdir -p .cache/psr
		( cd .cache/psr && apt-get download php8.2-psr >/dev/null 2>&1 ||
			{ apt-get update -qq >/dev/null 2>&1 && apt-get download php8.2-psr >/dev/null 2>&1; } ) &&
		dpkg-deb -x .cache/psr/php8.2-psr_*.deb .cache/psr || return 1
	fi
	echo "$so"
}

# The path of opcache.so, from Debian's php8.2-opcache (installed when missing).
wxps_opcache_extension() {
	so="$(php -r 'echo ini_get("extension_dir");')/opcache.so"
	wxps_apt "$so" php8.2-opcache || return 1
	echo "$so"
}

# An ini with the system's settings and extensions, but never a system-wide psr or wxpayscore.
wxps_test_ini() {
	ini=$1
	: >"$ini"
	for f in $(php -r 'echo php_ini_loaded_file(), "\n", str_replace(",", "\n", (string) php_ini_scanned_files());'); do
		grep -Ev '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?(psr|wxpayscore)(\.so)?"?[[:space:]]*$' "$f" >>"$ini"
	done
}

# The project's own C files (those git tracks, when this is a checkout).
wxps_c_sources() {
	if git rev-parse --git-dir >/dev/null 2>&1; then
		git ls-files -- '*.c' '*.h' | grep -Ev '^(stubs/.*_arginfo\.h|fuzz/)'
	else
		ls wxpayscore.c php_wxpayscore.h src/*/*.[ch] tests/core/*.[ch]
	fi
}

# wxps_copy_tree <worktree|head> <dest>: the sources into dest, for a build apart from the
# developer's: in a checkout, HEAD or the tracked and new files as they are in the work tree
# (build products and ignored files stay out); in a release tree, all but what a build leaves.
wxps_copy_tree() {
	if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		tar -cf - --exclude=./.git --exclude='*.lo' --exclude='*.o' --exclude='*.la' --exclude=.libs \
			--exclude=./modules --exclude=./Makefile --exclude=./config.status --exclude=./.cache . |
			tar -C "$2" -xf -
	elif [ "$1" = head ]; then
		git archive HEAD | tar -C "$2" -xf -
	else
		git ls-files -z --cached --others --exclude-standard |
			xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\n" "$f"; done' sh |
			tar -cf - -T - | tar -C "$2" -xf -
	fi
}

# wxps_phpt_pass <heading> <label> [php args]: one run of the phpt suite in a build apart from the
# release one (scripts/sanitize.sh, scripts/debug-zts.sh): run-tests.php of $src with PHP $php and
# the ini $ini on $targets, its log kept in $work, counted by wxps_phpt_tally into passed and failed.
wxps_phpt_pass() {
	heading=$1
	label=$2
	shift 2
	log=$work/phpt-$(echo "$label" | tr ' ' '-').log
	echo "== phpt $heading, $label"
	(
		cd "$src" &&
			# shellcheck disable=SC2086 # $targets is a list of paths on purpose
			"$php" -n -c "$ini" run-tests.php -n -c "$ini" "$@" -d "extension=$src/modules/wxpayscore.so" \
				-q -j2 --no-color --no-progress --show-diff $targets
	) >"$log" 2>&1
	wxps_phpt_tally "$log" "$label"
	passed=$((passed + tally_passed))
	failed=$((failed + tally_failed))
}

# wxps_phpt_tally <log> <label>: print what a run-tests log holds besides its passes, then
# "N passed, N failed (label)"; sets tally_passed and tally_failed. LEAK&FAIL and the like count
# as failures, and so does a skip unless its reason names the pass that runs the test (ends with
# "pass"); a run with no pass at all is one failure more. A test that run-tests ran again because
# its first output named a passing trouble of the machine ("timed out", "connection refused") and
# that then passed is printed and counted as passed; any other WARN is a failure.
wxps_phpt_tally() {
	local retried='^WARN .*\(warn: Test passed on retry attempt\)$'
	grep -aE '^(PASS|FAIL|SKIP|BORK|LEAK|WARN)|^[0-9]+[+-] ' "$1" | grep -av '^PASS' || true
	tally_passed=$(($(grep -ac '^PASS' "$1") + $(grep -aEc "$retried" "$1")))
	tally_failed=$(($(grep -aE '^(FAIL|BORK|LEAK|WARN)[ &]' "$1" | grep -aEvc "$retried") +
		$(grep -a '^SKIP' "$1" | grep -avc 'pass$')))
	echo "$tally_passed passed, $tally_failed failed ($2)"
	[ "$tally_passed" -gt 0 ] || tally_failed=$((tally_failed + 1))
}
