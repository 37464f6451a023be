/* php_wxps_compat: the one place where the glue meets PHP versions other than 8.2.
 * The floor, and what php-src's UPGRADING.INTERNALS says changed in an API the glue uses. */
#ifndef PHP_WXPS_COMPAT_H
#define PHP_WXPS_COMPAT_H

#include "php.h"

/* PHP 8.2 is the oldest PHP built and tested: the glue uses 8.2's ZEND_STR_SENSITIVEPARAMETER
 * (#[\SensitiveParameter] on secrets) and zend_string_equals_cstr(). config.m4 refuses an older
 * PHP before a compiler sees this; scripts/version-check.sh keeps the two in step. */
#define PHP_WXPS_PHP_MIN 80200
#if PHP_VERSION_ID < PHP_WXPS_PHP_MIN
#error "wxpayscore needs PHP 8.2 or later"
#endif

/* PHP 8.3, 8.4 and 8.5, reviewed against the APIs the glue uses (README, "Supported PHP"):
 *
 * 8.4 UPGRADING.INTERNALS (an early revision of it), section 1:
 * - Z_PARAM_FUNC_NO_TRAMPOLINE_FREE and Z_PARAM_FUNC_EX2 are new; plain Z_PARAM_FUNC and
 *   Z_PARAM_FUNC_OR_NULL, which the glue uses, still free trampolines as before: no change.
 * - ext/standard/php_rand.h, php_random.h, php_lcg.h and php_mt_rand.h are gone: the glue
 *   includes none of them (randomness comes from OpenSSL in the core): no change.
 * - zend_register_module_ex(), the zend_mm_* custom handlers, zend_object_iterator_funcs and
 *   __zend_malloc() changed: the glue calls none of them: no change.
 * - Sections 2-5 (build system, ext/dom, random, xsl, libxml, date, pcre, opcodes): config.m4
 *   uses none of the removed macros (PHP_DEFINE, PHP_WITH_SHARED, ...); of ext/date only
 *   php_format_date(), unchanged.
 *
 * 8.3 and 8.5: not yet reviewed against their UPGRADING.INTERNALS, so nothing is guarded for
 * them; until they are, the README lists both as neither built nor reviewed.
 *
 * A change that needs code goes below, as a PHP_VERSION_ID test around a macro of ours. */

#endif
