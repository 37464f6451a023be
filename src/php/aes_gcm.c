/* WxPayScore\Crypto\AesInterface and AesGcm: AES-256-GCM as WeChat Pay uses it, done by the core. */
#include "wxps_php.h"

#include "zend_attributes.h"

#include "wxps_aes.h"

#include "aes_gcm_arginfo.h"

static void wxps_aes_job(wxps_aes_gcm *job, zend_string *key, zend_string *iv, zend_string *aad)
{
	job->key = (const unsigned char *)ZSTR_VAL(key);
	job->key_len = ZSTR_LEN(key);
	job->iv = iv ? (const unsigned char *)ZSTR_VAL(iv) : NULL;
	job->iv_len = iv ? ZSTR_LEN(iv) : 0;
	job->aad = aad ? (const unsigned char *)ZSTR_VAL(aad) : NULL;
	job->aad_len = aad ? ZSTR_LEN(aad) : 0;
}

/* AesGcm::encrypt() and AesGcm::decrypt(): the same shape, the direction aside. */
typedef int (*wxps_aes_crypt_fn)(const wxps_aes_gcm *job, const char *in, size_t len, wxps_buf *out, wxps_error *err);

static void wxps_aes_crypt(INTERNAL_FUNCTION_PARAMETERS, wxps_aes_crypt_fn crypt)
{
	zend_string *input, *key, *iv = NULL, *aad = NULL;
	wxps_aes_gcm job;
	wxps_error err;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(input)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(iv)
		Z_PARAM_STR(aad)
	ZEND_PARSE_PARAMETERS_END();

	wxps_aes_job(&job, key, iv, aad);
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	rc = crypt(&job, ZSTR_VAL(input), ZSTR_LEN(input), &out, &err);
	/* A bad key or nonce length is the caller's mistake; a bad tag, the data's. */
	php_wxps_return_buf_or_throw(return_value, &out, rc, php_wxps_error_kind(&err, PHP_WXPS_UNEXPECTED_VALUE), "%s",
	                             err.message);
}

ZEND_METHOD(WxPayScore_Crypto_AesGcm, encrypt)
{
	wxps_aes_crypt(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_aes_gcm_encrypt);
}

ZEND_METHOD(WxPayScore_Crypto_AesGcm, decrypt)
{
	wxps_aes_crypt(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_aes_gcm_decrypt);
}

void php_wxps_register_aes_classes(void)
{
	register_class_WxPayScore_Crypto_AesGcm(register_class_WxPayScore_Crypto_AesInterface());
}
