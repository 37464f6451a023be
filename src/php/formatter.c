/* WxPayScore\Formatter: the strings of the APIv3 and APIv2 schemes, built by the core. */
#include "wxps_php.h"

#include "wxps_format.h"
#include "wxps_sign.h"

#include "formatter_arginfo.h"

static void wxps_return_joined(zval *return_value, const wxps_str *pieces, size_t n)
{
	wxps_buf out;
	int rc;

	wxps_buf_init(&out);
	rc = wxps_join_lf(pieces, n, &out);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "out of memory");
}

static wxps_str wxps_str_of(zend_string *s)
{
	wxps_str str;

	str.data = s ? ZSTR_VAL(s) : "";
	str.len = s ? ZSTR_LEN(s) : 0;
	return str;
}

ZEND_METHOD(WxPayScore_Formatter, nonce)
{
	zend_long size = WXPS_NONCE_LEN;
	char chunk[WXPS_NONCE_LEN + 1];
	zend_string *out;
	size_t have = 0, n;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();

	if (size < 1) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "Size must be a positive integer. " ZEND_LONG_FMT " given",
		               size);
		RETURN_THROWS();
	}
	out = zend_string_alloc((size_t)size, 0);
	/* 32 characters at a time, each from the core's unbiased CSPRNG draw. */
	while (have < (size_t)size) {
		if (wxps_nonce(chunk) != 0) {
			zend_string_efree(out);
			php_wxps_throw(PHP_WXPS_INTERNAL, "the random generator failed");
			RETURN_THROWS();
		}
		n = (size_t)size - have < WXPS_NONCE_LEN ? (size_t)size - have : WXPS_NONCE_LEN;
		memcpy(ZSTR_VAL(out) + have, chunk, n);
		have += n;
	}
	ZSTR_VAL(out)[have] = '\0';
	RETURN_NEW_STR(out);
}

ZEND_METHOD(WxPayScore_Formatter, timestamp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long)time(NULL));
}

ZEND_METHOD(WxPayScore_Formatter, authorization)
{
	zend_string *mchid, *nonce, *signature, *timestamp, *serial;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(5, 5)
		Z_PARAM_STR(mchid)
		Z_PARAM_STR(nonce)
		Z_PARAM_STR(signature)
		Z_PARAM_STR(timestamp)
		Z_PARAM_STR(serial)
	ZEND_PARSE_PARAMETERS_END();

	wxps_buf_init(&out);
	rc = wxps_format_authorization(wxps_str_of(mchid), wxps_str_of(nonce), wxps_str_of(signature),
	                               wxps_str_of(timestamp), wxps_str_of(serial), &out);
	php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "out of memory");
}

ZEND_METHOD(WxPayScore_Formatter, request)
{
	zend_string *method, *uri, *timestamp, *nonce, *body = NULL;
	wxps_str pieces[5];

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_STR(method)
		Z_PARAM_STR(uri)
		Z_PARAM_STR(timestamp)
		Z_PARAM_STR(nonce)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	pieces[0] = wxps_str_of(method);
	pieces[1] = wxps_str_of(uri);
	pieces[2] = wxps_str_of(timestamp);
	pieces[3] = wxps_str_of(nonce);
	pieces[4] = wxps_str_of(body);
	wxps_return_joined(return_value, pieces, 5);
}

ZEND_METHOD(WxPayScore_Formatter, response)
{
	zend_string *timestamp, *nonce, *body = NULL;
	wxps_str pieces[3];

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(timestamp)
		Z_PARAM_STR(nonce)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	pieces[0] = wxps_str_of(timestamp);
	pieces[1] = wxps_str_of(nonce);
	pieces[2] = wxps_str_of(body);
	wxps_return_joined(return_value, pieces, 3);
}

ZEND_METHOD(WxPayScore_Formatter, joinedByLineFeed)
{
	zval *args = NULL;
	uint32_t argc = 0, i, done = 0;
	zend_string **strings;
	wxps_str *pieces;

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	strings = safe_emalloc(argc, sizeof(*strings), 0);
	pieces = safe_emalloc(argc, sizeof(*pieces), 0);
	/* The string conversion implode() does, warnings and exceptions included. */
	for (i = 0; i < argc; i++, done++) {
		if (!(strings[i] = zval_try_get_string(&args[i]))) {
			break;
		}
		pieces[i] = wxps_str_of(strings[i]);
	}
	if (done == argc) {
		wxps_return_joined(return_value, pieces, argc);
	}
	for (i = 0; i < done; i++) {
		zend_string_release(strings[i]);
	}
	efree(strings);
	efree(pieces);
}

/* The keys of an array as strings ("10" for 10), in table order, each with its zval. */
typedef struct {
	wxps_kv *kv;
	zend_string **keys;
	zend_string **values; /* NULL entries: no value wanted, or a null value */
	uint32_t n;
} wxps_kv_table;

static void wxps_kv_table_free(wxps_kv_table *t)
{
	uint32_t i;

	for (i = 0; i < t->n; i++) {
		zend_string_release(t->keys[i]);
		if (t->values && t->values[i]) {
			zend_string_release(t->values[i]);
		}
	}
	efree(t->kv);
	efree(t->keys);
	if (t->values) {
		efree(t->values);
	}
}

/* With want_values, each value as implode() would print it (null marked as null). -1 after throwing. */
static int wxps_kv_table_build(wxps_kv_table *t, HashTable *ht, bool want_values)
{
	uint32_t count = zend_hash_num_elements(ht);
	zend_string *key;
	zend_ulong index;
	zval *v;

	t->kv = safe_emalloc(count, sizeof(*t->kv), 0);
	t->keys = safe_emalloc(count, sizeof(*t->keys), 0);
	t->values = want_values ? ecalloc(count ? count : 1, sizeof(*t->values)) : NULL;
	t->n = 0;
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, v) {
		wxps_kv *kv = &t->kv[t->n];

		t->keys[t->n] = key ? zend_string_copy(key) : zend_long_to_str((zend_long)index);
		kv->key = wxps_str_of(t->keys[t->n]);
		kv->val = wxps_str_of(NULL);
		kv->is_null = 1;
		kv->empty_kept = 0;
		t->n++;
		ZVAL_DEREF(v);
		if (want_values && Z_TYPE_P(v) != IS_NULL) {
			if (!(t->values[t->n - 1] = zval_try_get_string(v))) {
				return -1;
			}
			kv->val = wxps_str_of(t->values[t->n - 1]);
			kv->is_null = 0;
			/* As the SDK, which leaves out null and '' only: false is "k=". */
			kv->empty_kept = Z_TYPE_P(v) != IS_STRING;
		}
	}
	ZEND_HASH_FOREACH_END();
	return 0;
}

ZEND_METHOD(WxPayScore_Formatter, ksort)
{
	HashTable *thing = NULL;
	wxps_kv_table t;
	uint32_t i;
	zval *v;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(thing)
	ZEND_PARSE_PARAMETERS_END();

	if (!thing || zend_hash_num_elements(thing) == 0) {
		RETURN_EMPTY_ARRAY();
	}
	wxps_kv_table_build(&t, thing, false);
	wxps_kv_sort(t.kv, t.n);
	array_init_size(return_value, t.n);
	/* The sorted keys point into t.keys; look each value up again under its own key. */
	for (i = 0; i < t.n; i++) {
		v = zend_symtable_str_find(thing, t.kv[i].key.data, t.kv[i].key.len);
		Z_TRY_ADDREF_P(v);
		zend_symtable_str_update(Z_ARRVAL_P(return_value), t.kv[i].key.data, t.kv[i].key.len, v);
	}
	wxps_kv_table_free(&t);
}

ZEND_METHOD(WxPayScore_Formatter, queryStringLike)
{
	HashTable *thing = NULL;
	wxps_kv_table t;
	wxps_buf out;
	int rc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(thing)
	ZEND_PARSE_PARAMETERS_END();

	if (!thing) {
		RETURN_EMPTY_STRING();
	}
	wxps_buf_init(&out);
	if (wxps_kv_table_build(&t, thing, true) == 0) {
		rc = wxps_query_string_like(t.kv, t.n, &out);
		php_wxps_return_buf_or_throw(return_value, &out, rc, PHP_WXPS_INTERNAL, "out of memory");
	}
	wxps_buf_free(&out);
	wxps_kv_table_free(&t);
}

void php_wxps_register_formatter_class(void)
{
	register_class_WxPayScore_Formatter();
}
