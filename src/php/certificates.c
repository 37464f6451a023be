/* Platform keys: config "certs" first, then the platform certificates GET /v3/certificates
 * gives, downloaded lazily (on an unknown serial, or when stale), verified and cached per
 * process; and the key sensitive fields are encrypted to. */
#include "wxps_php.h"

#include "ext/date/php_date.h"
#include "ext/json/php_json.h"

#include "php_wxpayscore.h"
#include "wxps_certs.h"
#include "wxps_rsa.h"
#include "wxps_sign.h"

/* A field of an entry: WeChat Pay's own example writes some keys with a trailing space. */
static const char *wxps_cert_field(HashTable *entry, const char *name, size_t *len)
{
	char spaced[32];
	zval *v = zend_hash_str_find_deref(entry, name, strlen(name));

	if (!v) {
		snprintf(spaced, sizeof(spaced), "%s ", name);
		v = zend_hash_str_find_deref(entry, spaced, strlen(spaced));
	}
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		*len = 0;
		return NULL;
	}
	*len = Z_STRLEN_P(v);
	return Z_STRVAL_P(v);
}

/* Open one entry of data[] into list. */
static int wxps_cert_entry_open(wxps_config *cfg, zval *item, wxps_cert_list *list, wxps_error *err)
{
	wxps_cert_entry entry;
	HashTable *encrypted;
	zval *enc;
	wxps_cert cert;
	int rc;

	if (Z_TYPE_P(item) != IS_ARRAY ||
	    !(enc = zend_hash_str_find_deref(Z_ARRVAL_P(item), "encrypt_certificate",
	                                     sizeof("encrypt_certificate") - 1)) ||
	    Z_TYPE_P(enc) != IS_ARRAY) {
		return wxps_error_set(err, WXPS_E_VERIFY, "a certificate of the download has no encrypt_certificate");
	}
	encrypted = Z_ARRVAL_P(enc);
	entry.serial_no = wxps_cert_field(Z_ARRVAL_P(item), "serial_no", &entry.serial_no_len);
	entry.effective_time = wxps_cert_field(Z_ARRVAL_P(item), "effective_time", &entry.effective_time_len);
	entry.expire_time = wxps_cert_field(Z_ARRVAL_P(item), "expire_time", &entry.expire_time_len);
	entry.nonce = wxps_cert_field(encrypted, "nonce", &entry.nonce_len);
	entry.associated_data = wxps_cert_field(encrypted, "associated_data", &entry.associated_data_len);
	entry.ciphertext = wxps_cert_field(encrypted, "ciphertext", &entry.ciphertext_len);
	if (wxps_cert_open(&entry, (const unsigned char *)ZSTR_VAL(cfg->apiv3_key), &cert, err) != 0) {
		return -1;
	}
	rc = wxps_cert_list_add(list, &cert);
	wxps_cert_free(&cert);
	return rc == 0 ? 0 : wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
}

/* Every entry of the download's body, or -1 when any one cannot be opened: then none is trusted. */
static int wxps_cert_download_open(wxps_config *cfg, wxps_response *resp, wxps_cert_list *list, wxps_error *err)
{
	zval json, *data, *item;
	int rc = 0;

	ZVAL_UNDEF(&json);
	if (php_json_decode_ex(&json, resp->body.data ? resp->body.data : "", resp->body.len, PHP_JSON_OBJECT_AS_ARRAY,
	                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE ||
	    Z_TYPE(json) != IS_ARRAY || !(data = zend_hash_str_find_deref(Z_ARRVAL(json), "data", 4)) ||
	    Z_TYPE_P(data) != IS_ARRAY) {
		JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		zval_ptr_dtor(&json);
		return wxps_error_set(err, WXPS_E_VERIFY, "the answer is not a certificate list");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), item) {
		ZVAL_DEREF(item);
		if ((rc = wxps_cert_entry_open(cfg, item, list, err)) != 0) {
			break;
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&json);
	return rc;
}

/* The download's own answer: signed by a key in config "certs" or by a certificate of its list
 * that is valid now, and inside the clock window. */
static int wxps_cert_download_verify(wxps_config *cfg, wxps_response *resp, const wxps_cert_list *list, int64_t now,
                                     wxps_error *err)
{
	const char *serial = wxps_response_header(resp, "Wechatpay-Serial");
	const wxps_cert *signer;
	EVP_PKEY *key;

	if (!serial) {
		return wxps_error_set(err, WXPS_E_VERIFY, "the answer has no Wechatpay-Serial header");
	}
	key = php_wxps_config_cert(cfg, serial);
	if (!key) {
		signer = wxps_cert_list_find(list, serial);
		if (!signer) {
			return wxps_error_set(
			    err, WXPS_E_VERIFY,
			    "the answer is signed with serial \"%.80s\", which is neither in its own list "
			    "nor in config \"certs\"",
			    serial);
		}
		if (!wxps_cert_valid(signer, now, err)) {
			return -1;
		}
		key = signer->key;
	}
	return wxps_verify_response(key, wxps_response_header(resp, "Wechatpay-Timestamp"),
	                            wxps_response_header(resp, "Wechatpay-Nonce"),
	                            resp->body.data ? resp->body.data : "", resp->body.len,
	                            wxps_response_header(resp, "Wechatpay-Signature"), now, err);
}

/* GET /v3/certificates, opened and verified, then stored for cfg->owner. A 404 is a merchant
 * in public-key mode: an empty list. */
static int wxps_cert_download(wxps_config *cfg, wxps_error *err)
{
	wxps_cert_list list = {NULL, 0};
	wxps_response *resp = NULL;
	wxps_error why;
	int64_t now;
	int rc = -1;

	wxps_error_clear(&why);
	if (php_wxps_call_fetch(cfg, "v3/certificates", &resp, &why) != 0) {
		return wxps_error_set(err, WXPS_E_VERIFY, "cannot download platform certificates: %s", why.message);
	}
	now = (int64_t)time(NULL);
	if (resp->status == 404) {
		rc = wxps_certs_store(ZSTR_VAL(cfg->owner), &list, now);
	} else if (resp->status < 200 || resp->status >= 300) {
		wxps_error_set(err, WXPS_E_VERIFY,
		               "cannot download platform certificates: GET /v3/certificates answered %ld",
		               resp->status);
	} else if (wxps_cert_download_open(cfg, resp, &list, &why) != 0 ||
	           wxps_cert_download_verify(cfg, resp, &list, now, &why) != 0) {
		wxps_error_set(err, WXPS_E_VERIFY, "platform certificates not trusted: %s", why.message);
	} else {
		rc = wxps_certs_store(ZSTR_VAL(cfg->owner), &list, now);
	}
	if (rc != 0 && err->kind == WXPS_OK) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	wxps_cert_list_free(&list);
	wxps_response_free(resp);
	return rc;
}

static bool wxps_may_download(const wxps_config *cfg, const char *serial)
{
	return cfg->apiv3_key && strncmp(serial, "PUB_KEY_ID_", sizeof("PUB_KEY_ID_") - 1) != 0;
}

EVP_PKEY *php_wxps_platform_key(wxps_config *cfg, const char *serial, wxps_error *err)
{
	EVP_PKEY *key = php_wxps_config_cert(cfg, serial);
	int64_t now = (int64_t)time(NULL), age;
	wxps_error why;

	if (key) {
		return wxps_key_ref(key);
	}
	if (!wxps_may_download(cfg, serial)) {
		wxps_error_set(err, WXPS_E_VERIFY,
		               "answer is signed with serial \"%.80s\", which is not in config \"certs\"", serial);
		return NULL;
	}
	key = wxps_certs_find(ZSTR_VAL(cfg->owner), serial, now, &age);
	if (key && age < cfg->cert_refresh) {
		return key;
	}
	wxps_error_clear(&why);
	if (!wxps_certs_may_fetch(ZSTR_VAL(cfg->owner), serial, now)) {
		if (key) {
			return key; /* stale, but a download was tried a moment ago */
		}
		wxps_error_set(err, WXPS_E_VERIFY,
		               "no platform certificate has serial \"%.80s\", and certificates were downloaded moments "
		               "ago (the same serial waits %d s, any %d s)",
		               serial, WXPS_CERT_RETRY_SECONDS, WXPS_CERT_FLOOR_SECONDS);
		return NULL;
	}
	if (wxps_cert_download(cfg, &why) != 0) {
		if (key) {
			return key; /* a refresh that failed keeps what was proved before */
		}
		wxps_error_set(err, why.kind, "%s", why.message);
		return NULL;
	}
	wxps_key_free(key);
	key = wxps_certs_find(ZSTR_VAL(cfg->owner), serial, now, &age);
	if (!key) {
		wxps_error_set(
		    err, WXPS_E_VERIFY,
		    "neither config \"certs\" nor the platform certificates just downloaded have serial \"%.80s\"",
		    serial);
	}
	return key;
}

/* The downloaded certificates of cfg, downloading first when there are none yet or they are
 * stale (and the retry limit allows); -1 after throwing. */
static int wxps_downloaded(wxps_config *cfg, wxps_cert_list *list)
{
	int64_t now = (int64_t)time(NULL), at;
	wxps_error err;

	if (wxps_certs_copy(ZSTR_VAL(cfg->owner), list, &at) != 0) {
		php_wxps_throw(PHP_WXPS_INTERNAL, "out of memory");
		return -1;
	}
	if ((at && now - at < cfg->cert_refresh) || !wxps_certs_may_fetch(ZSTR_VAL(cfg->owner), "", now)) {
		return 0;
	}
	wxps_error_clear(&err);
	if (wxps_cert_download(cfg, &err) != 0) {
		if (list->n) {
			return 0;
		}
		php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
		return -1;
	}
	wxps_cert_list_free(list);
	if (wxps_certs_copy(ZSTR_VAL(cfg->owner), list, &at) != 0) {
		php_wxps_throw(PHP_WXPS_INTERNAL, "out of memory");
		return -1;
	}
	return 0;
}

EVP_PKEY *php_wxps_encryption_key(wxps_config *cfg, zend_string **serial)
{
	wxps_cert_list list = {NULL, 0};
	const wxps_cert *newest = NULL;
	int64_t now = (int64_t)time(NULL);
	EVP_PKEY *key = NULL;
	zend_string *name;
	wxps_error ignored;
	size_t i;

	if (cfg->pubkey_serial) {
		*serial = zend_string_copy(cfg->pubkey_serial);
		return wxps_key_ref(php_wxps_config_cert(cfg, ZSTR_VAL(cfg->pubkey_serial)));
	}
	if (cfg->apiv3_key && wxps_downloaded(cfg, &list) != 0) {
		return NULL;
	}
	for (i = 0; i < list.n; i++) {
		wxps_error_clear(&ignored);
		if (wxps_cert_valid(&list.items[i], now, &ignored) &&
		    (!newest || list.items[i].effective > newest->effective)) {
			newest = &list.items[i];
		}
	}
	if (newest) {
		*serial = zend_string_init(newest->serial, strlen(newest->serial), 0);
		key = wxps_key_ref(newest->key);
	} else {
		/* A configured platform certificate: the one listed last is taken as the newest. */
		ZEND_HASH_REVERSE_FOREACH_STR_KEY_PTR(&cfg->certs, name, key) {
			*serial = zend_string_copy(name);
			key = wxps_key_ref(key);
			break;
		}
		ZEND_HASH_FOREACH_END();
	}
	wxps_cert_list_free(&list);
	if (!key) {
		php_wxps_throw(
		    PHP_WXPS_INVALID_ARGUMENT,
		    "no key to encrypt to: config \"certs\" is empty and no platform certificate could be had");
	}
	return key;
}

static void wxps_certificate_row(zval *out, const char *serial, const char *pem, size_t pem_len, int64_t effective,
                                 int64_t expire, const char *source)
{
	zval row;

	array_init_size(&row, 4);
	add_assoc_stringl(&row, "pem", pem, pem_len);
	if (effective || expire) {
		add_assoc_str(&row, "effective_time", php_format_date("Y-m-d\\TH:i:sP", 13, (time_t)effective, 0));
		add_assoc_str(&row, "expire_time", php_format_date("Y-m-d\\TH:i:sP", 13, (time_t)expire, 0));
	} else {
		add_assoc_null(&row, "effective_time");
		add_assoc_null(&row, "expire_time");
	}
	add_assoc_string(&row, "source", source);
	add_assoc_zval(out, serial, &row);
}

int php_wxps_certificates(wxps_config *cfg, zval *out)
{
	wxps_cert_list list = {NULL, 0};
	zend_string *serial;
	EVP_PKEY *key;
	wxps_error err;
	wxps_buf pem;
	size_t i;

	if (cfg->apiv3_key && wxps_downloaded(cfg, &list) != 0) {
		return -1;
	}
	array_init(out);
	ZEND_HASH_FOREACH_STR_KEY_PTR(&cfg->certs, serial, key) {
		wxps_buf_init(&pem);
		wxps_error_clear(&err);
		if (wxps_key_to_pem(key, 0, &pem, &err) == 0) {
			wxps_certificate_row(out, ZSTR_VAL(serial), pem.data, pem.len, 0, 0, "config");
		}
		wxps_buf_free(&pem);
	}
	ZEND_HASH_FOREACH_END();
	for (i = 0; i < list.n; i++) {
		if (!zend_hash_str_exists(Z_ARRVAL_P(out), list.items[i].serial, strlen(list.items[i].serial))) {
			wxps_certificate_row(out, list.items[i].serial, list.items[i].pem, strlen(list.items[i].pem),
			                     list.items[i].effective, list.items[i].expire, "download");
		}
	}
	wxps_cert_list_free(&list);
	return 0;
}

void php_wxps_certs_request_end(void)
{
	wxps_certs_clear();
}
