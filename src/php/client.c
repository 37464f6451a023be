/* WxPayScore\Client: the chain of endpoint nodes and the synchronous HTTP verbs. */
#include "wxps_php.h"

#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "php_wxpayscore.h"
#include "wxps_uri.h"

#include "client_arginfo.h"

zend_class_entry *php_wxps_ce_client;

typedef struct {
	wxps_config *cfg;    /* NULL until the constructor succeeded */
	zval hook;           /* a reference to cfg->on_stats (UNDEF: none), so the GC can see it */
	zend_string *path;   /* URI template of this node: "" for the root */
	HashTable *children; /* normalized key => child node, built on first use, bounded */
	zend_object std;
} wxps_client_obj;

static zend_object_handlers wxps_client_handlers;

static inline wxps_client_obj *wxps_client_from(zend_object *obj)
{
	return (wxps_client_obj *)((char *)obj - offsetof(wxps_client_obj, std));
}

static zend_object *wxps_client_new(zend_class_entry *ce)
{
	wxps_client_obj *c = zend_object_alloc(sizeof(*c), ce);

	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &wxps_client_handlers;
	ZVAL_UNDEF(&c->hook);
	c->path = ZSTR_EMPTY_ALLOC();
	return &c->std;
}

static void wxps_client_free_obj(zend_object *obj)
{
	wxps_client_obj *c = wxps_client_from(obj);

	php_wxps_config_release(c->cfg);
	zend_string_release(c->path);
	if (c->children) {
		zend_hash_destroy(c->children);
		FREE_HASHTABLE(c->children);
	}
	zval_ptr_dtor(&c->hook);
	zend_object_std_dtor(obj);
}

/* What a node holds that may lead back to it: the on_stats hook (a closure that uses the Client)
 * and the children it remembers (each holds the hook too). */
static HashTable *wxps_client_get_gc(zend_object *obj, zval **table, int *n)
{
	wxps_client_obj *c = wxps_client_from(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zval *child;

	zend_get_gc_buffer_add_zval(buf, &c->hook);
	if (c->children) {
		ZEND_HASH_FOREACH_VAL(c->children, child) {
			zend_get_gc_buffer_add_zval(buf, child);
		}
		ZEND_HASH_FOREACH_END();
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

static wxps_client_obj *wxps_client_ready(zend_object *obj)
{
	wxps_client_obj *c = wxps_client_from(obj);

	if (!c->cfg) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the Client was not constructed");
		return NULL;
	}
	return c;
}

wxps_config *php_wxps_client_config(zend_object *client)
{
	wxps_client_obj *c = wxps_client_ready(client);

	return c ? c->cfg : NULL;
}

/* ---- nodes ---- */

/* Children a node remembers; past this the oldest is forgotten, so a chain through many
 * distinct ids keeps memory bounded. A forgotten node lives on while the caller holds it. */
#define WXPS_NODE_CHILDREN_MAX 64
/* The longest path a node may have: far beyond any WeChat Pay path template. */
#define WXPS_NODE_PATH_MAX 4096
/* Nodes with longer paths are not remembered, so a deep chain is not kept as a whole. */
#define WXPS_NODE_MEMO_PATH_MAX 256

/* A new node for parent's path and one more key; the caller owns its one reference. */
static zend_object *wxps_client_node(wxps_client_obj *parent, const char *key, size_t len)
{
	zval node;
	wxps_client_obj *child;

	object_init_ex(&node, php_wxps_ce_client);
	child = wxps_client_from(Z_OBJ(node));
	child->cfg = php_wxps_config_addref(parent->cfg);
	ZVAL_COPY(&child->hook, &parent->hook);
	zend_string_release(child->path);
	child->path = ZSTR_LEN(parent->path) ? zend_strpprintf(0, "%s/%.*s", ZSTR_VAL(parent->path), (int)len, key)
	                                     : zend_string_init(key, len, 0);
	return Z_OBJ(node);
}

/* The child for one normalized key (a new reference): the same object while it is remembered. */
static zend_object *wxps_client_child(wxps_client_obj *parent, const char *key, size_t len)
{
	size_t path_len = ZSTR_LEN(parent->path) + (ZSTR_LEN(parent->path) ? 1 : 0) + len;
	zval *found, zv;
	zend_object *node;

	if (!parent->children) {
		ALLOC_HASHTABLE(parent->children);
		zend_hash_init(parent->children, 4, NULL, ZVAL_PTR_DTOR, 0);
	}
	found = zend_hash_str_find(parent->children, key, len);
	if (found) {
		GC_ADDREF(Z_OBJ_P(found));
		return Z_OBJ_P(found);
	}
	if (path_len > WXPS_NODE_PATH_MAX) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client path is %zu bytes long; at most %d are taken",
		               path_len, WXPS_NODE_PATH_MAX);
		return NULL;
	}
	if (path_len > WXPS_NODE_MEMO_PATH_MAX) {
		return wxps_client_node(parent, key, len);
	}
	if (zend_hash_num_elements(parent->children) >= WXPS_NODE_CHILDREN_MAX) {
		zend_string *oldest;
		zend_ulong idx;
		zend_hash_internal_pointer_reset(parent->children);
		zend_hash_get_current_key(parent->children, &oldest, &idx);
		zend_hash_del(parent->children, oldest);
	}
	node = wxps_client_node(parent, key, len);
	ZVAL_OBJ_COPY(&zv, node);
	zend_hash_str_add_new(parent->children, key, len, &zv);
	return node;
}

/* The node one key names below from: a property name, a chain() string or a [] offset, each
 * normalized as a whole, as wechatpay-php does ("v3/merchantService" -> "v3/merchant-service"). */
static zend_object *wxps_client_walk(wxps_client_obj *from, const char *key, size_t len)
{
	zend_object *node;
	wxps_buf norm;

	if (len == 0 || memchr(key, '\0', len)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a path segment must be a non-empty string without NUL");
		return NULL;
	}
	if (len > WXPS_NODE_PATH_MAX) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client path is %zu bytes long; at most %d are taken", len,
		               WXPS_NODE_PATH_MAX);
		return NULL;
	}
	wxps_buf_init(&norm);
	if (wxps_segment_from_property(key, len, &norm) != 0) {
		wxps_buf_free(&norm);
		php_wxps_throw(PHP_WXPS_INTERNAL, "out of memory");
		return NULL;
	}
	node = wxps_client_child(from, norm.data, norm.len);
	wxps_buf_free(&norm);
	return node;
}

/* Return a node the walk gave us a reference to. */
static void wxps_return_node(zval *return_value, zend_object *node)
{
	if (node) {
		ZVAL_OBJ(return_value, node);
	}
}

static zval *wxps_client_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	wxps_client_obj *c = wxps_client_ready(obj);
	zend_object *node = c ? wxps_client_walk(c, ZSTR_VAL(name), ZSTR_LEN(name)) : NULL;

	if (!node) {
		return &EG(uninitialized_zval);
	}
	wxps_return_node(rv, node);
	return rv;
}

static zval *wxps_client_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "cannot set \"%s\": a Client is read-only", ZSTR_VAL(name));
	return &EG(error_zval);
}

static void wxps_client_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "cannot unset \"%s\": a Client is read-only", ZSTR_VAL(name));
}

static int wxps_client_has_property(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	return ZSTR_LEN(name) > 0;
}

static zval *wxps_client_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	return NULL; /* always go through read_property: nodes are computed, never stored */
}

static HashTable *wxps_client_get_debug_info(zend_object *obj, int *is_temp)
{
	wxps_client_obj *c = wxps_client_from(obj);
	HashTable *ht;
	zval v;

	*is_temp = 1;
	ALLOC_HASHTABLE(ht);
	zend_hash_init(ht, 4, NULL, ZVAL_PTR_DTOR, 0);
	if (c->cfg) {
		ZVAL_STR_COPY(&v, c->cfg->mchid);
		zend_hash_str_update(ht, "mchid", sizeof("mchid") - 1, &v);
		ZVAL_STR_COPY(&v, c->cfg->serial);
		zend_hash_str_update(ht, "serial", sizeof("serial") - 1, &v);
		ZVAL_STR(&v, zend_strpprintf(0, "%s%s", ZSTR_VAL(c->cfg->origin), ZSTR_VAL(c->cfg->base_path)));
		zend_hash_str_update(ht, "base_uri", sizeof("base_uri") - 1, &v);
	}
	ZVAL_STR_COPY(&v, c->path);
	zend_hash_str_update(ht, "path", sizeof("path") - 1, &v);
	return ht;
}

/* Prepare a call from this node and the caller's options; NULL after throwing. */
static wxps_call *wxps_client_prepare(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
	HashTable *options = NULL;
	wxps_client_obj *node;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);
	if (!(node = wxps_client_ready(Z_OBJ_P(ZEND_THIS)))) {
		return NULL;
	}
	return php_wxps_call_new(method, node->cfg, node->path, options ? options : (HashTable *)&zend_empty_array);
}

static void wxps_client_call(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
	wxps_call *call = wxps_client_prepare(INTERNAL_FUNCTION_PARAM_PASSTHRU, method);
	wxps_transfer *t = call ? php_wxps_call_start(call) : NULL;

	while (t) {
		wxps_transfer *next;
		wxps_http_wait(php_wxps_engine(), t);
		next = php_wxps_call_finish(call, t, return_value);
		wxps_http_free(php_wxps_engine(), t);
		t = next;
	}
	if (call && !EG(exception)) {
		/* The hook failed on a call that succeeded: its exception is what the caller sees. */
		zend_object *hook = php_wxps_call_take_hook_exception(call);
		if (hook) {
			zend_throw_exception_internal(hook);
		}
	}
	php_wxps_call_free(call);
}

static void wxps_client_call_async(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
	wxps_call *call = wxps_client_prepare(INTERNAL_FUNCTION_PARAM_PASSTHRU, method);

	if (call) {
		php_wxps_promise_for_call(return_value, call);
	}
}

/* ---- methods ---- */

ZEND_METHOD(WxPayScore_Client, __construct)
{
	HashTable *config;
	wxps_client_obj *c = wxps_client_from(Z_OBJ_P(ZEND_THIS));
	wxps_config *cfg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	if (c->cfg) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client is constructed once");
		RETURN_THROWS();
	}
	cfg = php_wxps_config_from_array(config);
	if (!cfg) {
		RETURN_THROWS();
	}
	c->cfg = cfg;
	ZVAL_COPY_VALUE(&c->hook, &cfg->on_stats);
}

ZEND_METHOD(WxPayScore_Client, __get)
{
	zend_string *name;
	wxps_client_obj *c;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	if ((c = wxps_client_ready(Z_OBJ_P(ZEND_THIS)))) {
		wxps_return_node(return_value, wxps_client_walk(c, ZSTR_VAL(name), ZSTR_LEN(name)));
	}
}

ZEND_METHOD(WxPayScore_Client, __isset)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(ZSTR_LEN(name) > 0);
}

static void wxps_client_chain(INTERNAL_FUNCTION_PARAMETERS, zval *segments)
{
	wxps_client_obj *c = wxps_client_ready(Z_OBJ_P(ZEND_THIS));

	if (!c) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(segments);
	if (Z_TYPE_P(segments) != IS_STRING) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client path must be a string, %s given",
		               zend_zval_type_name(segments));
		RETURN_THROWS();
	}
	wxps_return_node(return_value, wxps_client_walk(c, Z_STRVAL_P(segments), Z_STRLEN_P(segments)));
}

ZEND_METHOD(WxPayScore_Client, chain)
{
	zval *segments;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(segments)
	ZEND_PARSE_PARAMETERS_END();
	wxps_client_chain(INTERNAL_FUNCTION_PARAM_PASSTHRU, segments);
}

ZEND_METHOD(WxPayScore_Client, offsetGet)
{
	zval *offset;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	wxps_client_chain(INTERNAL_FUNCTION_PARAM_PASSTHRU, offset);
}

ZEND_METHOD(WxPayScore_Client, offsetExists)
{
	zval *offset;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_DEREF(offset);
	RETURN_BOOL(Z_TYPE_P(offset) == IS_STRING && Z_STRLEN_P(offset) > 0);
}

ZEND_METHOD(WxPayScore_Client, offsetSet)
{
	zval *offset, *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(offset)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client is read-only");
}

ZEND_METHOD(WxPayScore_Client, offsetUnset)
{
	zval *offset;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(offset)
	ZEND_PARSE_PARAMETERS_END();
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a Client is read-only");
}

ZEND_METHOD(WxPayScore_Client, getPath)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wxps_client_from(Z_OBJ_P(ZEND_THIS))->path);
}

ZEND_METHOD(WxPayScore_Client, __clone)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WxPayScore_Client, certificates)
{
	wxps_config *cfg;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(cfg = php_wxps_client_config(Z_OBJ_P(ZEND_THIS))) || php_wxps_certificates(cfg, return_value) != 0) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(WxPayScore_Client, encryptor)
{
	wxps_config *cfg;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(cfg = php_wxps_client_config(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	php_wxps_encryptor(cfg, return_value);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(WxPayScore_Client, get)
{
	wxps_client_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "GET");
}

ZEND_METHOD(WxPayScore_Client, put)
{
	wxps_client_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUT");
}

ZEND_METHOD(WxPayScore_Client, post)
{
	wxps_client_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "POST");
}

ZEND_METHOD(WxPayScore_Client, patch)
{
	wxps_client_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PATCH");
}

ZEND_METHOD(WxPayScore_Client, delete)
{
	wxps_client_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DELETE");
}

ZEND_METHOD(WxPayScore_Client, getAsync)
{
	wxps_client_call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "GET");
}

ZEND_METHOD(WxPayScore_Client, putAsync)
{
	wxps_client_call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUT");
}

ZEND_METHOD(WxPayScore_Client, postAsync)
{
	wxps_client_call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "POST");
}

ZEND_METHOD(WxPayScore_Client, patchAsync)
{
	wxps_client_call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PATCH");
}

ZEND_METHOD(WxPayScore_Client, deleteAsync)
{
	wxps_client_call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DELETE");
}

void php_wxps_register_client_class(void)
{
	php_wxps_ce_client = register_class_WxPayScore_Client(zend_ce_arrayaccess);
	php_wxps_ce_client->create_object = wxps_client_new;
	memcpy(&wxps_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_client_handlers.offset = offsetof(wxps_client_obj, std);
	wxps_client_handlers.free_obj = wxps_client_free_obj;
	wxps_client_handlers.get_gc = wxps_client_get_gc;
	wxps_client_handlers.clone_obj = NULL;
	wxps_client_handlers.read_property = wxps_client_read_property;
	wxps_client_handlers.write_property = wxps_client_write_property;
	wxps_client_handlers.unset_property = wxps_client_unset_property;
	wxps_client_handlers.has_property = wxps_client_has_property;
	wxps_client_handlers.get_property_ptr_ptr = wxps_client_get_property_ptr_ptr;
	wxps_client_handlers.get_debug_info = wxps_client_get_debug_info;
}
