/* Which keys a call's options and a client's config may hold. Nothing is silently ignored: an
 * unknown key is an InvalidArgumentException naming it, and Guzzle's options that wechatpay-php
 * users pass say what to use here instead. */
#include "wxps_php.h"

/* What a call takes besides the variables of its path. */
static const char *const wxps_call_keys[] = {
    "json",  "body",     "query",    "headers",   "timeout",          "connect_timeout",
    "proxy", "no_proxy", "on_stats", "multipart", "wechatpay_serial", NULL};

static const char *const wxps_config_keys[] = {
    "mchid",        "serial",  "privateKey",      "certs",    "apiv3Key", "secret",      "base_uri",
    "backup_uri",   "timeout", "connect_timeout", "verify",   "headers",  "concurrency", "max_response_size",
    "cert_refresh", "proxy",   "no_proxy",        "on_stats", NULL};

typedef struct {
	const char *name;
	const char *instead;
} wxps_guzzle_option;

/* Guzzle's request options (and wechatpay-php's config keys) we do not take, and what to do instead. */
static const wxps_guzzle_option wxps_guzzle_options[] = {
    {"sink", "use downloadBill() for bills, or the Response's getBody()"},
    {"save_to", "use downloadBill() for bills, or the Response's getBody()"},
    {"verify", "use config \"verify\" (TLS verification cannot be turned off)"},
    {"http_errors", "catch ClientException (4xx) and ServerException (5xx), which keep the answer"},
    {"debug", "use \"on_stats\""},
    {"progress", "use \"on_stats\""},
    {"on_headers", "use \"on_stats\""},
    {"allow_redirects", "WeChat Pay never redirects, so redirects are never followed"},
    {"form_params", "use \"json\" or \"body\""},
    {"auth", "every call is signed with config \"privateKey\""},
    {"cert", "use config \"privateKey\" and \"serial\""},
    {"ssl_key", "use config \"privateKey\""},
    {"read_timeout", "use \"timeout\""},
    {"decode_content", "answers are taken as WeChat Pay sends them"},
    {"synchronous", "use get() or getAsync()"},
    {"handler", "the HTTP stack is the extension's own"},
    {"base_uri", "use config \"base_uri\""},
    {"merchant", "use config \"privateKey\" and \"serial\""},
    {NULL, NULL}};

static bool wxps_listed(const char *const *list, zend_string *key)
{
	for (; *list; list++) {
		if (zend_string_equals_cstr(key, *list, strlen(*list))) {
			return true;
		}
	}
	return false;
}

/* Whether name is the variable of a "{name}" or "{+name}" of the template. */
static bool wxps_template_has(zend_string *tpl, zend_string *name)
{
	const char *s = ZSTR_VAL(tpl), *end = s + ZSTR_LEN(tpl), *open, *close;

	while ((open = memchr(s, '{', (size_t)(end - s))) && (close = memchr(open, '}', (size_t)(end - open)))) {
		const char *var = open + 1 + (open[1] == '+');
		if ((size_t)(close - var) == ZSTR_LEN(name) && memcmp(var, ZSTR_VAL(name), ZSTR_LEN(name)) == 0) {
			return true;
		}
		s = close + 1;
	}
	return false;
}

/* The InvalidArgumentException for a key nobody takes; what (`option` or `config`) names the array. */
static void wxps_unknown_key(const char *what, zend_string *key, const char *hint)
{
	const wxps_guzzle_option *g;

	for (g = wxps_guzzle_options; g->name; g++) {
		if (zend_string_equals_cstr(key, g->name, strlen(g->name))) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "%s \"%s\" is not taken: %s", what, g->name,
			               g->instead);
			return;
		}
	}
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "unknown %s \"%.*s\"%s", what, (int)MIN(ZSTR_LEN(key), 64),
	               ZSTR_VAL(key), hint);
}

int php_wxps_check_call_options(HashTable *options, zend_string *tpl)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(options, idx, key) {
		if (!key) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "options must be keyed by name; [" ZEND_ULONG_FMT "] is not", idx);
			return -1;
		}
		if (!wxps_listed(wxps_call_keys, key) && !wxps_template_has(tpl, key)) {
			wxps_unknown_key("option", key, ": neither an option nor a variable of this call's path");
			return -1;
		}
	}
	ZEND_HASH_FOREACH_END();
	return 0;
}

int php_wxps_check_config_keys(HashTable *config)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(config, idx, key) {
		if (!key) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "config must be keyed by name; [" ZEND_ULONG_FMT "] is not", idx);
			return -1;
		}
		if (!wxps_listed(wxps_config_keys, key)) {
			wxps_unknown_key("config", key, "");
			return -1;
		}
	}
	ZEND_HASH_FOREACH_END();
	return 0;
}
