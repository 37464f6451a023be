/* The client's configuration array: validated once, shared by every node of a client. */
#include "wxps_php.h"
#include "wxps_header.h"
#include "wxps_certs.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include <math.h>

static void wxps_key_dtor(zval *zv)
{
	wxps_key_free(Z_PTR_P(zv));
}

static wxps_config *wxps_config_alloc(void)
{
	wxps_config *cfg = ecalloc(1, sizeof(*cfg));

	cfg->refcount = 1;
	zend_hash_init(&cfg->certs, 4, NULL, wxps_key_dtor, 0);
	zend_hash_init(&cfg->headers, 4, NULL, ZVAL_PTR_DTOR, 0);
	cfg->timeout = 10.0;
	cfg->connect_timeout = 5.0;
	cfg->concurrency = WXPS_DEFAULT_CONCURRENCY;
	cfg->max_response_size = WXPS_DEFAULT_MAX_RESPONSE_SIZE;
	cfg->cert_refresh = WXPS_DEFAULT_CERT_REFRESH;
	return cfg;
}

wxps_config *php_wxps_config_addref(wxps_config *cfg)
{
	cfg->refcount++;
	return cfg;
}

void php_wxps_config_release(wxps_config *cfg)
{
	if (!cfg || --cfg->refcount > 0) {
		return;
	}
	if (cfg->mchid) {
		zend_string_release(cfg->mchid);
	}
	if (cfg->serial) {
		zend_string_release(cfg->serial);
	}
	wxps_key_free(cfg->private_key);
	zend_hash_destroy(&cfg->certs);
	php_wxps_secret_release(cfg->apiv3_key);
	php_wxps_secret_release(cfg->secret);
	if (cfg->origin) {
		zend_string_release(cfg->origin);
	}
	if (cfg->base_path) {
		zend_string_release(cfg->base_path);
	}
	if (cfg->backup_origin) {
		zend_string_release(cfg->backup_origin);
	}
	if (cfg->ca_file) {
		zend_string_release(cfg->ca_file);
	}
	if (cfg->owner) {
		zend_string_release(cfg->owner);
	}
	if (cfg->pubkey_serial) {
		zend_string_release(cfg->pubkey_serial);
	}
	if (cfg->proxy) {
		zend_string_release(cfg->proxy);
	}
	if (cfg->no_proxy) {
		zend_string_release(cfg->no_proxy);
	}
	zend_hash_destroy(&cfg->headers);
	efree(cfg);
}

EVP_PKEY *php_wxps_config_cert(const wxps_config *cfg, const char *serial)
{
	return zend_hash_str_find_ptr(&cfg->certs, serial, strlen(serial));
}

static zval *wxps_option(HashTable *options, const char *name)
{
	zval *v = zend_hash_str_find(options, name, strlen(name));

	return v ? (Z_TYPE_P(v) == IS_REFERENCE ? Z_REFVAL_P(v) : v) : NULL;
}

/* A required or optional non-empty string option; NULL after throwing (or when absent and optional). */
static zend_string *wxps_string_option(HashTable *options, const char *name, bool required)
{
	zval *v = wxps_option(options, name);

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		if (required) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"%s\" is required", name);
		}
		return NULL;
	}
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"%s\" must be a non-empty string, %s given", name,
		               Z_TYPE_P(v) == IS_STRING ? "empty string" : zend_zval_type_name(v));
		return NULL;
	}
	/* Both go between quotes in the Authorization header. */
	if (!wxps_header_quotable(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"%s\" must not contain control characters, quotes or backslashes", name);
		return NULL;
	}
	return zend_string_copy(Z_STR_P(v));
}

/* A key in any form php_wxps_key_from_zval() takes; NULL after throwing. */
static EVP_PKEY *wxps_load_key(zval *v, bool private_key, const char *name, const char *label)
{
	char subject[200];
	wxps_error err;
	EVP_PKEY *key;

	snprintf(subject, sizeof(subject), "config \"%s\"%s", name, label);
	wxps_error_clear(&err);
	key = php_wxps_key_from_zval(v, private_key, subject, &err);
	if (!key && !EG(exception)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "%s", err.message);
	}
	return key;
}

/* The shape of "certs": a non-empty array keyed by platform serials, without the merchant's. */
static HashTable *wxps_config_certs_shape(wxps_config *cfg, HashTable *options)
{
	zval *certs = wxps_option(options, "certs");
	zend_string *serial;

	zval *apiv3 = wxps_option(options, "apiv3Key");
	/* With apiv3Key, platform certificates can be downloaded: certs may be empty or absent. */
	bool may_download = apiv3 && Z_TYPE_P(apiv3) == IS_STRING;

	if ((!certs || Z_TYPE_P(certs) == IS_NULL) && may_download) {
		return (HashTable *)&zend_empty_array;
	}
	if (!certs || Z_TYPE_P(certs) == IS_NULL) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"certs\" is required (or apiv3Key, to download them)");
		return NULL;
	}
	if (Z_TYPE_P(certs) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(certs)) == 0 && may_download) {
		return Z_ARRVAL_P(certs);
	}
	if (Z_TYPE_P(certs) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(certs)) == 0) {
		php_wxps_throw(
		    PHP_WXPS_INVALID_ARGUMENT,
		    "config \"certs\" must be a non-empty array of platform serial => public key or certificate");
		return NULL;
	}
	ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(certs), serial) {
		if (!serial || ZSTR_LEN(serial) == 0) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "config \"certs\" must be keyed by platform serial strings");
			return NULL;
		}
		if (zend_string_equals(serial, cfg->serial)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "config \"certs\" must not hold the merchant serial \"%s\": "
			               "it lists WeChat Pay's platform keys",
			               ZSTR_VAL(serial));
			return NULL;
		}
	}
	ZEND_HASH_FOREACH_END();
	return Z_ARRVAL_P(certs);
}

static int wxps_config_certs(wxps_config *cfg, HashTable *certs)
{
	zend_string *serial;
	EVP_PKEY *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(certs, serial, v) {
		char label[160];
		snprintf(label, sizeof(label), "[\"%.120s\"]", ZSTR_VAL(serial));
		ZVAL_DEREF(v);
		key = wxps_load_key(v, false, "certs", label);
		if (!key) {
			return -1;
		}
		zend_hash_update_ptr(&cfg->certs, serial, key);
		if (!cfg->pubkey_serial && zend_string_starts_with_literal(serial, "PUB_KEY_ID_")) {
			cfg->pubkey_serial = zend_string_copy(serial);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (cfg->pubkey_serial) {
		/* Every request names the public key, so WeChat Pay answers with it; config and call
		 * "headers" may still name another. */
		zval line;
		ZVAL_STR(&line, zend_strpprintf(0, "Wechatpay-Serial: %s", ZSTR_VAL(cfg->pubkey_serial)));
		zend_hash_str_update(&cfg->headers, "wechatpay-serial", sizeof("wechatpay-serial") - 1, &line);
	}
	return 0;
}

#define WXPS_DEFAULT_BASE_URI "https://api.mch.weixin.qq.com/"
#define WXPS_DEFAULT_BACKUP_URI "https://api2.mch.weixin.qq.com/"

/* "https://host:port/prefix/" -> origin "https://host:port", base path "/prefix/". */
static int wxps_split_uri(const char *name, zend_string *uri, zend_string **origin, zend_string **path)
{
	const char *s = ZSTR_VAL(uri), *slash;
	size_t scheme_len = strncasecmp(s, "https://", 8) == 0 ? 8 : strncasecmp(s, "http://", 7) == 0 ? 7 : 0;

	if (scheme_len == 0 || ZSTR_LEN(uri) == scheme_len || s[scheme_len] == '/' || strpbrk(s, " ?#")) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"%s\" must be an http:// or https:// URL with a host, "
		               "and no query or fragment",
		               name);
		return -1;
	}
	slash = strchr(s + scheme_len, '/');
	if (!slash) {
		*origin = zend_string_copy(uri);
		*path = zend_string_init("/", 1, 0);
	} else {
		*origin = zend_string_init(s, (size_t)(slash - s), 0);
		*path = s[ZSTR_LEN(uri) - 1] == '/' ? zend_string_init(slash, strlen(slash), 0)
		                                    : zend_strpprintf(0, "%s/", slash);
	}
	return 0;
}

static zend_string *wxps_uri_option(HashTable *options, const char *name, const char *fallback)
{
	zend_string *uri = wxps_string_option(options, name, false);

	if (!uri && !EG(exception) && fallback) {
		uri = zend_string_init(fallback, strlen(fallback), 0);
	}
	return uri;
}

/* The primary URI, and the backup that takes calls whose connection to it could not be made. */
static int wxps_config_base_uri(wxps_config *cfg, HashTable *options)
{
	zend_string *uri = wxps_uri_option(options, "base_uri", WXPS_DEFAULT_BASE_URI), *backup, *backup_path;
	bool is_default = uri && zend_string_equals_literal(uri, WXPS_DEFAULT_BASE_URI);
	int rc;

	if (!uri || wxps_split_uri("base_uri", uri, &cfg->origin, &cfg->base_path) != 0) {
		if (uri) {
			zend_string_release(uri);
		}
		return -1;
	}
	zend_string_release(uri);
	backup = wxps_uri_option(options, "backup_uri", is_default ? WXPS_DEFAULT_BACKUP_URI : NULL);
	if (!backup) {
		return EG(exception) ? -1 : 0;
	}
	rc = wxps_split_uri("backup_uri", backup, &cfg->backup_origin, &backup_path);
	zend_string_release(backup);
	if (rc != 0) {
		return -1;
	}
	/* Same path, so the signature made for the primary holds for the backup too. */
	if (!zend_string_equals(backup_path, cfg->base_path)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"backup_uri\" must have the same path as \"base_uri\" (\"%s\")",
		               ZSTR_VAL(cfg->base_path));
		rc = -1;
	}
	zend_string_release(backup_path);
	return rc;
}

zend_string *php_wxps_proxy_option(zval *v, const char *what, bool no_proxy, int *failed)
{
	static const char *const schemes[] = {"http://", "https://", "socks5h://", "socks5://", NULL};
	const char *const *scheme;

	*failed = 0;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return NULL;
	}
	if (Z_TYPE_P(v) != IS_STRING || memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v)) || strpbrk(Z_STRVAL_P(v), "\r\n ")) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "%s must be a string without spaces or control characters%s",
		               what, no_proxy ? " (hosts, comma-separated)" : " (a proxy URL, or '' for none)");
		*failed = 1;
		return NULL;
	}
	if (!no_proxy && Z_STRLEN_P(v) > 0) {
		for (scheme = schemes; *scheme && strncasecmp(Z_STRVAL_P(v), *scheme, strlen(*scheme)) != 0; scheme++) {
		}
		if (!*scheme || Z_STRLEN_P(v) == strlen(*scheme)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "%s must be an http://, https:// or socks5h:// URL with a host, or '' for none",
			               what);
			*failed = 1;
			return NULL;
		}
	}
	return zend_string_copy(Z_STR_P(v));
}

zend_string *php_wxps_proxy_shown(zend_string *proxy)
{
	const char *s = ZSTR_VAL(proxy), *host = strstr(s, "://"), *at, *end;

	host = host ? host + 3 : s;
	end = host + strcspn(host, "/");
	at = memchr(host, '@', (size_t)(end - host));
	if (!at) {
		return zend_string_copy(proxy);
	}
	return zend_strpprintf(0, "%.*s%s", (int)(host - s), s, at + 1);
}

static int wxps_config_proxy(wxps_config *cfg, HashTable *options)
{
	int failed;

	cfg->proxy = php_wxps_proxy_option(wxps_option(options, "proxy"), "config \"proxy\"", false, &failed);
	if (!failed) {
		cfg->no_proxy =
		    php_wxps_proxy_option(wxps_option(options, "no_proxy"), "config \"no_proxy\"", true, &failed);
	}
	return failed ? -1 : 0;
}

static int wxps_config_verify(wxps_config *cfg, HashTable *options)
{
	zval *v = wxps_option(options, "verify");

	if (!v || Z_TYPE_P(v) == IS_NULL || Z_TYPE_P(v) == IS_TRUE) {
		return 0;
	}
	if (Z_TYPE_P(v) == IS_FALSE) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"verify\" cannot turn TLS verification off; "
		               "give the path of a CA bundle that trusts the server instead");
		return -1;
	}
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"verify\" must be true or the path of a CA bundle, %s given",
		               zend_zval_type_name(v));
		return -1;
	}
	if (VCWD_ACCESS(Z_STRVAL_P(v), R_OK) != 0) {
		char quoted[WXPS_PATH_QUOTE_SIZE];
		wxps_quote_path(Z_STRVAL_P(v), Z_STRLEN_P(v), quoted);
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"verify\": cannot read CA bundle %s", quoted);
		return -1;
	}
	cfg->ca_file = zend_string_copy(Z_STR_P(v));
	return 0;
}

#define WXPS_MAX_SECONDS (86400 * 365)

zend_long php_wxps_seconds_option(zval *v, const char *name)
{
	double d;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		d = (double)Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_DOUBLE) {
		d = Z_DVAL_P(v);
	} else {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" must be a number of seconds, %s given", name,
		               zend_zval_type_name(v));
		return -1;
	}
	if (!zend_finite(d) || d < 0) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" must be a finite number of seconds, 0 or more", name);
		return -1;
	}
	if (d > WXPS_MAX_SECONDS) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" must be at most %d seconds (one year)", name,
		               WXPS_MAX_SECONDS);
		return -1;
	}
	return (zend_long)(d * 1000.0 + 0.5);
}

static int wxps_config_limits(wxps_config *cfg, HashTable *options)
{
	zval *v = wxps_option(options, "max_response_size");

	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1024 || (zend_ulong)Z_LVAL_P(v) > 1024u * 1024u * 1024u) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "config \"max_response_size\" must be an int of bytes from 1024 to 1 GiB");
			return -1;
		}
		cfg->max_response_size = (size_t)Z_LVAL_P(v);
	}
	v = wxps_option(options, "on_stats");
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (!zend_is_callable(v, 0, NULL)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"on_stats\" must be callable, %s given",
			               zend_zval_type_name(v));
			return -1;
		}
		ZVAL_COPY(&cfg->on_stats, v);
	}
	v = wxps_option(options, "cert_refresh");
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < WXPS_CERT_RETRY_SECONDS || Z_LVAL_P(v) > 86400 * 30) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "config \"cert_refresh\" must be an int of seconds from %d to %d",
			               WXPS_CERT_RETRY_SECONDS, 86400 * 30);
			return -1;
		}
		cfg->cert_refresh = Z_LVAL_P(v);
	}
	v = wxps_option(options, "concurrency");

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 10000) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"concurrency\" must be an int from 1 to 10000");
		return -1;
	}
	cfg->concurrency = (uint32_t)Z_LVAL_P(v);
	return 0;
}

static int wxps_config_timeouts(wxps_config *cfg, HashTable *options)
{
	zval *v;
	zend_long ms;

	if ((v = wxps_option(options, "timeout")) && Z_TYPE_P(v) != IS_NULL) {
		if ((ms = php_wxps_seconds_option(v, "timeout")) < 0) {
			return -1;
		}
		cfg->timeout = ms / 1000.0;
	}
	if ((v = wxps_option(options, "connect_timeout")) && Z_TYPE_P(v) != IS_NULL) {
		if ((ms = php_wxps_seconds_option(v, "connect_timeout")) < 0) {
			return -1;
		}
		cfg->connect_timeout = ms / 1000.0;
	}
	return 0;
}

/* Headers that frame the request: a wrong one would split it, or send it elsewhere. */
static bool wxps_header_reserved(zend_string *name)
{
	return zend_string_equals_literal_ci(name, "Content-Length") ||
	       zend_string_equals_literal_ci(name, "Transfer-Encoding") || zend_string_equals_literal_ci(name, "Host");
}

static int wxps_header_put(HashTable *into, zend_string *name, zval *value, const char *option)
{
	zend_string *lower, *str;
	zval line;

	ZVAL_DEREF(value);
	if (wxps_header_reserved(name)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\": header \"%s\" is set by the client itself", option,
		               ZSTR_VAL(name));
		return -1;
	}
	if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\": header \"%s\" must be a string, %s given", option,
		               ZSTR_VAL(name), zend_zval_type_name(value));
		return -1;
	}
	str = zval_get_string(value);
	if (!wxps_header_value_ok(ZSTR_VAL(str), ZSTR_LEN(str))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "\"%s\": header \"%s\" must not contain CR, LF, NUL or other control characters", option,
		               ZSTR_VAL(name));
		zend_string_release(str);
		return -1;
	}
	ZVAL_STR(&line, zend_strpprintf(0, "%s: %s", ZSTR_VAL(name), ZSTR_VAL(str)));
	zend_string_release(str);
	lower = zend_string_tolower(name);
	zend_hash_update(into, lower, &line);
	zend_string_release(lower);
	return 0;
}

int php_wxps_headers_merge(HashTable *into, HashTable *from, const char *option)
{
	zend_string *name;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(from, name, value) {
		if (!name || !wxps_header_name_ok(ZSTR_VAL(name), ZSTR_LEN(name))) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "\"%s\" must map header names to values; \"%s\" is not a header name", option,
			               name ? ZSTR_VAL(name) : "(integer key)");
			return -1;
		}
		if (wxps_header_put(into, name, value, option) != 0) {
			return -1;
		}
	}
	ZEND_HASH_FOREACH_END();
	return 0;
}

static int wxps_config_headers(wxps_config *cfg, HashTable *options)
{
	zval *v = wxps_option(options, "headers");

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"headers\" must be an array, %s given",
		               zend_zval_type_name(v));
		return -1;
	}
	return php_wxps_headers_merge(&cfg->headers, Z_ARRVAL_P(v), "headers");
}

static int wxps_config_keys(wxps_config *cfg, HashTable *options)
{
	zval *v = wxps_option(options, "privateKey");
	HashTable *certs;

	/* As wechatpay-php: every required key is there before any of them is read. */
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"privateKey\" is required");
		return -1;
	}
	certs = wxps_config_certs_shape(cfg, options);
	if (!certs) {
		return -1;
	}
	cfg->private_key = wxps_load_key(v, true, "privateKey", "");
	if (!cfg->private_key) {
		return -1;
	}
	return wxps_config_certs(cfg, certs);
}

static int wxps_config_secrets(wxps_config *cfg, HashTable *options)
{
	zval *v = wxps_option(options, "apiv3Key");

	if (v && Z_TYPE_P(v) != IS_NULL && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 32)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"apiv3Key\" must be a string of 32 bytes");
		return -1;
	}
	if (v && Z_TYPE_P(v) == IS_STRING) {
		/* A copy of our own: the caller's string (or opcache's literal) is never wiped. */
		cfg->apiv3_key = zend_string_init(Z_STRVAL_P(v), Z_STRLEN_P(v), 0);
	}
	v = wxps_option(options, "secret");
	if (v && Z_TYPE_P(v) != IS_NULL && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "config \"secret\" must be a non-empty string");
		return -1;
	}
	if (v && Z_TYPE_P(v) == IS_STRING) {
		cfg->secret = zend_string_init(Z_STRVAL_P(v), Z_STRLEN_P(v), 0);
	}
	return 0;
}

wxps_config *php_wxps_config_from_array(HashTable *options)
{
	wxps_config *cfg;

	if (php_wxps_check_config_keys(options) != 0) {
		return NULL;
	}
	cfg = wxps_config_alloc();

	cfg->mchid = wxps_string_option(options, "mchid", true);
	if (cfg->mchid) {
		cfg->serial = wxps_string_option(options, "serial", true);
	}
	if (!cfg->serial || wxps_config_keys(cfg, options) != 0 || wxps_config_secrets(cfg, options) != 0 ||
	    wxps_config_base_uri(cfg, options) != 0 || wxps_config_verify(cfg, options) != 0 ||
	    wxps_config_timeouts(cfg, options) != 0 || wxps_config_headers(cfg, options) != 0 ||
	    wxps_config_limits(cfg, options) != 0 || wxps_config_proxy(cfg, options) != 0) {
		zval_ptr_dtor(&cfg->on_stats);
		php_wxps_config_release(cfg);
		return NULL;
	}
	cfg->owner = zend_strpprintf(0, "%s %s", ZSTR_VAL(cfg->mchid), ZSTR_VAL(cfg->origin));
	return cfg;
}
