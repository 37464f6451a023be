/* WxPayScore\Client::payScore*Params(): what the Pay Score pages (order detail, confirm order, authorization)
 * are opened with from a mini program, JSAPI or an APP, signed by the core with the APIv2 key. */
#include "wxps_php.h"

#include "wxps_hash.h"
#include "wxps_sign.h"
#include "wxps_uri.h"

/* The fields of one page in the order its documentation lists them; sign comes last. */
#define WXPS_PAGE_MAX_FIELDS 7

typedef struct {
	const char *business_type;
	const char *names[WXPS_PAGE_MAX_FIELDS];
	zend_string *values[WXPS_PAGE_MAX_FIELDS];
	size_t n;
} wxps_page;

static void wxps_page_init(wxps_page *page, const char *business_type)
{
	memset(page, 0, sizeof(*page));
	page->business_type = business_type;
}

static void wxps_page_free(wxps_page *page)
{
	size_t i;

	for (i = 0; i < page->n; i++) {
		if (page->values[i]) {
			zend_string_release(page->values[i]);
		}
	}
}

static void wxps_page_put(wxps_page *page, const char *name, zend_string *value)
{
	ZEND_ASSERT(page->n < WXPS_PAGE_MAX_FIELDS);
	page->names[page->n] = name;
	page->values[page->n] = value;
	page->n++;
}

/* A field of the caller's array: a non-empty string or an int, as a string; NULL when absent
 * (nothing thrown) or after throwing. */
static zend_string *wxps_page_field(HashTable *from, const char *name, bool required)
{
	zval *v = from ? zend_hash_str_find_deref(from, name, strlen(name)) : NULL;

	if (!v || Z_TYPE_P(v) == IS_NULL || (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 0)) {
		if (required) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" is required", name);
		}
		return NULL;
	}
	if (Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) != IS_LONG) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" must be a string or an int, %s given", name,
		               zend_zval_type_name(v));
		return NULL;
	}
	return zval_get_string(v);
}

/* The array behind a create-order or query answer, or the array itself. */
static HashTable *wxps_page_source(zval *v)
{
	zval *json;

	if (Z_TYPE_P(v) == IS_ARRAY) {
		return Z_ARRVAL_P(v);
	}
	if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_wxps_ce_response)) {
		json = php_wxps_response_json(v);
		return json ? Z_ARRVAL_P(json) : NULL;
	}
	return NULL;
}

/* The parameter types the stub declares, checked as ZPP would: a TypeError otherwise. */
static bool wxps_page_arg_ok(zval *v, uint32_t arg, bool string_ok)
{
	if (Z_TYPE_P(v) == IS_ARRAY || (string_ok && Z_TYPE_P(v) == IS_STRING) ||
	    (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_wxps_ce_response))) {
		return true;
	}
	zend_argument_type_error(arg, "must be of type array|WxPayScore\\Response%s, %s given",
	                         string_ok ? "|string" : "", zend_zval_type_name(v));
	return false;
}

/* mch_id, then the caller's fields; -1 after throwing. */
static int wxps_page_fields(wxps_page *page, wxps_config *cfg, HashTable *from, const char *const *required)
{
	zend_string *v;

	v = wxps_page_field(from, "mch_id", false);
	if (EG(exception)) {
		return -1;
	}
	wxps_page_put(page, "mch_id", v ? v : zend_string_copy(cfg->mchid));
	for (; *required; required++) {
		if (!(v = wxps_page_field(from, *required, true))) {
			return -1;
		}
		wxps_page_put(page, *required, v);
	}
	return 0;
}

/* timestamp, nonce_str (the caller's, or now and a fresh nonce), sign_type; -1 after throwing. */
static int wxps_page_stamp(wxps_page *page, HashTable *from)
{
	char nonce[WXPS_NONCE_LEN + 1];
	zend_string *v;

	if (!(v = wxps_page_field(from, "timestamp", false)) && EG(exception)) {
		return -1;
	}
	wxps_page_put(page, "timestamp", v ? v : zend_long_to_str((zend_long)time(NULL)));
	if (!(v = wxps_page_field(from, "nonce_str", false)) && EG(exception)) {
		return -1;
	}
	if (!v) {
		if (wxps_nonce(nonce) != 0) {
			php_wxps_throw(PHP_WXPS_INTERNAL, "the random generator failed");
			return -1;
		}
		v = zend_string_init(nonce, WXPS_NONCE_LEN, 0);
	}
	wxps_page_put(page, "nonce_str", v);
	wxps_page_put(page, "sign_type", zend_string_init(WXPS_SIGN_TYPE_HMAC_SHA256, 11, 0));
	return 0;
}

/* The APIv2 sign of every field so far, with config "secret"; -1 after throwing. */
static int wxps_page_sign(wxps_page *page, wxps_config *cfg)
{
	wxps_kv kv[WXPS_PAGE_MAX_FIELDS];
	wxps_buf sign;
	size_t i;
	int rc;

	for (i = 0; i < page->n; i++) {
		kv[i].key.data = page->names[i];
		kv[i].key.len = strlen(page->names[i]);
		kv[i].val.data = ZSTR_VAL(page->values[i]);
		kv[i].val.len = ZSTR_LEN(page->values[i]);
		kv[i].is_null = 0;
		kv[i].empty_kept = 0;
	}
	wxps_buf_init(&sign);
	rc = wxps_apiv2_sign_params(WXPS_SIGN_TYPE_HMAC_SHA256, kv, page->n, ZSTR_VAL(cfg->secret),
	                            ZSTR_LEN(cfg->secret), &sign);
	if (rc != 0) {
		wxps_buf_free(&sign);
		php_wxps_throw(PHP_WXPS_INTERNAL, "HMAC-SHA256 failed");
		return -1;
	}
	wxps_page_put(page, "sign", zend_string_init(sign.data, sign.len, 0));
	wxps_buf_free(&sign);
	return 0;
}

static wxps_config *wxps_page_config(zval *this_ptr, bool signed_page)
{
	wxps_config *cfg = php_wxps_client_config(Z_OBJ_P(this_ptr));

	if (cfg && signed_page && !cfg->secret) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "config \"secret\" (the APIv2 key) is required to sign Pay Score page parameters");
		return NULL;
	}
	return cfg;
}

/* "k=v&k=v" with each part percent-encoded (RFC 3986), as JSAPI and APP want it. */
static zend_string *wxps_page_query(const wxps_page *page)
{
	zend_string *query;
	wxps_buf out;
	size_t i;
	int rc = 0;

	wxps_buf_init(&out);
	for (i = 0; i < page->n && rc == 0; i++) {
		rc = (i && wxps_buf_append_char(&out, '&') != 0) ||
		     wxps_percent_encode(page->names[i], strlen(page->names[i]), 0, &out) != 0 ||
		     wxps_buf_append_char(&out, '=') != 0 ||
		     wxps_percent_encode(ZSTR_VAL(page->values[i]), ZSTR_LEN(page->values[i]), 0, &out) != 0;
	}
	query = rc == 0 && out.len ? zend_string_init(out.data, out.len, 0) : ZSTR_EMPTY_ALLOC();
	wxps_buf_free(&out);
	return query;
}

/* ['businessType' => ..., 'extraData' => [...], 'queryString' => ..., 'query' => ...] */
static void wxps_page_return(zval *return_value, const wxps_page *page)
{
	zval extra, query;
	size_t i;

	array_init_size(&extra, (uint32_t)page->n);
	for (i = 0; i < page->n; i++) {
		add_assoc_str(&extra, page->names[i], zend_string_copy(page->values[i]));
	}
	array_init_size(return_value, 4);
	add_assoc_string(return_value, "businessType", page->business_type);
	add_assoc_zval(return_value, "extraData", &extra);
	ZVAL_STR(&query, wxps_page_query(page));
	add_assoc_zval(return_value, "queryString", &query);
	Z_TRY_ADDREF(query);
	add_assoc_zval(return_value, "query", &query);
}

/* A page of mch_id, the required fields of params, timestamp, nonce_str, sign_type and sign. */
static void wxps_signed_page(INTERNAL_FUNCTION_PARAMETERS, const char *business_type, const char *const *required)
{
	zval *params;
	wxps_config *cfg;
	HashTable *from;
	wxps_page page;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!wxps_page_arg_ok(params, 1, false) || !(cfg = wxps_page_config(ZEND_THIS, true))) {
		RETURN_THROWS();
	}
	if (!(from = wxps_page_source(params))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the order's answer is not a JSON object");
		RETURN_THROWS();
	}
	wxps_page_init(&page, business_type);
	if (wxps_page_fields(&page, cfg, from, required) == 0 && wxps_page_stamp(&page, from) == 0 &&
	    wxps_page_sign(&page, cfg) == 0) {
		wxps_page_return(return_value, &page);
	}
	wxps_page_free(&page);
}

ZEND_METHOD(WxPayScore_Client, payScoreDetailParams)
{
	static const char *const required[] = {"service_id", "out_order_no", NULL};

	wxps_signed_page(INTERNAL_FUNCTION_PARAM_PASSTHRU, "wxpayScoreDetail", required);
}

ZEND_METHOD(WxPayScore_Client, payScoreEnableParams)
{
	static const char *const required[] = {"service_id", "out_request_no", NULL};

	wxps_signed_page(INTERNAL_FUNCTION_PARAM_PASSTHRU, "wxpayScoreEnable", required);
}

static zend_string *wxps_page_package(zval *order)
{
	HashTable *from;
	zend_string *package;

	if (Z_TYPE_P(order) == IS_STRING) {
		if (Z_STRLEN_P(order) == 0) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"package\" is required");
			return NULL;
		}
		return zend_string_copy(Z_STR_P(order));
	}
	from = wxps_page_source(order);
	package = from ? wxps_page_field(from, "package", false) : NULL;
	if (!package && !EG(exception)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the create-order answer has no \"package\" "
		                                          "(the order needs need_user_confirm true)");
	}
	return package;
}

ZEND_METHOD(WxPayScore_Client, payScoreUseParams)
{
	zval *order;
	zend_string *package;
	wxps_page page;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(order)
	ZEND_PARSE_PARAMETERS_END();

	if (!wxps_page_arg_ok(order, 1, true) || !wxps_page_config(ZEND_THIS, false) ||
	    !(package = wxps_page_package(order))) {
		RETURN_THROWS();
	}
	wxps_page_init(&page, "wxpayScoreUse");
	wxps_page_put(&page, "package", package);
	wxps_page_return(return_value, &page);
	wxps_page_free(&page);
}

ZEND_METHOD(WxPayScore_Client, payScoreUseSignedParams)
{
	static const char *const none[] = {NULL};
	HashTable *params = NULL;
	zend_string *package;
	wxps_config *cfg;
	wxps_page page;
	zval *order;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(order)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!wxps_page_arg_ok(order, 1, true) || !(cfg = wxps_page_config(ZEND_THIS, true)) ||
	    !(package = wxps_page_package(order))) {
		RETURN_THROWS();
	}
	wxps_page_init(&page, "wxpayScoreUse");
	if (wxps_page_fields(&page, cfg, params, none) == 0) {
		wxps_page_put(&page, "package", package);
		package = NULL;
		if (wxps_page_stamp(&page, params) == 0 && wxps_page_sign(&page, cfg) == 0) {
			wxps_page_return(return_value, &page);
		}
	}
	if (package) {
		zend_string_release(package);
	}
	wxps_page_free(&page);
}
