/* WxPayScore\Crypto\Rsa: keys from every form wechatpay-php takes, SHA256-RSA signatures
 * and OAEP encryption, done by the core. */
#include "wxps_php.h"

#include "zend_attributes.h"

#include "wxps_rsa.h"
#include "wxps_sign.h"

#include "rsa_arginfo.h"

/* Rsa::KEY_TYPE_PRIVATE (1) or KEY_TYPE_PUBLIC (0); -1 after throwing. */
static int wxps_rsa_key_type(zend_string *type)
{
	if (!type || zend_string_equals_literal(type, "private")) {
		return 1;
	}
	if (zend_string_equals_literal(type, "public")) {
		return 0;
	}
	php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "$type must be Rsa::KEY_TYPE_PRIVATE or Rsa::KEY_TYPE_PUBLIC");
	return -1;
}

EVP_PKEY *php_wxps_rsa_key(zval *v, bool private_key, const char *subject)
{
	wxps_error err;
	EVP_PKEY *key;

	wxps_error_clear(&err);
	key = php_wxps_key_from_zval(v, private_key, subject, &err);
	if (!key && !EG(exception)) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s", err.message);
	}
	return key;
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, from)
{
	zval *thing;
	zend_string *type = NULL;
	EVP_PKEY *key;
	int private_key;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();

	if ((private_key = wxps_rsa_key_type(type)) < 0) {
		RETURN_THROWS();
	}
	if (!(key = php_wxps_rsa_key(thing, private_key, "$thing"))) {
		RETURN_THROWS();
	}
	php_wxps_return_key(return_value, key, private_key);
}

/* "scheme://" + base64, the form wechatpay-php's sugar methods build. */
static void wxps_rsa_from_scheme(zval *return_value, const char *scheme, zend_string *thing, bool private_key)
{
	wxps_buf src;
	wxps_error err;
	EVP_PKEY *key;

	wxps_buf_init(&src);
	wxps_error_clear(&err);
	if (wxps_buf_append_str(&src, scheme) != 0 || wxps_buf_append(&src, ZSTR_VAL(thing), ZSTR_LEN(thing)) != 0) {
		wxps_buf_free(&src);
		php_wxps_throw(PHP_WXPS_INTERNAL, "out of memory");
		return;
	}
	key = wxps_key_load_any(src.data, src.len, private_key, &err);
	wxps_buf_free(&src);
	if (!key) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "$thing: %s", err.message);
		return;
	}
	php_wxps_return_key(return_value, key, private_key);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, fromPkcs1)
{
	zend_string *thing, *type = NULL;
	int private_key;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();

	if ((private_key = wxps_rsa_key_type(type)) < 0) {
		RETURN_THROWS();
	}
	wxps_rsa_from_scheme(return_value, private_key ? "private.pkcs1://" : "public.pkcs1://", thing, private_key);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, fromPkcs8)
{
	zend_string *thing;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();

	wxps_rsa_from_scheme(return_value, "private.pkcs8://", thing, true);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, fromSpki)
{
	zend_string *thing;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();

	wxps_rsa_from_scheme(return_value, "public.spki://", thing, false);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, pkcs1ToSpki)
{
	zend_string *thing;
	wxps_error err;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();

	wxps_buf_init(&out);
	wxps_error_clear(&err);
	rc = wxps_pkcs1_to_spki(ZSTR_VAL(thing), ZSTR_LEN(thing), &out, &err);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_UNEXPECTED_VALUE, "$thing: %s", err.message);
}

/* Rsa::encrypt() and Rsa::decrypt(): the same shape, the key's side and the direction aside. */
typedef int (*wxps_rsa_crypt_fn)(EVP_PKEY *key, int padding, const char *in, size_t len, wxps_buf *out,
                                 wxps_error *err);

static void wxps_rsa_crypt(INTERNAL_FUNCTION_PARAMETERS, bool private_key, wxps_rsa_crypt_fn crypt)
{
	zend_string *input;
	zval *key_arg;
	zend_long padding = WXPS_RSA_OAEP_PADDING;
	wxps_error err;
	wxps_buf out;
	EVP_PKEY *key;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(input)
		Z_PARAM_ZVAL(key_arg)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(padding)
	ZEND_PARSE_PARAMETERS_END();

	/* The padding first, as wechatpay-php: PKCS#1 v1.5 is refused whatever the key. */
	wxps_error_clear(&err);
	if (wxps_rsa_check_padding(padding, &err) != 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s", err.message);
		RETURN_THROWS();
	}
	if (!(key = php_wxps_rsa_key(key_arg, private_key, private_key ? "$privateKey" : "$publicKey"))) {
		RETURN_THROWS();
	}
	wxps_buf_init(&out);
	rc = crypt(key, (int)padding, ZSTR_VAL(input), ZSTR_LEN(input), &out, &err);
	wxps_key_free(key);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_UNEXPECTED_VALUE, "%s", err.message);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, encrypt)
{
	wxps_rsa_crypt(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, wxps_rsa_encrypt);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, decrypt)
{
	wxps_rsa_crypt(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, wxps_rsa_decrypt);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, sign)
{
	zend_string *message;
	zval *private_key;
	wxps_error err;
	wxps_buf out;
	EVP_PKEY *key;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(message)
		Z_PARAM_ZVAL(private_key)
	ZEND_PARSE_PARAMETERS_END();

	if (!(key = php_wxps_rsa_key(private_key, true, "$privateKey"))) {
		RETURN_THROWS();
	}
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	rc = wxps_rsa_sign(key, ZSTR_VAL(message), ZSTR_LEN(message), &out, &err);
	wxps_key_free(key);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_UNEXPECTED_VALUE, "%s", err.message);
}

ZEND_METHOD(WxPayScore_Crypto_Rsa, verify)
{
	zend_string *message, *signature;
	zval *public_key;
	EVP_PKEY *key;
	int ok;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(message)
		Z_PARAM_STR(signature)
		Z_PARAM_ZVAL(public_key)
	ZEND_PARSE_PARAMETERS_END();

	if (!(key = php_wxps_rsa_key(public_key, false, "$publicKey"))) {
		RETURN_THROWS();
	}
	ok = wxps_rsa_verify(key, ZSTR_VAL(message), ZSTR_LEN(message), ZSTR_VAL(signature), ZSTR_LEN(signature));
	wxps_key_free(key);
	RETURN_BOOL(ok);
}

void php_wxps_register_rsa_class(void)
{
	register_class_WxPayScore_Crypto_Rsa();
}
