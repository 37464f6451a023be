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

	wxps_buf_init(&out);
	rc = wxps_apiv2_hmac(algorithm ? ZSTR_VAL(algorithm) : "sha256", ZSTR_VAL(thing), ZSTR_LEN(thing),
	                     ZSTR_VAL(key), ZSTR_LEN(key), &out);
	if (rc > 0) {
		wxps_buf_free(&out);
		RETURN_FALSE;
	}
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "HMAC failed");
}

ZEND_METHOD(WxPayScore_Crypto_Hash, equals)
{
	zend_string *known = NULL, *user = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(known)
		Z_PARAM_STR_OR_NULL(user)
	ZEND_PARSE_PARAMETERS_END();

	if (!known || !user) {
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
