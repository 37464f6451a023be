#!/bin/sh
# Keeps the review of newer PHPs honest: the PHP and Zend API names the glue uses (src/php,
# wxpayscore.c and the generated arginfo) must be exactly those in scripts/php-api.list, which php_wxps_compat.h
# says were read against php-src's UPGRADING.INTERNALS for 8.3, 8.4 and 8.5. A name used and not
# listed fails until it has been reviewed too; a name listed and no longer used fails so the list
# stays true.   scripts/api-check.sh [--update]   (--update rewrites the list after a review)
set -u
cd "$(dirname "$0")/.."

list=scripts/php-api.list
used=$(mktemp)
trap 'rm -f "$used"' EXIT

# Comments go first so that prose naming an API does not count; then every identifier of PHP's
# API families. The extension's own names (php_wxps_*, PHP_WXPS_*, PHP_WXPAYSCORE_*) are not PHP's.
# The headers included from PHP count as names too ("#include ext/json/php_json.h"): 8.5 removed some.
src="wxpayscore.c php_wxpayscore.h src/php/*.c src/php/*.h stubs/*_arginfo.h"
own='^#include (config\.h|php_wxpayscore|php_wxps_|wxps_|[a-z_]+_arginfo)'
{
	# shellcheck disable=SC2086 # $src is a list of globs on purpose
	sed -n 's/^#include "\([^"]*\)".*/#include \1/p' $src | grep -vE "$own"
	# shellcheck disable=SC2086
	for f in $src; do
		grep -v '^#include' "$f" | sed -e 's://.*$::' | perl -0pe 's:/\*.*?\*/::gs'
	done |
	grep -oE '\b(zend_[a-z0-9_]+|_?php_[a-z0-9_]+|smart_str_[a-z0-9_]+|add_(assoc|next_index|index)_[a-z0-9_]+|array_init[a-z_]*|object_(init_ex|properties_init)|zval_[a-z0-9_]+|(e|pe|safe_e)(m|c|re)alloc|e?free|pefree|estrn?dup|call_user_function|empty_fcall_info[a-z_]*|spl_ce_[A-Za-z]+|(Z|ZVAL|ZSTR|ZEND|GC|OBJ|RETURN|RETVAL|PHP|STD_PHP|HT|IS|EG|CG|PG)_[A-Za-z0-9_]+|EG|CG|PG|SUCCESS|FAILURE)\b' |
		grep -vE '^(php_wxps_|PHP_WXPS_|PHP_WXPAYSCORE|zend_wxpayscore_globals$|free$)'
} | sort -u >"$used"

if [ "${1:-}" = --update ]; then
	cp "$used" "$list"
	echo "api-check: $list now lists $(wc -l <"$list") names"
	exit 0
fi
if ! diff -u "$list" "$used" >/dev/null 2>&1; then
	echo "api-check: the glue's PHP API differs from $list (+ used, not reviewed; - listed, unused):" >&2
	diff -u "$list" "$used" | sed -n 's/^\([+-][^+-]\)/  \1/p' >&2
	echo "api-check: read each new name against UPGRADING.INTERNALS 8.3-8.5 (src/php/php_wxps_compat.h), then scripts/api-check.sh --update" >&2
	exit 1
fi
