/* One signed call: from a node's URI template and the caller's options to the bytes sent,
 * and from the answer to a verified Response or the exception that explains it. */
#include "wxps_php.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"

#include "php_wxpayscore.h"
#include "wxps_sign.h"
#include "wxps_uri.h"

/* The longest path and query sent: far beyond any WeChat Pay URL, below libcurl's 1 MiB head. */
#define WXPS_MAX_TARGET (512u * 1024u)

struct wxps_call {
	const char *method;
	wxps_config *cfg;
	zend_string *target; /* path and query, exactly as signed and sent */
	zend_string *url;
	zend_string *body; /* NULL: no body */
	HashTable headers; /* lower-cased name => "Name: value" */
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	bool on_backup;              /* the primary could not be reached; this call went to the backup */
	zval on_stats;               /* the hook told of the call once it has finished; UNDEF: none */
	zval cfg_hook;               /* a reference to cfg->on_stats, which cfg does not count (wxps_php.h) */
	zend_object *hook_exception; /* what the hook threw when the call itself succeeded */
	zend_string *proxy;          /* NULL: the environment's; "": none */
	zend_string *no_proxy;       /* NULL: the environment's */
	php_wxps_upload *upload;     /* the "multipart" option: body is then its meta JSON */
	wxps_http_sink sink;         /* a download's 2xx body goes here as it arrives */
	void *sink_ud;
};

typedef struct {
	HashTable *options;
	zend_string **held; /* string forms of int values, alive until expansion ends */
	uint32_t nheld;
	uint32_t cap;
	char bad[64]; /* a variable whose value has the wrong type */
} wxps_vars;

/* Keep the string form of an int value until the expansion is done. */
static zend_string *wxps_vars_hold(wxps_vars *vars, zend_long value)
{
	if (vars->nheld == vars->cap) {
		vars->cap = vars->cap ? vars->cap * 2 : 4;
		vars->held = safe_erealloc(vars->held, vars->cap, sizeof(*vars->held), 0);
	}
	return vars->held[vars->nheld++] = zend_long_to_str(value);
}

static int wxps_lookup_var(void *ud, const char *name, size_t len, const char **val, size_t *vlen)
{
	wxps_vars *vars = ud;
	zval *v = zend_hash_str_find(vars->options, name, len);

	if (!v) {
		return 0;
	}
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		zend_string *s = wxps_vars_hold(vars, Z_LVAL_P(v));
		*val = ZSTR_VAL(s);
		*vlen = ZSTR_LEN(s);
		return 1;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		snprintf(vars->bad, sizeof(vars->bad), "%.*s", (int)len, name);
		return 0;
	}
	*val = Z_STRVAL_P(v);
	*vlen = Z_STRLEN_P(v);
	return 1;
}

static int wxps_call_path(wxps_call *call, zend_string *tpl, HashTable *options, smart_str *target)
{
	wxps_vars vars = {options, NULL, 0, 0, {0}};
	wxps_error err;
	wxps_buf out;
	uint32_t i;
	int rc;

	wxps_error_clear(&err);
	wxps_buf_init(&out);
	rc = wxps_uri_expand(ZSTR_VAL(tpl), ZSTR_LEN(tpl), wxps_lookup_var, &vars, &out, &err);
	for (i = 0; i < vars.nheld; i++) {
		zend_string_release(vars.held[i]);
	}
	if (vars.held) {
		efree(vars.held);
	}
	if (rc != 0) {
		if (vars.bad[0]) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "path variable \"%s\" must be a string or int",
			               vars.bad);
		} else {
			php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
		}
		wxps_buf_free(&out);
		return -1;
	}
	/* A path that starts with '/' is from the origin, as Guzzle resolves it against base_uri. */
	if (!out.len || out.data[0] != '/') {
		smart_str_append(target, call->cfg->base_path);
	}
	smart_str_appendl(target, out.data ? out.data : "", out.len);
	wxps_buf_free(&out);
	return 0;
}

static void wxps_query_pair(smart_str *q, zend_string *key, zval *v)
{
	wxps_buf enc;

	if (ZSTR_LEN(q->s ? q->s : ZSTR_EMPTY_ALLOC()) > 0) {
		smart_str_appendc(q, '&');
	}
	wxps_buf_init(&enc);
	wxps_percent_encode(ZSTR_VAL(key), ZSTR_LEN(key), 0, &enc);
	if (Z_TYPE_P(v) != IS_NULL) {
		zend_string *s = Z_TYPE_P(v) == IS_TRUE    ? ZSTR_CHAR('1')
		                 : Z_TYPE_P(v) == IS_FALSE ? ZSTR_CHAR('0')
		                                           : zval_get_string(v);
		wxps_buf_append_char(&enc, '=');
		wxps_percent_encode(ZSTR_VAL(s), ZSTR_LEN(s), 0, &enc);
		zend_string_release(s);
	}
	smart_str_appendl(q, enc.data, enc.len);
	wxps_buf_free(&enc);
}

static bool wxps_query_scalar(zval *v)
{
	return Z_TYPE_P(v) <= IS_STRING; /* null, bools, int, float, string */
}

/* RFC 3986 encoding of an array; a list value repeats its key, as Guzzle does. */
static int wxps_query_build(HashTable *params, smart_str *q)
{
	zend_string *key;
	zend_ulong idx;
	zval *v, *item;

	ZEND_HASH_FOREACH_KEY_VAL(params, idx, key, v) {
		zend_string *k = key ? zend_string_copy(key) : zend_long_to_str((zend_long)idx);
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				ZVAL_DEREF(item);
				if (!wxps_query_scalar(item)) {
					goto bad;
				}
				wxps_query_pair(q, k, item);
			}
			ZEND_HASH_FOREACH_END();
		} else if (wxps_query_scalar(v)) {
			wxps_query_pair(q, k, v);
		} else {
			goto bad;
		}
		zend_string_release(k);
		continue;
	bad:
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "\"query\" value of \"%s\" must be a scalar or a list of scalars", ZSTR_VAL(k));
		zend_string_release(k);
		return -1;
	}
	ZEND_HASH_FOREACH_END();
	return 0;
}

/* A query string given whole is sent as given, but for bytes libcurl would re-encode. */
static bool wxps_query_string_ok(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= ' ' || c == 0x7f || c == '#') {
			return false;
		}
	}
	return true;
}

static int wxps_call_query(HashTable *options, smart_str *target)
{
	zval *q = zend_hash_str_find_deref(options, "query", sizeof("query") - 1);
	smart_str built = {0};
	const char *s;
	size_t n;

	if (!q || Z_TYPE_P(q) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(q) == IS_ARRAY) {
		if (wxps_query_build(Z_ARRVAL_P(q), &built) != 0) {
			smart_str_free(&built);
			return -1;
		}
		s = built.s ? ZSTR_VAL(built.s) : "";
		n = built.s ? ZSTR_LEN(built.s) : 0;
	} else if (Z_TYPE_P(q) == IS_STRING) {
		s = Z_STRVAL_P(q);
		n = Z_STRLEN_P(q);
		if (n && s[0] == '?') {
			s++;
			n--;
		}
		if (!wxps_query_string_ok(s, n)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "\"query\" string must be encoded: no spaces, control characters or '#'");
			return -1;
		}
	} else {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"query\" must be an array or a string, %s given",
		               zend_zval_type_name(q));
		return -1;
	}
	if (n) {
		wxps_buf enc;
		wxps_error err;
		int rc;
		smart_str_appendc(target,
		                  target->s && memchr(ZSTR_VAL(target->s), '?', ZSTR_LEN(target->s)) ? '&' : '?');
		wxps_buf_init(&enc);
		wxps_error_clear(&err);
		rc = wxps_uri_literal(s, n, &enc, &err);
		if (rc == 0) {
			smart_str_appendl(target, enc.data, enc.len);
		} else {
			php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
		}
		wxps_buf_free(&enc);
		smart_str_free(&built);
		return rc;
	}
	smart_str_free(&built);
	return 0;
}

static const char *wxps_json_error(php_json_error_code code)
{
	switch (code) {
	case PHP_JSON_ERROR_DEPTH: return "maximum nesting depth exceeded";
	case PHP_JSON_ERROR_RECURSION: return "recursive references";
	case PHP_JSON_ERROR_UTF8: return "malformed UTF-8";
	case PHP_JSON_ERROR_INF_OR_NAN: return "INF or NAN cannot be encoded";
	case PHP_JSON_ERROR_UNSUPPORTED_TYPE: return "a value of a type that cannot be encoded";
	default: return "cannot be encoded";
	}
}

static int wxps_call_body(wxps_call *call, HashTable *options)
{
	zval *json = zend_hash_str_find_deref(options, "json", sizeof("json") - 1);
	zval *body = zend_hash_str_find_deref(options, "body", sizeof("body") - 1);
	smart_str buf = {0};

	if (json && Z_TYPE_P(json) == IS_NULL) {
		json = NULL;
	}
	if (body && Z_TYPE_P(body) == IS_NULL) {
		body = NULL;
	}
	zval *multipart = zend_hash_str_find_deref(options, "multipart", sizeof("multipart") - 1), *media;

	/* MediaUtil's getStream() as "body", as wechatpay-php takes it: the upload it stands for. */
	if (body && !json && (!multipart || Z_TYPE_P(multipart) == IS_NULL) && (media = php_wxps_stream_media(body))) {
		multipart = media;
		body = NULL;
	}
	if (multipart && Z_TYPE_P(multipart) != IS_NULL) {
		if (json || body) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "give \"multipart\" alone, without \"json\" or \"body\"");
			return -1;
		}
		if (!(call->upload = php_wxps_upload_open(multipart, php_wxps_upload_max(call->target)))) {
			return -1;
		}
		/* What WeChat Pay signs of an upload is its meta part. */
		call->body = zend_string_copy(php_wxps_upload_meta(call->upload));
		return 0;
	}
	if (json && body) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "give either \"json\" or \"body\", not both");
		return -1;
	}
	if (body) {
		if (Z_TYPE_P(body) != IS_STRING) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"body\" must be a string, %s given",
			               zend_zval_type_name(body));
			return -1;
		}
		call->body = zend_string_copy(Z_STR_P(body));
		return 0;
	}
	if (!json) {
		return 0;
	}
	if (Z_TYPE_P(json) != IS_ARRAY && Z_TYPE_P(json) != IS_OBJECT) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"json\" must be an array or an object, %s given",
		               zend_zval_type_name(json));
		return -1;
	}
	if (php_json_encode_ex(&buf, json, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE,
	                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE ||
	    JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		php_json_error_code code = JSON_G(error_code);
		smart_str_free(&buf);
		JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		if (!EG(exception)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"json\" cannot be encoded: %s",
			               wxps_json_error(code));
		}
		return -1;
	}
	call->body = smart_str_extract(&buf);
	return 0;
}

/* Header lines every call sends, made once per process (interned: no copy per call). */
static zend_string *wxps_line_user_agent;
static zend_string *wxps_line_accept;
static zend_string *wxps_line_json;

void php_wxps_call_startup(void)
{
	char ua[160];

	snprintf(ua, sizeof(ua), "User-Agent: wxpayscore/%s (%s) PHP/%s curl/%s", PHP_WXPAYSCORE_VERSION, PHP_OS,
	         PHP_VERSION, wxps_http_libcurl_version());
	wxps_line_user_agent = zend_string_init_interned(ua, strlen(ua), 1);
	wxps_line_accept = zend_string_init_interned("Accept: application/json", 24, 1);
	wxps_line_json = zend_string_init_interned("Content-Type: application/json", 30, 1);
}

static void wxps_header_default(HashTable *h, const char *lower, zend_string *line)
{
	zval v;

	ZVAL_STR(&v, line);
	zend_hash_str_update(h, lower, strlen(lower), &v);
}

/* With the option "wechatpay_serial" => true, Wechatpay-Serial names the key that encrypted the
 * call's sensitive fields. A configured public key is already named by every request (a default
 * header of the config); the caller's headers override either. */
static int wxps_call_serial_header(wxps_call *call, HashTable *options)
{
	zval *want = zend_hash_str_find_deref(options, "wechatpay_serial", sizeof("wechatpay_serial") - 1);
	zend_string *serial;
	EVP_PKEY *key;
	zval line;

	if (want && Z_TYPE_P(want) != IS_NULL && Z_TYPE_P(want) != IS_TRUE && Z_TYPE_P(want) != IS_FALSE) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"wechatpay_serial\" must be true or false, %s given",
		               zend_zval_type_name(want));
		return -1;
	}
	if (!want || Z_TYPE_P(want) != IS_TRUE || call->cfg->pubkey_serial) {
		return 0;
	}
	if (!(key = php_wxps_encryption_key(call->cfg, &serial))) {
		return -1;
	}
	wxps_key_free(key);
	ZVAL_STR(&line, zend_strpprintf(0, "Wechatpay-Serial: %s", ZSTR_VAL(serial)));
	zend_hash_str_update(&call->headers, "wechatpay-serial", sizeof("wechatpay-serial") - 1, &line);
	zend_string_release(serial);
	return 0;
}

static int wxps_call_headers(wxps_call *call, HashTable *options, bool json)
{
	zval *h = zend_hash_str_find_deref(options, "headers", sizeof("headers") - 1);

	zend_hash_init(&call->headers, 8, NULL, ZVAL_PTR_DTOR, 0);
	wxps_header_default(&call->headers, "accept", wxps_line_accept);
	wxps_header_default(&call->headers, "user-agent", wxps_line_user_agent);
	if (json) {
		wxps_header_default(&call->headers, "content-type", wxps_line_json);
	}
	if (wxps_call_serial_header(call, options) != 0) {
		return -1;
	}
	zend_hash_copy(&call->headers, &call->cfg->headers, zval_add_ref);
	if (h && Z_TYPE_P(h) != IS_NULL) {
		if (Z_TYPE_P(h) != IS_ARRAY) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"headers\" must be an array, %s given",
			               zend_zval_type_name(h));
			return -1;
		}
		if (php_wxps_headers_merge(&call->headers, Z_ARRVAL_P(h), "headers") != 0) {
			return -1;
		}
	}
	/* An upload's Content-Type is libcurl's, naming the boundary it writes; one given here (as
	 * MediaUtil's getContentType() gives it) would name another. */
	if (call->upload) {
		zend_hash_str_del(&call->headers, "content-type", sizeof("content-type") - 1);
	}
	return 0;
}

static int wxps_call_timeouts(wxps_call *call, HashTable *options)
{
	zval *v;

	call->timeout_ms = (zend_long)(call->cfg->timeout * 1000.0 + 0.5);
	call->connect_timeout_ms = (zend_long)(call->cfg->connect_timeout * 1000.0 + 0.5);
	if ((v = zend_hash_str_find_deref(options, "timeout", sizeof("timeout") - 1)) && Z_TYPE_P(v) != IS_NULL &&
	    (call->timeout_ms = php_wxps_seconds_option(v, "timeout")) < 0) {
		return -1;
	}
	if ((v = zend_hash_str_find_deref(options, "connect_timeout", sizeof("connect_timeout") - 1)) &&
	    Z_TYPE_P(v) != IS_NULL && (call->connect_timeout_ms = php_wxps_seconds_option(v, "connect_timeout")) < 0) {
		return -1;
	}
	return 0;
}

static int wxps_call_sign(wxps_call *call)
{
	char nonce[WXPS_NONCE_LEN + 1];
	wxps_error err;
	wxps_buf auth;
	zval line;

	wxps_error_clear(&err);
	wxps_buf_init(&auth);
	if (wxps_nonce(nonce) != 0 || wxps_buf_append_str(&auth, "Authorization: ") != 0 ||
	    wxps_sign_request(call->cfg->private_key, ZSTR_VAL(call->cfg->mchid), ZSTR_VAL(call->cfg->serial),
	                      call->method, ZSTR_VAL(call->target), call->body ? ZSTR_VAL(call->body) : "",
	                      call->body ? ZSTR_LEN(call->body) : 0, (int64_t)time(NULL), nonce, &auth, &err) != 0) {
		wxps_buf_free(&auth);
		wxps_error_set(&err, WXPS_E_INTERNAL, "cannot sign the request");
		php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
		return -1;
	}
	ZVAL_STRINGL(&line, auth.data, auth.len);
	zend_hash_str_update(&call->headers, "authorization", sizeof("authorization") - 1, &line);
	wxps_buf_free(&auth);
	return 0;
}

/* The call's proxy and no_proxy, else the client's. */
static int wxps_call_proxy(wxps_call *call, HashTable *options)
{
	int failed;

	call->proxy = php_wxps_proxy_option(zend_hash_str_find_deref(options, "proxy", sizeof("proxy") - 1),
	                                    "\"proxy\"", false, &failed);
	if (!failed) {
		call->no_proxy =
		    php_wxps_proxy_option(zend_hash_str_find_deref(options, "no_proxy", sizeof("no_proxy") - 1),
		                          "\"no_proxy\"", true, &failed);
	}
	if (failed) {
		return -1;
	}
	if (!call->proxy && call->cfg->proxy) {
		call->proxy = zend_string_copy(call->cfg->proxy);
	}
	if (!call->no_proxy && call->cfg->no_proxy) {
		call->no_proxy = zend_string_copy(call->cfg->no_proxy);
	}
	return 0;
}

/* The call's on_stats hook, else the client's. */
static int wxps_call_on_stats(wxps_call *call, HashTable *options)
{
	zval *hook = zend_hash_str_find_deref(options, "on_stats", sizeof("on_stats") - 1);

	if (hook && Z_TYPE_P(hook) != IS_NULL) {
		if (!zend_is_callable(hook, 0, NULL)) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"on_stats\" must be callable, %s given",
			               zend_zval_type_name(hook));
			return -1;
		}
		ZVAL_COPY(&call->on_stats, hook);
	} else if (!Z_ISUNDEF(call->cfg->on_stats)) {
		ZVAL_COPY(&call->on_stats, &call->cfg->on_stats);
	}
	return 0;
}

static int wxps_call_prepare(wxps_call *call, zend_string *tpl, HashTable *options)
{
	smart_str target = {0};

	if (wxps_call_path(call, tpl, options, &target) != 0 || wxps_call_query(options, &target) != 0) {
		smart_str_free(&target);
		return -1;
	}
	call->target = smart_str_extract(&target);
	/* libcurl refuses request heads over 1 MiB, with a misleading "Out of memory". */
	if (ZSTR_LEN(call->target) > WXPS_MAX_TARGET) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "path and query are %zu bytes long; at most %u can be sent",
		               ZSTR_LEN(call->target), WXPS_MAX_TARGET);
		return -1;
	}
	call->url = zend_string_concat2(ZSTR_VAL(call->cfg->origin), ZSTR_LEN(call->cfg->origin),
	                                ZSTR_VAL(call->target), ZSTR_LEN(call->target));
	if (wxps_call_on_stats(call, options) != 0 || wxps_call_proxy(call, options) != 0 ||
	    wxps_call_body(call, options) != 0 ||
	    wxps_call_headers(call, options, zend_hash_str_find(options, "json", 4) && call->body) != 0 ||
	    wxps_call_timeouts(call, options) != 0) {
		return -1;
	}
	return 0;
}

/* The body and header lines, once no transfer can need them again. */
static void wxps_call_drop_request(wxps_call *call)
{
	if (call->body) {
		zend_string_release(call->body);
		call->body = NULL;
	}
	if (call->headers.nTableSize) {
		zend_hash_destroy(&call->headers);
		memset(&call->headers, 0, sizeof(call->headers));
	}
}

void php_wxps_call_free(wxps_call *call)
{
	if (!call) {
		return;
	}
	php_wxps_config_release(call->cfg);
	if (call->target) {
		zend_string_release(call->target);
	}
	if (call->url) {
		zend_string_release(call->url);
	}
	wxps_call_drop_request(call);
	zval_ptr_dtor(&call->on_stats);
	zval_ptr_dtor(&call->cfg_hook);
	if (call->upload) {
		php_wxps_upload_free(call->upload);
	}
	if (call->proxy) {
		zend_string_release(call->proxy);
	}
	if (call->no_proxy) {
		zend_string_release(call->no_proxy);
	}
	if (call->hook_exception) {
		OBJ_RELEASE(call->hook_exception);
	}
	efree(call);
}

/* A call that holds cfg and, for as long as it lives, the config's hook. */
static wxps_call *wxps_call_alloc(const char *method, wxps_config *cfg)
{
	wxps_call *call = ecalloc(1, sizeof(*call));

	call->method = method;
	call->cfg = php_wxps_config_addref(cfg);
	ZVAL_COPY(&call->cfg_hook, &cfg->on_stats);
	return call;
}

wxps_call *php_wxps_call_new(const char *method, wxps_config *cfg, zend_string *tpl, HashTable *options)
{
	wxps_call *call;

	if (php_wxps_check_call_options(options, tpl) != 0) {
		return NULL;
	}
	call = wxps_call_alloc(method, cfg);
	if (wxps_call_prepare(call, tpl, options) != 0) {
		php_wxps_call_free(call);
		return NULL;
	}
	return call;
}

wxps_config *php_wxps_call_config(const wxps_call *call)
{
	return call->cfg;
}

/* ---- the answer ---- */

/* A URL or target as messages quote it: long ones are cut, so a message stays a message. */
#define WXPS_QUOTE_MAX 200
#define WXPS_QUOTE(s) (int)MIN(ZSTR_LEN(s), WXPS_QUOTE_MAX), ZSTR_VAL(s), ZSTR_LEN(s) > WXPS_QUOTE_MAX ? "..." : ""

static int wxps_call_verify(wxps_call *call, wxps_response *resp, wxps_error *err)
{
	const char *serial = wxps_response_header(resp, "Wechatpay-Serial");
	const char *body = resp->body.data ? resp->body.data : "";
	wxps_answer_kind kind =
	    wxps_answer_kind_of(call->method, ZSTR_VAL(call->target), strcspn(ZSTR_VAL(call->target), "?"));
	EVP_PKEY *key;
	int rc;

	if (kind == WXPS_ANSWER_UNSIGNED) {
		return 0; /* WeChat Pay does not sign these downloads */
	}
	if (!serial) {
		return wxps_error_set(err, WXPS_E_VERIFY, "answer has no Wechatpay-Serial header");
	}
	key = php_wxps_platform_key(call->cfg, serial, err);
	if (!key) {
		return -1;
	}
	if (kind == WXPS_ANSWER_STATEMENT && wxps_response_header(resp, "Wechatpay-Statement-Sha1")) {
		rc = wxps_verify_statement(key, wxps_response_header(resp, "Wechatpay-Timestamp"),
		                           wxps_response_header(resp, "Wechatpay-Nonce"),
		                           wxps_response_header(resp, "Wechatpay-Statement-Sha1"), body, resp->body.len,
		                           wxps_response_header(resp, "Wechatpay-Signature"), (int64_t)time(NULL), err);
	} else {
		rc = wxps_verify_response(key, wxps_response_header(resp, "Wechatpay-Timestamp"),
		                          wxps_response_header(resp, "Wechatpay-Nonce"), body, resp->body.len,
		                          wxps_response_header(resp, "Wechatpay-Signature"), (int64_t)time(NULL), err);
	}
	wxps_key_free(key);
	return rc;
}

static zend_string *wxps_json_field(zval *response, const char *name)
{
	zval *json = php_wxps_response_json(response), *v;

	if (!json || !(v = zend_hash_str_find(Z_ARRVAL_P(json), name, strlen(name))) || Z_TYPE_P(v) != IS_STRING) {
		return NULL;
	}
	return Z_STR_P(v);
}

static void wxps_throw_status(wxps_call *call, zval *response)
{
	long status = php_wxps_response_status(response);
	zend_string *code = wxps_json_field(response, "code"), *message = wxps_json_field(response, "message");
	zend_class_entry *ce = status >= 500   ? php_wxps_ce_server_error
	                       : status >= 400 ? php_wxps_ce_client_error
	                                       : php_wxps_ce_request;
	char *text;

	/* WeChat Pay never redirects; following one would carry the Authorization header elsewhere. */
	spprintf(&text, 0, "%s %.*s%s answered %ld%s%s%s%s%s", call->method, WXPS_QUOTE(call->target), status,
	         code ? ": " : "", code ? ZSTR_VAL(code) : "", code && message ? " " : "",
	         code && message ? ZSTR_VAL(message) : "",
	         status < 400 ? " (not a WeChat Pay answer; redirects are not followed)" : "");
	php_wxps_throw_request(ce, text, call->method, call->url, response, code);
	efree(text);
}

static void wxps_call_answer(wxps_call *call, wxps_response *resp, zval *return_value)
{
	long status = resp->status;
	wxps_error err;
	zval response;

	wxps_error_clear(&err);
	if (status >= 200 && status < 300) {
		wxps_call_verify(call, resp, &err);
	}
	php_wxps_response_create(&response, resp);
	if (err.kind != WXPS_OK) {
		char *text;
		spprintf(&text, 0, "%s %.*s%s: %s", call->method, WXPS_QUOTE(call->target), err.message);
		php_wxps_throw_request(php_wxps_ce_request, text, call->method, call->url, &response, NULL);
		efree(text);
		zval_ptr_dtor(&response);
		return;
	}
	if (status < 200 || status >= 300) {
		wxps_throw_status(call, &response);
		zval_ptr_dtor(&response);
		return;
	}
	ZVAL_COPY_VALUE(return_value, &response);
}

/* Point a call that never left at the backup origin (same path, so the same signature). */
static void wxps_call_to_backup(wxps_call *call)
{
	zend_string *url = zend_string_concat2(ZSTR_VAL(call->cfg->backup_origin), ZSTR_LEN(call->cfg->backup_origin),
	                                       ZSTR_VAL(call->target), ZSTR_LEN(call->target));

	zend_string_release(call->url);
	call->url = url;
	call->on_backup = true;
}

wxps_transfer *php_wxps_call_start(wxps_call *call)
{
	wxps_http_engine *eng = php_wxps_engine();
	const char **lines;
	wxps_request req = {0};
	wxps_transfer *t;
	wxps_error err;
	zval *line;
	size_t n = 0;

	/* Signed now, not when queued: a call that waited for a slot still goes out with a fresh timestamp. */
	if (!eng || wxps_call_sign(call) != 0) {
		return NULL;
	}
	lines = safe_emalloc(zend_hash_num_elements(&call->headers), sizeof(*lines), 0);
	ZEND_HASH_FOREACH_VAL(&call->headers, line) {
		lines[n++] = Z_STRVAL_P(line);
	}
	ZEND_HASH_FOREACH_END();
	req.method = call->method;
	req.url = ZSTR_VAL(call->url);
	req.headers = lines;
	req.nheaders = n;
	req.body = call->body ? ZSTR_VAL(call->body) : NULL;
	req.body_len = call->body ? ZSTR_LEN(call->body) : 0;
	req.timeout_ms = (long)call->timeout_ms;
	req.connect_timeout_ms = (long)call->connect_timeout_ms;
	req.ca_file = call->cfg->ca_file ? ZSTR_VAL(call->cfg->ca_file) : NULL;
	req.max_body = call->cfg->max_response_size;
	req.proxy = call->proxy ? ZSTR_VAL(call->proxy) : NULL;
	req.no_proxy = call->no_proxy ? ZSTR_VAL(call->no_proxy) : NULL;
	if (call->upload) {
		req.body = NULL;
		req.body_len = 0;
		req.multipart = php_wxps_upload_parts(call->upload);
	}
	req.sink = call->sink;
	req.sink_ud = call->sink_ud;
	wxps_error_clear(&err);
	t = wxps_http_start(eng, &req, &err);
	efree(lines);
	if (!t) {
		php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
	} else if (!call->cfg->backup_origin || call->on_backup) {
		/* libcurl holds its own copies; only a failover would send them again. */
		wxps_call_drop_request(call);
	}
	return t;
}

/* A TransferException that names the proxy the call went through, if one was set. */
static void wxps_call_throw_transfer(wxps_call *call, const wxps_error *err)
{
	zend_string *shown;

	if (!call->proxy || ZSTR_LEN(call->proxy) == 0) {
		php_wxps_throw(PHP_WXPS_TRANSFER, "%s %.*s%s: %s", call->method, WXPS_QUOTE(call->url), err->message);
		return;
	}
	shown = php_wxps_proxy_shown(call->proxy);
	php_wxps_throw(PHP_WXPS_TRANSFER, "%s %.*s%s through proxy %.*s%s: %s", call->method, WXPS_QUOTE(call->url),
	               WXPS_QUOTE(shown), err->message);
	zend_string_release(shown);
}

/* What the hook is told of a finished call: never a signature, a key or an Authorization value. */
static void wxps_call_stats(wxps_call *call, wxps_transfer *t, const wxps_response *resp, zval *stats)
{
	const char *request_id = resp ? wxps_response_header(resp, "Request-ID") : NULL;
	const char *serial = resp ? wxps_response_header(resp, "Wechatpay-Serial") : NULL;
	wxps_http_stats cost;
	zval time;

	wxps_http_stats_of(t, &cost);
	array_init_size(stats, 10);
	add_assoc_string(stats, "method", (char *)call->method);
	add_assoc_str(stats, "url", zend_string_copy(call->url));
	add_assoc_long(stats, "status", resp ? resp->status : 0);
	request_id ? add_assoc_string(stats, "request_id", (char *)request_id) : add_assoc_null(stats, "request_id");
	serial ? add_assoc_string(stats, "serial", (char *)serial) : add_assoc_null(stats, "serial");
	add_assoc_bool(stats, "failover", call->on_backup);
	add_assoc_null(stats, "error");
	array_init_size(&time, 5);
	add_assoc_double(&time, "dns", cost.dns);
	add_assoc_double(&time, "connect", cost.connect);
	add_assoc_double(&time, "tls", cost.tls);
	add_assoc_double(&time, "first_byte", cost.first_byte);
	add_assoc_double(&time, "total", cost.total);
	add_assoc_zval(stats, "time", &time);
	add_assoc_long(stats, "bytes_sent", (zend_long)cost.bytes_sent);
	add_assoc_long(stats, "bytes_received", (zend_long)cost.bytes_received);
}

/* Tell the hook, once the call's own outcome is settled: when the call failed, its exception
 * stays the one thrown and the hook's becomes its previous; when it succeeded, the hook's is
 * kept for the caller to throw after the result is handed over. */
static void wxps_call_report(wxps_call *call, zval *stats)
{
	zend_object *failure = EG(exception), *thrown;
	zval ret;

	if (Z_ISUNDEF(call->on_stats)) {
		return;
	}
	if (failure) {
		if (zend_is_unwind_exit(failure) || zend_is_graceful_exit(failure)) {
			return;
		}
		add_assoc_str(stats, "error", zend_string_copy(failure->ce->name));
		GC_ADDREF(failure);
		zend_clear_exception();
	}
	ZVAL_UNDEF(&ret);
	call_user_function(NULL, NULL, &call->on_stats, &ret, 1, stats);
	zval_ptr_dtor(&ret);
	thrown = EG(exception);
	if (thrown) {
		GC_ADDREF(thrown);
		zend_clear_exception();
	}
	if (failure) {
		if (thrown) {
			zend_exception_set_previous(failure, thrown);
		}
		zend_throw_exception_internal(failure);
	} else if (thrown) {
		call->hook_exception = thrown;
	}
}

zend_object *php_wxps_call_take_hook_exception(wxps_call *call)
{
	zend_object *ex = call->hook_exception;

	call->hook_exception = NULL;
	return ex;
}

wxps_transfer *php_wxps_call_finish(wxps_call *call, wxps_transfer *t, zval *out)
{
	wxps_response *resp = NULL;
	wxps_error err;
	zval stats;

	wxps_error_clear(&err);
	if (wxps_http_result(t, &resp, &err) == 0) {
		if (!Z_ISUNDEF(call->on_stats)) {
			wxps_call_stats(call, t, resp, &stats);
		}
		wxps_call_answer(call, resp, out);
	} else if (wxps_http_unsent(t) && call->cfg->backup_origin && !call->on_backup) {
		wxps_call_to_backup(call);
		return php_wxps_call_start(call);
	} else {
		if (!Z_ISUNDEF(call->on_stats)) {
			wxps_call_stats(call, t, NULL, &stats);
		}
		wxps_call_throw_transfer(call, &err);
	}
	if (!Z_ISUNDEF(call->on_stats)) {
		wxps_call_report(call, &stats);
		zval_ptr_dtor(&stats);
	}
	return NULL;
}

int php_wxps_call_fetch(wxps_config *cfg, const char *path, wxps_response **resp, wxps_error *err)
{
	zend_string *tpl = zend_string_init(path, strlen(path), 0);
	wxps_call *call = php_wxps_call_new("GET", cfg, tpl, (HashTable *)&zend_empty_array);
	wxps_transfer *t = call ? php_wxps_call_start(call) : NULL;
	int rc = -1;

	zend_string_release(tpl);
	while (t) {
		wxps_http_wait(php_wxps_engine(), t);
		rc = wxps_http_result(t, resp, err);
		if (rc != 0 && wxps_http_unsent(t) && cfg->backup_origin && !call->on_backup) {
			wxps_error_clear(err);
			wxps_call_to_backup(call);
			wxps_http_free(php_wxps_engine(), t);
			t = php_wxps_call_start(call);
			continue;
		}
		wxps_http_free(php_wxps_engine(), t);
		t = NULL;
	}
	if (EG(exception)) {
		php_wxps_exception_to_error(err, WXPS_E_TRANSFER);
	}
	php_wxps_call_free(call);
	return rc;
}

/* The answer of a download once its transfer finished: 0 for a 2xx (its body went to the sink),
 * -1 after throwing. NULL *next, or the transfer to the backup to wait for. */
static int wxps_download_result(wxps_call *call, wxps_transfer *t, wxps_error *sink_err, wxps_transfer **next)
{
	wxps_response *resp = NULL;
	wxps_error err;
	zval response;

	*next = NULL;
	wxps_error_clear(&err);
	if (wxps_http_result(t, &resp, &err) == 0) {
		if (resp->status >= 200 && resp->status < 300) {
			wxps_response_free(resp);
			return 0;
		}
		php_wxps_response_create(&response, resp);
		wxps_throw_status(call, &response);
		zval_ptr_dtor(&response);
		return -1;
	}
	if (sink_err->kind != WXPS_OK) {
		php_wxps_throw(php_wxps_error_kind(sink_err, PHP_WXPS_REQUEST), "%s %.*s%s: %s", call->method,
		               WXPS_QUOTE(call->target), sink_err->message);
		return -1;
	}
	if (wxps_http_unsent(t) && call->cfg->backup_origin && !call->on_backup) {
		wxps_call_to_backup(call);
		*next = php_wxps_call_start(call);
		return *next ? 0 : -1;
	}
	php_wxps_throw(PHP_WXPS_TRANSFER, "%s %.*s%s: %s", call->method, WXPS_QUOTE(call->url), err.message);
	return -1;
}

int php_wxps_call_download(wxps_config *cfg, zend_string *origin, zend_string *target, wxps_http_sink sink, void *ud,
                           wxps_error *sink_err)
{
	wxps_call *call = wxps_call_alloc("GET", cfg);
	wxps_transfer *t, *next = NULL;
	int rc = -1;

	call->target = zend_string_copy(target);
	call->url = zend_string_concat2(ZSTR_VAL(origin), ZSTR_LEN(origin), ZSTR_VAL(target), ZSTR_LEN(target));
	call->on_backup = !zend_string_equals(origin, cfg->origin);
	call->sink = sink;
	call->sink_ud = ud;
	if (wxps_call_headers(call, (HashTable *)&zend_empty_array, false) != 0 ||
	    wxps_call_timeouts(call, (HashTable *)&zend_empty_array) != 0) {
		php_wxps_call_free(call);
		return -1;
	}
	t = php_wxps_call_start(call);
	while (t) {
		wxps_http_wait(php_wxps_engine(), t);
		rc = wxps_download_result(call, t, sink_err, &next);
		wxps_http_free(php_wxps_engine(), t);
		t = next;
	}
	php_wxps_call_free(call);
	return rc;
}
