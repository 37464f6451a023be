/* WxPayScore\Response: a read-only view of one verified answer. */
#include "wxps_php.h"
#include "wxps_header.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_array.h"
#include "ext/standard/php_string.h"

#include "response_arginfo.h"

zend_class_entry *php_wxps_ce_response;

typedef struct {
	zend_long status;
	zend_string *reason;
	zend_string *protocol;
	zend_string *raw_headers; /* "Name: value\n" lines, until someone asks for the headers */
	zval headers;             /* name as sent => list of values; UNDEF until then */
	zend_string *body;
	zval json; /* decoded on first use; UNDEF until then, NULL when not a JSON object */
	zend_object std;
} wxps_response_obj;

static zend_object_handlers wxps_response_handlers;

static inline wxps_response_obj *wxps_response_from(zend_object *obj)
{
	return (wxps_response_obj *)((char *)obj - offsetof(wxps_response_obj, std));
}

#define THIS_RESPONSE() wxps_response_from(Z_OBJ_P(ZEND_THIS))

/* ---- objects ---- */

static zend_object *wxps_response_new(zend_class_entry *ce)
{
	wxps_response_obj *r = zend_object_alloc(sizeof(*r), ce);

	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &wxps_response_handlers;
	r->status = 0;
	r->raw_headers = NULL;
	ZVAL_UNDEF(&r->headers);
	ZVAL_UNDEF(&r->json);
	r->reason = ZSTR_EMPTY_ALLOC();
	r->protocol = ZSTR_EMPTY_ALLOC();
	r->body = ZSTR_EMPTY_ALLOC();
	return &r->std;
}

static void wxps_response_free_obj(zend_object *obj)
{
	wxps_response_obj *r = wxps_response_from(obj);

	zend_string_release(r->reason);
	zend_string_release(r->protocol);
	zend_string_release(r->body);
	if (r->raw_headers) {
		zend_string_release(r->raw_headers);
	}
	zval_ptr_dtor(&r->headers);
	zval_ptr_dtor(&r->json);
	zend_object_std_dtor(obj);
}

void php_wxps_response_create(zval *out, wxps_response *resp)
{
	wxps_response_obj *r;
	size_t i, len = 0;
	char *p;

	object_init_ex(out, php_wxps_ce_response);
	r = wxps_response_from(Z_OBJ_P(out));
	r->status = resp->status;
	r->reason = zend_string_init(resp->reason ? resp->reason : "", resp->reason ? strlen(resp->reason) : 0, 0);
	r->protocol = zend_string_init(resp->protocol, strlen(resp->protocol), 0);
	r->body = zend_string_init(resp->body.data ? resp->body.data : "", resp->body.len, 0);
	/* Sized exactly: a growing buffer would round up to a 4 KiB page per answer. */
	for (i = 0; i < resp->nheaders; i++) {
		len += strlen(resp->headers[i].name) + 2 + strlen(resp->headers[i].value) + 1;
	}
	r->raw_headers = zend_string_alloc(len, 0);
	p = ZSTR_VAL(r->raw_headers);
	for (i = 0; i < resp->nheaders; i++) {
		p += sprintf(p, "%s: %s\n", resp->headers[i].name, resp->headers[i].value);
	}
	*p = '\0';
	wxps_response_free(resp);
}

/* The header table, built from the raw lines on first use. */
static HashTable *wxps_headers(wxps_response_obj *r)
{
	const char *p, *end, *nl, *colon;
	zval *list, empty;

	if (Z_TYPE(r->headers) == IS_ARRAY) {
		return Z_ARRVAL(r->headers);
	}
	array_init(&r->headers);
	if (!r->raw_headers) {
		return Z_ARRVAL(r->headers);
	}
	p = ZSTR_VAL(r->raw_headers);
	end = p + ZSTR_LEN(r->raw_headers);
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		colon = memchr(p, ':', (size_t)(nl - p));
		list = zend_hash_str_find(Z_ARRVAL(r->headers), p, (size_t)(colon - p));
		if (!list) {
			array_init(&empty);
			list = zend_hash_str_update(Z_ARRVAL(r->headers), p, (size_t)(colon - p), &empty);
		}
		add_next_index_stringl(list, colon + 2, (size_t)(nl - colon - 2));
	}
	zend_string_release(r->raw_headers);
	r->raw_headers = NULL;
	return Z_ARRVAL(r->headers);
}

zend_string *php_wxps_response_body(zval *response)
{
	return wxps_response_from(Z_OBJ_P(response))->body;
}

long php_wxps_response_status(zval *response)
{
	return (long)wxps_response_from(Z_OBJ_P(response))->status;
}

/* The values of a header, whatever case the caller or the server used. */
static zval *wxps_header_values(wxps_response_obj *r, zend_string *name)
{
	zend_string *key;
	zval *values;

	ZEND_HASH_FOREACH_STR_KEY_VAL(wxps_headers(r), key, values) {
		if (key && zend_string_equals_ci(key, name)) {
			return values;
		}
	}
	ZEND_HASH_FOREACH_END();
	return NULL;
}

zend_string *php_wxps_response_header(zval *response, const char *name)
{
	zend_string *key = zend_string_init(name, strlen(name), 0);
	zval *values = wxps_header_values(wxps_response_from(Z_OBJ_P(response)), key), *first;

	zend_string_release(key);
	first = values ? zend_hash_index_find(Z_ARRVAL_P(values), 0) : NULL;
	return first && Z_TYPE_P(first) == IS_STRING ? Z_STR_P(first) : NULL;
}

static int wxps_decode_json(wxps_response_obj *r)
{
	if (Z_TYPE(r->json) != IS_UNDEF) {
		return Z_TYPE(r->json) == IS_ARRAY ? 0 : -1;
	}
	if (ZSTR_LEN(r->body) == 0) {
		array_init(&r->json);
		return 0;
	}
	/* Our decode must not show up in the caller's json_last_error(). */
	php_json_error_code caller_error = JSON_G(error_code);
	bool ok = php_json_decode_ex(&r->json, ZSTR_VAL(r->body), ZSTR_LEN(r->body), PHP_JSON_OBJECT_AS_ARRAY,
	                             PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS &&
	          Z_TYPE(r->json) == IS_ARRAY;

	JSON_G(error_code) = caller_error;
	if (!ok) {
		zval_ptr_dtor(&r->json);
		ZVAL_NULL(&r->json);
		return -1;
	}
	return 0;
}

zval *php_wxps_response_json(zval *response)
{
	wxps_response_obj *r = wxps_response_from(Z_OBJ_P(response));

	return wxps_decode_json(r) == 0 ? &r->json : NULL;
}

static zval *wxps_response_array(wxps_response_obj *r)
{
	if (wxps_decode_json(r) != 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE,
		               "answer body is not a JSON object; read it raw with getBody()");
		return NULL;
	}
	return &r->json;
}

/* ---- immutable copies (PSR-7 with*) ---- */

static wxps_response_obj *wxps_response_copy(zval *self, zval *out)
{
	wxps_response_obj *from = wxps_response_from(Z_OBJ_P(self)), *to;

	object_init_ex(out, php_wxps_ce_response);
	to = wxps_response_from(Z_OBJ_P(out));
	to->status = from->status;
	zend_string_release(to->reason);
	to->reason = zend_string_copy(from->reason);
	zend_string_release(to->protocol);
	to->protocol = zend_string_copy(from->protocol);
	zend_string_release(to->body);
	to->body = zend_string_copy(from->body);
	wxps_headers(from);
	ZVAL_COPY(&to->headers, &from->headers);
	ZVAL_COPY(&to->json, &from->json);
	return to;
}

static void wxps_remove_header(wxps_response_obj *r, zend_string *name)
{
	zend_string *key;

	wxps_headers(r);
	SEPARATE_ARRAY(&r->headers);
	ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL(r->headers), key) {
		if (key && zend_string_equals_ci(key, name)) {
			zend_hash_del(Z_ARRVAL(r->headers), key);
		}
	}
	ZEND_HASH_FOREACH_END();
}

static bool wxps_header_text_ok(zend_string *s, bool name)
{
	return name ? wxps_header_name_ok(ZSTR_VAL(s), ZSTR_LEN(s)) : wxps_header_value_ok(ZSTR_VAL(s), ZSTR_LEN(s));
}

/* The values of a with*Header() call as a list of strings; false after throwing. */
static bool wxps_header_list(zend_string *name, zval *value, zval *list)
{
	zval *v;

	if (!wxps_header_text_ok(name, true)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" is not a valid header name", ZSTR_VAL(name));
		return false;
	}
	array_init(list);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		Z_TRY_ADDREF_P(value);
		add_next_index_zval(list, value);
	} else {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), v) {
			Z_TRY_ADDREF_P(v);
			add_next_index_zval(list, v);
		}
		ZEND_HASH_FOREACH_END();
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) {
		ZVAL_DEREF(v);
		if ((Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) != IS_LONG) ||
		    (Z_TYPE_P(v) == IS_STRING && !wxps_header_text_ok(Z_STR_P(v), false))) {
			zval_ptr_dtor(list);
			php_wxps_throw(
			    PHP_WXPS_INVALID_ARGUMENT,
			    "header \"%s\" values must be strings without CR, LF, NUL or other control characters",
			    ZSTR_VAL(name));
			return false;
		}
		convert_to_string(v);
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

static void wxps_with_header(INTERNAL_FUNCTION_PARAMETERS, bool add)
{
	zend_string *name;
	zval *value, list, *existing;
	wxps_response_obj *r;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	if (!wxps_header_list(name, value, &list)) {
		RETURN_THROWS();
	}
	r = wxps_response_copy(ZEND_THIS, return_value);
	existing = add ? wxps_header_values(r, name) : NULL;
	if (existing) {
		SEPARATE_ARRAY(&r->headers);
		existing = wxps_header_values(r, name);
		SEPARATE_ARRAY(existing);
		/* php_array_merge() grows the list itself, packed or not. */
		php_array_merge(Z_ARRVAL_P(existing), Z_ARRVAL(list));
		zval_ptr_dtor(&list);
		return;
	}
	wxps_remove_header(r, name);
	zend_hash_update(Z_ARRVAL(r->headers), name, &list);
}

ZEND_METHOD(WxPayScore_Response, withHeader)
{
	wxps_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WxPayScore_Response, withAddedHeader)
{
	wxps_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WxPayScore_Response, withoutHeader)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	wxps_remove_header(wxps_response_copy(ZEND_THIS, return_value), name);
}

ZEND_METHOD(WxPayScore_Response, withProtocolVersion)
{
	zend_string *version;
	wxps_response_obj *r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(version)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_string_equals_literal(version, "1.0") && !zend_string_equals_literal(version, "1.1") &&
	    !zend_string_equals_literal(version, "2") && !zend_string_equals_literal(version, "2.0") &&
	    !zend_string_equals_literal(version, "3")) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"%s\" is not an HTTP protocol version", ZSTR_VAL(version));
		RETURN_THROWS();
	}
	r = wxps_response_copy(ZEND_THIS, return_value);
	zend_string_release(r->protocol);
	r->protocol = zend_string_copy(version);
}

ZEND_METHOD(WxPayScore_Response, withBody)
{
	zval *body;
	zend_string *text;
	wxps_response_obj *r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(body)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(body) != IS_STRING && (Z_TYPE_P(body) != IS_OBJECT || !Z_OBJ_HT_P(body)->cast_object)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the body must be a stream or a string, %s given",
		               zend_zval_type_name(body));
		RETURN_THROWS();
	}
	text = zval_try_get_string(body);
	if (!text) {
		RETURN_THROWS();
	}
	r = wxps_response_copy(ZEND_THIS, return_value);
	zend_string_release(r->body);
	r->body = text;
	zval_ptr_dtor(&r->json);
	ZVAL_UNDEF(&r->json);
}

ZEND_METHOD(WxPayScore_Response, withStatus)
{
	zend_long code;
	zend_string *reason = NULL;
	wxps_response_obj *r;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();
	if (code < 100 || code > 599) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "status code " ZEND_LONG_FMT " is not within 100-599", code);
		RETURN_THROWS();
	}
	r = wxps_response_copy(ZEND_THIS, return_value);
	r->status = code;
	zend_string_release(r->reason);
	r->reason = reason && ZSTR_LEN(reason) ? zend_string_copy(reason)
	                                       : zend_string_init(wxps_http_reason_phrase((long)code),
	                                                          strlen(wxps_http_reason_phrase((long)code)), 0);
}

/* ---- Response methods ---- */

ZEND_METHOD(WxPayScore_Response, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WxPayScore_Response, getStatusCode)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(THIS_RESPONSE()->status);
}

ZEND_METHOD(WxPayScore_Response, getReasonPhrase)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(THIS_RESPONSE()->reason);
}

ZEND_METHOD(WxPayScore_Response, getProtocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(THIS_RESPONSE()->protocol);
}

ZEND_METHOD(WxPayScore_Response, getHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wxps_headers(THIS_RESPONSE());
	RETURN_COPY(&THIS_RESPONSE()->headers);
}

ZEND_METHOD(WxPayScore_Response, hasHeader)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wxps_header_values(THIS_RESPONSE(), name) != NULL);
}

ZEND_METHOD(WxPayScore_Response, getHeader)
{
	zend_string *name;
	zval *values;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	values = wxps_header_values(THIS_RESPONSE(), name);
	if (!values) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_COPY(values);
}

ZEND_METHOD(WxPayScore_Response, getHeaderLine)
{
	zend_string *name, *glue;
	zval *values;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	values = wxps_header_values(THIS_RESPONSE(), name);
	if (!values) {
		RETURN_EMPTY_STRING();
	}
	glue = zend_string_init(", ", 2, 0);
	php_implode(glue, Z_ARRVAL_P(values), return_value);
	zend_string_release(glue);
}

ZEND_METHOD(WxPayScore_Response, getBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_wxps_stream_create(return_value, THIS_RESPONSE()->body);
}

ZEND_METHOD(WxPayScore_Response, toArray)
{
	zval *json;

	ZEND_PARSE_PARAMETERS_NONE();
	json = wxps_response_array(THIS_RESPONSE());
	if (json) {
		RETURN_COPY(json);
	}
}

ZEND_METHOD(WxPayScore_Response, jsonSerialize)
{
	zval *json;

	ZEND_PARSE_PARAMETERS_NONE();
	json = wxps_response_array(THIS_RESPONSE());
	if (json) {
		RETURN_COPY(json);
	}
}

static zval *wxps_response_offset(zval *json, zval *offset)
{
	ZVAL_DEREF(offset);
	switch (Z_TYPE_P(offset)) {
	case IS_STRING: return zend_symtable_find(Z_ARRVAL_P(json), Z_STR_P(offset));
	case IS_LONG: return zend_hash_index_find(Z_ARRVAL_P(json), Z_LVAL_P(offset));
	default:
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Response offset must be a string or int, %s given",
		               zend_zval_type_name(offset));
		return NULL;
	}
}

ZEND_METHOD(WxPayScore_Response, offsetExists)
{
	zval *offset, *json, *found;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	if (wxps_decode_json(THIS_RESPONSE()) != 0) {
		RETURN_FALSE;
	}
	json = &THIS_RESPONSE()->json;
	found = wxps_response_offset(json, offset);
	RETURN_BOOL(found && Z_TYPE_P(found) != IS_NULL);
}

ZEND_METHOD(WxPayScore_Response, offsetGet)
{
	zval *offset, *json, *found;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	json = wxps_response_array(THIS_RESPONSE());
	if (!json) {
		RETURN_THROWS();
	}
	found = wxps_response_offset(json, offset);
	if (found) {
		RETURN_COPY(found);
	}
	RETURN_NULL();
}

ZEND_METHOD(WxPayScore_Response, offsetSet)
{
	zval *offset, *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(offset)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Response is read-only");
}

ZEND_METHOD(WxPayScore_Response, offsetUnset)
{
	zval *offset;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Response is read-only");
}

void php_wxps_register_response_classes(void)
{
	php_wxps_ce_response = register_class_WxPayScore_Response(zend_ce_arrayaccess, php_json_serializable_ce);
	php_wxps_ce_response->create_object = wxps_response_new;
	memcpy(&wxps_response_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_response_handlers.offset = offsetof(wxps_response_obj, std);
	wxps_response_handlers.free_obj = wxps_response_free_obj;
	wxps_response_handlers.clone_obj = NULL;
	php_wxps_implement_psr(php_wxps_ce_response, "psr\\http\\message\\responseinterface");
}
