/* WxPayScore\Client::notification(): a WeChat Pay callback, verified and decrypted. */
#include "wxps_php.h"
#include "wxps_certs.h"

#include "ext/json/php_json.h"

#include "wxps_notify.h"

/* The Wechatpay-* values of the request headers, kept as strings for as long as they are used. */
typedef struct {
	wxps_notify_headers h;
	zend_string *held[WXPS_NH_COUNT];
} wxps_notify_input;

/* A header value as frameworks give it: a string, a number, or a PSR-7 list (its first string). */
static zend_string *wxps_header_value(zval *v)
{
	zval *first;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), first) {
			ZVAL_DEREF(first);
			if (Z_TYPE_P(first) == IS_STRING) {
				return zend_string_copy(Z_STR_P(first));
			}
		}
		ZEND_HASH_FOREACH_END();
		return NULL;
	}
	if (Z_TYPE_P(v) == IS_STRING || Z_TYPE_P(v) == IS_LONG) {
		return zval_get_string(v);
	}
	return NULL;
}

static void wxps_notify_input_read(wxps_notify_input *in, HashTable *headers)
{
	wxps_notify_header which;
	zend_string *name;
	zval *v;

	memset(in, 0, sizeof(*in));
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
		if (!name) {
			continue;
		}
		which = wxps_notify_header_of(ZSTR_VAL(name), ZSTR_LEN(name));
		/* The first spelling of a header wins; a later one (say, $_SERVER merged in) is ignored. */
		if (which != WXPS_NH_NONE && !in->held[which] && (in->held[which] = wxps_header_value(v))) {
			in->h.value[which].data = ZSTR_VAL(in->held[which]);
			in->h.value[which].len = ZSTR_LEN(in->held[which]);
		}
	}
	ZEND_HASH_FOREACH_END();
}

static void wxps_notify_input_free(wxps_notify_input *in)
{
	int i;

	for (i = 0; i < WXPS_NH_COUNT; i++) {
		if (in->held[i]) {
			zend_string_release(in->held[i]);
		}
	}
}

static bool wxps_printable(const wxps_str *s, size_t max)
{
	size_t i;

	if (s->len > max) {
		return false;
	}
	for (i = 0; i < s->len; i++) {
		if (s->data[i] < 0x21 || s->data[i] > 0x7e || s->data[i] == '"') {
			return false;
		}
	}
	return true;
}

/* The platform key for the serial (a new reference), or NULL after throwing. */
static EVP_PKEY *wxps_notify_key(wxps_config *cfg, const wxps_str *serial)
{
	char name[WXPS_CERT_SERIAL_MAX + 1];
	EVP_PKEY *key = NULL;
	wxps_error err;
	char *msg;

	wxps_error_clear(&err);
	if (serial->len <= WXPS_CERT_SERIAL_MAX && !memchr(serial->data, '\0', serial->len)) {
		memcpy(name, serial->data, serial->len);
		name[serial->len] = '\0';
		key = php_wxps_platform_key(cfg, name, &err);
	}
	if (key) {
		return key;
	}
	/* The serial came from the network: show it only when it is short and plain. */
	if (wxps_printable(serial, 64)) {
		/* Why a download did not help, when one was tried; else the plain advice. */
		bool tried = cfg->apiv3_key && (serial->len < 11 || memcmp(serial->data, "PUB_KEY_ID_", 11) != 0);
		zend_spprintf(&msg, 0, "notification Wechatpay-Serial \"%.*s\" names no key in config \"certs\"%s%s",
		              (int)serial->len, serial->data, tried ? ": " : " (a new platform key? add it)",
		              tried ? err.message : "");
	} else {
		zend_spprintf(&msg, 0, "notification Wechatpay-Serial names no key in config \"certs\"");
	}
	php_wxps_throw_notification(WXPS_NOTIFY_UNKNOWN_SERIAL, msg);
	efree(msg);
	return NULL;
}

static int wxps_notify_field(HashTable *resource, const char *name, wxps_str *out)
{
	zval *v = zend_hash_str_find_deref(resource, name, strlen(name));

	out->data = NULL;
	out->len = 0;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		return -1;
	}
	out->data = Z_STRVAL_P(v);
	out->len = Z_STRLEN_P(v);
	return 0;
}

/* The "resource" object of a decoded body, or NULL after throwing. */
static HashTable *wxps_notify_resource_of(zval *body, wxps_notify_resource *r)
{
	zval *resource;

	if (Z_TYPE_P(body) != IS_ARRAY) {
		php_wxps_throw_notification(WXPS_NOTIFY_MALFORMED_BODY, "notification body is not a JSON object");
		return NULL;
	}
	resource = zend_hash_str_find_deref(Z_ARRVAL_P(body), "resource", sizeof("resource") - 1);
	if (!resource || Z_TYPE_P(resource) != IS_ARRAY) {
		php_wxps_throw_notification(WXPS_NOTIFY_MALFORMED_BODY, "notification body has no \"resource\" object");
		return NULL;
	}
	if (wxps_notify_field(Z_ARRVAL_P(resource), "algorithm", &r->algorithm) != 0 ||
	    wxps_notify_field(Z_ARRVAL_P(resource), "ciphertext", &r->ciphertext) != 0 ||
	    wxps_notify_field(Z_ARRVAL_P(resource), "nonce", &r->nonce) != 0 ||
	    wxps_notify_field(Z_ARRVAL_P(resource), "associated_data", &r->associated_data) != 0) {
		php_wxps_throw_notification(WXPS_NOTIFY_MALFORMED_BODY,
		                            "notification resource fields algorithm, ciphertext, nonce and "
		                            "associated_data must be strings");
		return NULL;
	}
	return Z_ARRVAL_P(resource);
}

/* Decrypts the resource of the decoded body and puts its decoded JSON in its place. */
static int wxps_notify_open(wxps_config *cfg, zval *body)
{
	wxps_notify_resource r;
	wxps_notify_fault fault;
	wxps_error err;
	wxps_buf plain;
	zval decoded;

	if (!wxps_notify_resource_of(body, &r)) {
		return -1;
	}
	wxps_buf_init(&plain);
	wxps_error_clear(&err);
	fault = wxps_notify_decrypt(&r, ZSTR_VAL(cfg->apiv3_key), ZSTR_LEN(cfg->apiv3_key), &plain, &err);
	if (fault != WXPS_NOTIFY_OK) {
		wxps_buf_free(&plain);
		php_wxps_throw_notification(fault, err.message);
		return -1;
	}
	ZVAL_UNDEF(&decoded);
	if (plain.len == 0 ||
	    php_json_decode_ex(&decoded, plain.data, plain.len, PHP_JSON_OBJECT_AS_ARRAY,
	                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE ||
	    Z_TYPE(decoded) != IS_ARRAY) {
		wxps_buf_free(&plain);
		zval_ptr_dtor(&decoded);
		php_wxps_throw_notification(WXPS_NOTIFY_MALFORMED_BODY,
		                            "notification resource decrypts to no JSON object");
		return -1;
	}
	wxps_buf_free(&plain);
	zend_hash_str_update(Z_ARRVAL_P(body), "resource", sizeof("resource") - 1, &decoded);
	return 0;
}

/* Headers, clock, serial and signature, in the order WeChat Pay documents; -1 after throwing. */
static int wxps_notify_check(wxps_config *cfg, HashTable *headers, zend_string *body)
{
	wxps_notify_input in;
	wxps_notify_fault fault;
	wxps_error err;
	EVP_PKEY *key;

	wxps_notify_input_read(&in, headers);
	wxps_error_clear(&err);
	fault = wxps_notify_check_headers(&in.h, (int64_t)time(NULL), &err);
	if (fault == WXPS_NOTIFY_OK) {
		key = wxps_notify_key(cfg, &in.h.value[WXPS_NH_SERIAL]);
		if (!key) {
			wxps_notify_input_free(&in);
			return -1;
		}
		fault = wxps_notify_verify(key, &in.h, ZSTR_VAL(body), ZSTR_LEN(body), &err);
		wxps_key_free(key);
	}
	wxps_notify_input_free(&in);
	if (fault != WXPS_NOTIFY_OK) {
		php_wxps_throw_notification(fault, err.message);
		return -1;
	}
	return 0;
}

ZEND_METHOD(WxPayScore_Client, notification)
{
	HashTable *headers;
	zend_string *body;
	wxps_config *cfg;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(headers)
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	if (!(cfg = php_wxps_client_config(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	if (!cfg->apiv3_key) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"apiv3Key\" is required to decrypt notifications");
		RETURN_THROWS();
	}
	if (wxps_notify_check(cfg, headers, body) != 0) {
		RETURN_THROWS();
	}
	ZVAL_UNDEF(return_value);
	if (php_json_decode_ex(return_value, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY,
	                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
	if (wxps_notify_open(cfg, return_value) != 0) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}
