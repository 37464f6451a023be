/* php_wxps_compat: the one place where the glue meets PHP versions other than 8.2.
 * The floor, and what php-src's UPGRADING.INTERNALS says changed in an API the glue uses. */
#ifndef PHP_WXPS_COMPAT_H
#define PHP_WXPS_COMPAT_H

/* 8.3 stopped Zend's headers from including C headers their users happened to rely on ("errno.h"
 * among them): the glue includes what it uses itself (errno, strerror, offsetof, time). */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <time.h>

#include "php.h"

/* PHP 8.2 is the oldest PHP built and tested: the glue uses 8.2's ZEND_STR_SENSITIVEPARAMETER
 * (#[\SensitiveParameter] on secrets) and zend_string_equals_cstr(). config.m4 and config.w32
 * refuse an older PHP before a compiler sees this; scripts/version-check.sh keeps them in step. */
#define PHP_WXPS_PHP_MIN 80200
#if PHP_VERSION_ID < PHP_WXPS_PHP_MIN
#error "wxpayscore needs PHP 8.2 or later"
#endif

/* The review. Every PHP and Zend name the glue and its generated arginfo use is listed in
 * scripts/php-api.list (scripts/api-check.sh fails CI when the code and the list differ); each was
 * read against php-src's UPGRADING.INTERNALS for 8.3, 8.4 and 8.5 (the revisions the search index
 * holds: 8.3 of July 2023, 8.4 of mid-2024, 8.5 of mid-2025, none the final text) and its
 * declaration compared with 8.2's headers and with the newest php-src headers found (8.5 and
 * 8.6-dev). What touches the glue:
 *
 * 8.3
 * - Zend headers include fewer C headers: the includes above.
 * - zend_class_entry.default_object_handlers is new; setting std.handlers in create_object, as
 *   every class here does, still works: no change.
 * - Return types changed from int to zend_result (zend_list_delete, ...): none the glue calls.
 *
 * 8.4
 * - zend_is_true() returns bool (was int): used as a boolean: no change.
 * - Z_PARAM_FUNC and Z_PARAM_FUNC_OR_NULL expand through the new Z_PARAM_FUNC_EX2 and still free
 *   trampolines as before; zend_fcall_info_cache gains a field: the glue starts from
 *   empty_fcall_info_cache and fills fields by name: no change.
 * - zend_string_equals_literal(), _ci and zend_string_starts_with_literal() take string literals
 *   only ("" literal): every call here passes a literal or a macro of one: no change.
 * - ext/standard/php_rand.h and friends are gone, zend_register_module_ex() and the zend_mm
 *   handlers changed: none used. config.m4 uses none of the removed macros (PHP_DEFINE,
 *   PHP_WITH_SHARED, PHP_SETUP_OPENSSL's third argument): it finds OpenSSL with pkg-config.
 *
 * 8.5
 * - zend_exception_get_default() and zend_get_error_exception() are gone, and the STR_* and
 *   IS_INTERNED() aliases: the glue uses zend_ce_* and ZSTR_* only: no change.
 * - zend_object_handlers gains clone_obj_with: handlers are copied from the standard ones and
 *   set by name: no change.
 * - HASH_KEY_IS_* became an enum: the glue ignores zend_hash_get_current_key()'s result: no change.
 * - ext/standard/php_smart_string*.h and php_std_date() are gone: the glue includes
 *   zend_smart_str.h and calls php_format_date(): no change.
 * - Build: PHP_DEF_HAVE, PHP_OUTPUT, PHP_TEST_BUILD, SIZEOF_PTRDIFF_T ... removed: none used.
 *
 * Unchanged from 8.2 in the newest headers read: the zend_hash, zend_string, smart_str,
 * exception, gc-buffer, object, ZPP and resource functions, php_json_encode_ex/decode_ex,
 * php_format_date, php_implode, php_array_merge, php_check_open_basedir and the php_stream_*
 * macros. Only const was added to some parameters (zend_hash_copy, zend_read_property, ...).
 *
 * After 8.5 (php-src's development notes for 8.6, guarded ahead of time):
 * - XtOffsetOf() is removed: the glue uses offsetof().
 * - zend_create_fake_closure() takes the bound $this as a zend_object*: the macro below.
 * - The _php_stream_* functions become php_stream_*: the glue calls only the php_stream_* names.
 *
 * A change that needs code goes below, as a PHP_VERSION_ID test around a macro of ours. */

/* A closure over method fn of an object (this is a zval holding the object). */
#if PHP_VERSION_ID >= 80600
#define php_wxps_fake_closure(res, fn, scope, this) zend_create_fake_closure(res, fn, scope, scope, Z_OBJ_P(this))
#else
#define php_wxps_fake_closure(res, fn, scope, this) zend_create_fake_closure(res, fn, scope, scope, this)
#endif

#endif
