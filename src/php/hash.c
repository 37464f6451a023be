/* WxPayScore\Crypto\Hash: the APIv2 digests (MD5, HMAC) and a comparison in constant time. */
#include "wxps_php.h"

#include "zend_attributes.h"

#include "wxps_hash.h"

#include "hash_arginfo.h"

ZEND_METHOD(WxPayScore_Crypto_Hash, md5)
{
	zend_string *thing, *key = NULL;
	zval *agency = NULL;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(key)
		Z_PARAM_ZVAL(agency)
	ZEND_PARSE_PARAMETERS_END();

	wxps_buf_init(&out);
	rc = wxps_apiv2_md5(ZSTR_VAL(thing), ZSTR_LEN(thing), key ? ZSTR_VAL(key) : "", key ? ZSTR_LEN(key) : 0,
	                    agency && zend_is_true(agency), &out);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "MD5 failed");
}

/* A hash name is 1 to 32 printable ASCII characters: anything else is refused without quoting it. */
static bool wxps_hash_name_shape(const zend_string *name)
{
	size_t i;

	if (ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > 32) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(name); i++) {
		if (ZSTR_VAL(name)[i] <= ' ' || ZSTR_VAL(name)[i] > '~') {
			return false;
		}
	}
	return true;
}

ZEND_METHOD(WxPayScore_Crypto_Hash, hmac)
{
	zend_string *thing, *key, *algorithm = NULL;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(thing)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(algorithm)
	ZEND_PARSE_PARAMETERS_END();

	/* As hash_init() in the SDK: a name HMAC cannot use is refused, not answered with false. */
	/* hash_init() in the SDK refuses an HMAC without a key. */
	if (ZSTR_LEN(key) == 0) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "Hash::hmac(): the key is empty");
		RETURN_THROWS();
	}
	if (algorithm && !wxps_hash_name_shape(algorithm)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "Hash::hmac(): the algorithm is not a hash name");
		RETURN_THROWS();
	}
	wxps_buf_init(&out);
	rc = wxps_apiv2_hmac(algorithm ? ZSTR_VAL(algorithm) : "sha256", ZSTR_VAL(thing), ZSTR_LEN(thing),
	                     ZSTR_VAL(key), ZSTR_LEN(key), &out);
	if (rc > 0) {
		wxps_buf_free(&out);
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "Hash::hmac(): HMAC cannot use the algorithm \"%s\"",
		               algorithm ? ZSTR_VAL(algorithm) : "sha256");
		RETURN_THROWS();
	}
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "HMAC failed");
}

ZEND_METHOD(WxPayScore_Crypto_Hash, equals)
{
	zend_string *known = NULL, *user = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(known)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(user)
	ZEND_PARSE_PARAMETERS_END();

	if (!user) {
		RETURN_FALSE;
	}
	RETURN_BOOL(wxps_equals(ZSTR_VAL(known), ZSTR_LEN(known), ZSTR_VAL(user), ZSTR_LEN(user)));
}

ZEND_METHOD(WxPayScore_Crypto_Hash, sign)
{
	zend_string *type, *data, *key;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(type)
		Z_PARAM_STR(data)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	/* Another type, "MD5\0..." included, is null: the SDK looks $type up as an array key. */
	if (ZSTR_LEN(type) != strlen(ZSTR_VAL(type))) {
		RETURN_NULL();
	}
	/* As the SDK's sign(), which calls its hmac(): HMAC needs a key. */
	if (zend_string_equals_literal(type, WXPS_SIGN_TYPE_HMAC_SHA256) && ZSTR_LEN(key) == 0) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "Hash::sign(): the HMAC-SHA256 key is empty");
		RETURN_THROWS();
	}
	wxps_buf_init(&out);
	rc = wxps_apiv2_sign(ZSTR_VAL(type), ZSTR_VAL(data), ZSTR_LEN(data), ZSTR_VAL(key), ZSTR_LEN(key), &out);
	if (rc > 0) {
		wxps_buf_free(&out);
		RETURN_NULL();
	}
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "APIv2 sign failed");
}

void php_wxps_register_hash_class(void)
{
	register_class_WxPayScore_Crypto_Hash();
}
