/* WxPayScore\Util\PemUtil: wechatpay-php's helpers for the certificates and keys a config names.
 * The core reads and checks the certificate; ext/openssl only makes the OpenSSLCertificate. */
#include "wxps_php.h"

#include "zend_attributes.h"

#include "wxps_certs.h"

#include "pem_util_arginfo.h"

zend_class_entry *php_wxps_ce_pem_util;

/* src with "file://" in front unless it has it. */
static zend_string *wxps_file_url(zend_string *path)
{
	if (zend_string_starts_with_literal(path, "file://")) {
		return zend_string_copy(path);
	}
	return zend_string_concat2("file://", 7, ZSTR_VAL(path), ZSTR_LEN(path));
}

/* The PEM and serial of a certificate given as text, a "file://" path or an OpenSSLCertificate;
 * NULL after throwing. */
static zend_string *wxps_certificate(zval *v, const char *subject, char *serial, size_t cap)
{
	zend_string *exported = NULL, *pem = NULL;
	wxps_buf out;
	wxps_error err;
	int rc;

	ZVAL_DEREF(v);
	if (php_wxps_is_object_of(v, "OpenSSLCertificate")) {
		if (!(exported = php_wxps_export_openssl_cert(v))) {
			php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s: the OpenSSLCertificate could not be exported",
			               subject);
			return NULL;
		}
	} else if (Z_TYPE_P(v) != IS_STRING) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s must be a string or an OpenSSLCertificate, %s given",
		               subject, zend_zval_type_name(v));
		return NULL;
	}
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	rc = exported ? wxps_cert_load(ZSTR_VAL(exported), ZSTR_LEN(exported), &out, serial, cap, &err)
	              : wxps_cert_load(Z_STRVAL_P(v), Z_STRLEN_P(v), &out, serial, cap, &err);
	if (exported) {
		zend_string_release(exported);
	}
	if (rc != 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s: %s", subject, err.message);
	} else {
		pem = zend_string_init(out.data, out.len, 0);
	}
	wxps_buf_free(&out);
	return pem;
}

/* An OpenSSLCertificate of the certificate in v. */
static void wxps_return_certificate(zval *return_value, zval *v, const char *subject)
{
	char serial[WXPS_CERT_SERIAL_MAX + 1];
	zend_string *pem;
	zval arg;

	if (!zend_hash_str_exists(EG(function_table), "openssl_x509_read", sizeof("openssl_x509_read") - 1)) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE,
		               "an OpenSSLCertificate needs ext/openssl; "
		               "PemUtil::parseCertificateSerialNo() and the config take the file as it is");
		return;
	}
	if (!(pem = wxps_certificate(v, subject, serial, sizeof(serial)))) {
		return;
	}
	ZVAL_STR(&arg, pem);
	php_wxps_openssl_object("openssl_x509_read", &arg, return_value, subject, "certificate");
	zval_ptr_dtor(&arg);
}

/* A private key, as Rsa::from() gives it. */
static void wxps_return_private_key(zval *return_value, zval *v, const char *subject)
{
	EVP_PKEY *key = php_wxps_rsa_key(v, true, subject);

	if (key) {
		php_wxps_return_key(return_value, key, true);
	}
}

typedef void (*wxps_pem_loader)(zval *return_value, zval *v, const char *subject);

/* load over the one parameter, a file path ("file://" added unless it is there). */
static void wxps_load_file(INTERNAL_FUNCTION_PARAMETERS, wxps_pem_loader load)
{
	zend_string *filepath;
	zval url;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(filepath)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&url, wxps_file_url(filepath));
	load(return_value, &url, "$filepath");
	zval_ptr_dtor(&url);
}

/* load over the one parameter, as given. */
static void wxps_load_value(INTERNAL_FUNCTION_PARAMETERS, wxps_pem_loader load)
{
	zval *content;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(content)
	ZEND_PARSE_PARAMETERS_END();
	load(return_value, content, "$content");
}

ZEND_METHOD(WxPayScore_Util_PemUtil, loadPrivateKey)
{
	wxps_load_file(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_return_private_key);
}

ZEND_METHOD(WxPayScore_Util_PemUtil, loadPrivateKeyFromString)
{
	wxps_load_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_return_private_key);
}

ZEND_METHOD(WxPayScore_Util_PemUtil, loadCertificate)
{
	wxps_load_file(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_return_certificate);
}

ZEND_METHOD(WxPayScore_Util_PemUtil, loadCertificateFromString)
{
	wxps_load_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, wxps_return_certificate);
}

ZEND_METHOD(WxPayScore_Util_PemUtil, parseCertificateSerialNo)
{
	char serial[WXPS_CERT_SERIAL_MAX + 1];
	zval *certificate;
	zend_string *pem;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(certificate)
	ZEND_PARSE_PARAMETERS_END();
	if (!(pem = wxps_certificate(certificate, "$certificate", serial, sizeof(serial)))) {
		RETURN_THROWS();
	}
	zend_string_release(pem);
	RETURN_STRING(serial);
}

void php_wxps_register_pem_util_class(void)
{
	php_wxps_ce_pem_util = register_class_WxPayScore_Util_PemUtil();
}
