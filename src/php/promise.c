/* WxPayScore\Promise: the Promises/A+ rules, as Guzzle's Promise — settle, then, adopt, and the
 * all()/settle() aggregates. When handlers run and how calls progress is scheduler.c's. */
#include "wxps_php.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "wxps_promise.h"
#include "wxps_scheduler.h"

#include "promise_arginfo.h"

zend_class_entry *php_wxps_ce_promise;

/* What settles a promise: one source (a call, a then() parent, an adopted promise), or every slot
 * of an aggregate. */
typedef enum {
	WXPS_PROMISE_SINGLE,
	WXPS_PROMISE_ALL,
	WXPS_PROMISE_SETTLE,
} wxps_promise_kind;

/* What a settled promise passes on: to a then() child, or into a slot of all()/settle(). */
typedef struct {
	zend_object *target;
	zval on_fulfilled; /* UNDEF: pass the value through */
	zval on_rejected;  /* UNDEF: pass the reason through */
	zval key;          /* the slot of an aggregate */
} wxps_handler;

typedef struct {
	wxps_promise_state state;
	wxps_promise_kind kind;
	zval result;  /* the value or the reason once settled */
	zval adopted; /* a promise a callback returned, kept alive until it settles */
	wxps_handler *handlers;
	uint32_t nhandlers;
	uint32_t handlers_cap;
	zval values;        /* aggregate: the slots, in the order given */
	uint32_t remaining; /* aggregate: slots still pending */
	zend_object std;
} wxps_promise_obj;

static zend_object_handlers wxps_promise_handlers;

static inline wxps_promise_obj *wxps_promise_from(zend_object *obj)
{
	return (wxps_promise_obj *)((char *)obj - offsetof(wxps_promise_obj, std));
}

/* ---- objects ---- */

static zend_object *wxps_promise_new(zend_class_entry *ce)
{
	wxps_promise_obj *p = zend_object_alloc(sizeof(*p), ce);

	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &wxps_promise_handlers;
	ZVAL_UNDEF(&p->result);
	ZVAL_UNDEF(&p->adopted);
	ZVAL_UNDEF(&p->values);
	return &p->std;
}

static void wxps_promise_create(zval *out, wxps_promise_kind kind)
{
	object_init_ex(out, php_wxps_ce_promise);
	wxps_promise_from(Z_OBJ_P(out))->kind = kind;
}

void php_wxps_promise_init(zval *out)
{
	wxps_promise_create(out, WXPS_PROMISE_SINGLE);
}

static void wxps_handler_dtor(wxps_handler *h)
{
	OBJ_RELEASE(h->target);
	zval_ptr_dtor(&h->on_fulfilled);
	zval_ptr_dtor(&h->on_rejected);
	zval_ptr_dtor(&h->key);
}

static void wxps_promise_free_obj(zend_object *obj)
{
	wxps_promise_obj *p = wxps_promise_from(obj);
	uint32_t i;

	for (i = 0; i < p->nhandlers; i++) {
		wxps_handler_dtor(&p->handlers[i]);
	}
	if (p->handlers) {
		efree(p->handlers);
	}
	zval_ptr_dtor(&p->result);
	zval_ptr_dtor(&p->adopted);
	zval_ptr_dtor(&p->values);
	zend_object_std_dtor(obj);
}

static HashTable *wxps_promise_get_gc(zend_object *obj, zval **table, int *n)
{
	wxps_promise_obj *p = wxps_promise_from(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	uint32_t i;

	for (i = 0; i < p->nhandlers; i++) {
		zend_get_gc_buffer_add_obj(buf, p->handlers[i].target);
		zend_get_gc_buffer_add_zval(buf, &p->handlers[i].on_fulfilled);
		zend_get_gc_buffer_add_zval(buf, &p->handlers[i].on_rejected);
	}
	zend_get_gc_buffer_add_zval(buf, &p->result);
	zend_get_gc_buffer_add_zval(buf, &p->adopted);
	zend_get_gc_buffer_add_zval(buf, &p->values);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

/* ---- settling ---- */

static void wxps_settle(wxps_promise_obj *p, wxps_promise_state state, zval *result)
{
	if (p->state != WXPS_PROMISE_PENDING) {
		return;
	}
	p->state = state;
	ZVAL_COPY(&p->result, result);
	zval_ptr_dtor(&p->adopted);
	ZVAL_UNDEF(&p->adopted);
	if (p->nhandlers) {
		php_wxps_scheduler_enqueue(&p->std);
	}
}

void php_wxps_promise_settle(zend_object *promise, wxps_promise_state state, zval *result)
{
	wxps_settle(wxps_promise_from(promise), state, result);
}

static void wxps_promise_add_handler(wxps_promise_obj *p, zend_object *target, zval *on_fulfilled, zval *on_rejected,
                                     zval *key)
{
	wxps_handler *h;

	if (p->nhandlers == p->handlers_cap) {
		p->handlers_cap = p->handlers_cap ? p->handlers_cap * 2 : 2;
		p->handlers = safe_erealloc(p->handlers, p->handlers_cap, sizeof(*h), 0);
	}
	h = &p->handlers[p->nhandlers++];
	GC_ADDREF(target);
	h->target = target;
	ZVAL_UNDEF(&h->on_fulfilled);
	ZVAL_UNDEF(&h->on_rejected);
	ZVAL_UNDEF(&h->key);
	if (on_fulfilled) {
		ZVAL_COPY(&h->on_fulfilled, on_fulfilled);
	}
	if (on_rejected) {
		ZVAL_COPY(&h->on_rejected, on_rejected);
	}
	if (key) {
		ZVAL_COPY(&h->key, key);
	}
	/* A settled promise passes on at the next wait(), never during then() itself. */
	if (p->state != WXPS_PROMISE_PENDING && p->nhandlers == 1) {
		php_wxps_scheduler_enqueue(&p->std);
	}
}

/* Take the pending exception as a rejection reason; false when it must keep unwinding (exit()). */
static bool wxps_take_exception(zval *reason)
{
	zend_object *ex = EG(exception);

	if (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
		return false;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_OBJ(reason, ex);
	return true;
}

void php_wxps_promise_reject_with_exception(zend_object *promise)
{
	zval reason;

	if (wxps_take_exception(&reason)) {
		wxps_settle(wxps_promise_from(promise), WXPS_PROMISE_REJECTED, &reason);
		zval_ptr_dtor(&reason);
	}
}

/* Fill the slot key of an aggregate with one outcome: a settled promise's, or a plain value's. */
static void wxps_aggregate_fill(wxps_promise_obj *agg, zval *key, wxps_promise_state state, zval *outcome)
{
	zval slot;

	if (agg->kind == WXPS_PROMISE_ALL && state == WXPS_PROMISE_REJECTED) {
		wxps_settle(agg, WXPS_PROMISE_REJECTED, outcome);
		return;
	}
	if (agg->kind == WXPS_PROMISE_SETTLE) {
		array_init(&slot);
		add_assoc_string(&slot, "state", state == WXPS_PROMISE_FULFILLED ? "fulfilled" : "rejected");
		Z_TRY_ADDREF_P(outcome);
		add_assoc_zval(&slot, state == WXPS_PROMISE_FULFILLED ? "value" : "reason", outcome);
	} else {
		ZVAL_COPY(&slot, outcome);
	}
	SEPARATE_ARRAY(&agg->values);
	if (Z_TYPE_P(key) == IS_LONG) {
		zend_hash_index_update(Z_ARRVAL(agg->values), Z_LVAL_P(key), &slot);
	} else {
		zend_symtable_update(Z_ARRVAL(agg->values), Z_STR_P(key), &slot);
	}
	if (agg->state == WXPS_PROMISE_PENDING && --agg->remaining == 0) {
		wxps_settle(agg, WXPS_PROMISE_FULFILLED, &agg->values);
	}
}

static void wxps_promise_adopt(wxps_promise_obj *child, zval *returned)
{
	wxps_promise_obj *inner = wxps_promise_from(Z_OBJ_P(returned));

	if (inner == child) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a then() callback returned the promise it resolves");
		php_wxps_promise_reject_with_exception(&child->std);
		return;
	}
	ZVAL_COPY(&child->adopted, returned);
	wxps_promise_add_handler(inner, &child->std, NULL, NULL, NULL);
}

static void wxps_handler_run(wxps_promise_obj *from, wxps_handler *h)
{
	wxps_promise_obj *target = wxps_promise_from(h->target);
	zval *callback = from->state == WXPS_PROMISE_FULFILLED ? &h->on_fulfilled : &h->on_rejected;
	zval ret;

	if (target->kind != WXPS_PROMISE_SINGLE) {
		wxps_aggregate_fill(target, &h->key, from->state, &from->result);
		return;
	}
	if (Z_ISUNDEF_P(callback)) {
		wxps_settle(target, from->state, &from->result);
		return;
	}
	ZVAL_UNDEF(&ret);
	call_user_function(NULL, NULL, callback, &ret, 1, &from->result);
	if (EG(exception)) {
		php_wxps_promise_reject_with_exception(&target->std);
	} else if (Z_TYPE(ret) == IS_OBJECT && Z_OBJCE(ret) == php_wxps_ce_promise) {
		wxps_promise_adopt(target, &ret);
	} else {
		wxps_settle(target, WXPS_PROMISE_FULFILLED, &ret);
	}
	zval_ptr_dtor(&ret);
}

void php_wxps_promise_run_handlers(zend_object *promise)
{
	wxps_promise_obj *p = wxps_promise_from(promise);
	wxps_handler *handlers = p->handlers;
	uint32_t n = p->nhandlers, i;

	p->handlers = NULL;
	p->nhandlers = p->handlers_cap = 0;
	for (i = 0; i < n; i++) {
		if (!EG(exception)) {
			wxps_handler_run(p, &handlers[i]);
		}
		wxps_handler_dtor(&handlers[i]);
	}
	if (handlers) {
		efree(handlers);
	}
}

/* ---- methods ---- */

#define THIS_PROMISE() wxps_promise_from(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(WxPayScore_Promise, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

static void wxps_promise_then(zval *self, zval *on_fulfilled, zval *on_rejected, zval *return_value)
{
	wxps_promise_create(return_value, WXPS_PROMISE_SINGLE);
	wxps_promise_add_handler(wxps_promise_from(Z_OBJ_P(self)), Z_OBJ_P(return_value), on_fulfilled, on_rejected,
	                         NULL);
}

ZEND_METHOD(WxPayScore_Promise, then)
{
	zend_fcall_info fci1 = empty_fcall_info, fci2 = empty_fcall_info;
	zend_fcall_info_cache fcc1 = empty_fcall_info_cache, fcc2 = empty_fcall_info_cache;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_FUNC_OR_NULL(fci1, fcc1)
		Z_PARAM_FUNC_OR_NULL(fci2, fcc2)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_then(ZEND_THIS, ZEND_FCI_INITIALIZED(fci1) ? &fci1.function_name : NULL,
	                  ZEND_FCI_INITIALIZED(fci2) ? &fci2.function_name : NULL, return_value);
}

ZEND_METHOD(WxPayScore_Promise, otherwise)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_then(ZEND_THIS, NULL, &fci.function_name, return_value);
}

static void wxps_throw_reason(zval *reason)
{
	if (Z_TYPE_P(reason) == IS_OBJECT && instanceof_function(Z_OBJCE_P(reason), zend_ce_throwable)) {
		Z_ADDREF_P(reason);
		zend_throw_exception_object(reason);
		return;
	}
	php_wxps_throw(PHP_WXPS_REQUEST, "the promise was rejected with a value of type %s",
	               zend_zval_type_name(reason));
}

ZEND_METHOD(WxPayScore_Promise, wait)
{
	bool unwrap = true;
	wxps_promise_obj *p = THIS_PROMISE();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(unwrap)
	ZEND_PARSE_PARAMETERS_END();
	while (p->state == WXPS_PROMISE_PENDING && !EG(exception) && php_wxps_scheduler_tick()) {
	}
	/* Whatever settled meanwhile passes on before we return, as a caller would expect. */
	if (!EG(exception)) {
		php_wxps_scheduler_run_queue();
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (p->state == WXPS_PROMISE_PENDING) {
		php_wxps_throw(PHP_WXPS_CANCELLATION, "the promise cannot settle: nothing it waits on is pending");
		RETURN_THROWS();
	}
	if (!unwrap) {
		return;
	}
	if (p->state == WXPS_PROMISE_REJECTED) {
		wxps_throw_reason(&p->result);
		RETURN_THROWS();
	}
	RETURN_COPY(&p->result);
}

ZEND_METHOD(WxPayScore_Promise, getState)
{
	static const char *names[] = {
	    [WXPS_PROMISE_PENDING] = "pending",
	    [WXPS_PROMISE_FULFILLED] = "fulfilled",
	    [WXPS_PROMISE_REJECTED] = "rejected",
	};

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(names[THIS_PROMISE()->state]);
}

ZEND_METHOD(WxPayScore_Promise, cancel)
{
	wxps_promise_obj *p = THIS_PROMISE();

	ZEND_PARSE_PARAMETERS_NONE();
	if (p->state != WXPS_PROMISE_PENDING) {
		return;
	}
	php_wxps_scheduler_cancel(&p->std);
	php_wxps_throw(PHP_WXPS_CANCELLATION, "the call was cancelled");
	php_wxps_promise_reject_with_exception(&p->std);
}

/* Promise::all() and Promise::settle(): one aggregate over an array or Traversable. */
static void wxps_promise_aggregate(zval *promises, wxps_promise_kind kind, zval *return_value)
{
	wxps_promise_obj *agg;
	zend_string *key;
	zend_ulong idx;
	zval items, *item, zkey;

	if (Z_TYPE_P(promises) == IS_ARRAY) {
		ZVAL_COPY(&items, promises);
	} else {
		zval fn;
		ZVAL_STRING(&fn, "iterator_to_array");
		ZVAL_UNDEF(&items);
		call_user_function(NULL, NULL, &fn, &items, 1, promises);
		zval_ptr_dtor(&fn);
		if (EG(exception) || Z_TYPE(items) != IS_ARRAY) {
			zval_ptr_dtor(&items);
			return;
		}
	}
	wxps_promise_create(return_value, kind);
	agg = wxps_promise_from(Z_OBJ_P(return_value));
	array_init_size(&agg->values, zend_hash_num_elements(Z_ARRVAL(items)));
	agg->remaining = 1; /* held until every item is registered */
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(items), idx, key, item) {
		if (key) {
			ZVAL_STR(&zkey, key);
		} else {
			ZVAL_LONG(&zkey, (zend_long)idx);
		}
		ZVAL_DEREF(item);
		agg->remaining++;
		if (Z_TYPE_P(item) == IS_OBJECT && Z_OBJCE_P(item) == php_wxps_ce_promise) {
			/* Reserve the slot so the result keeps the order given. */
			if (key) {
				zend_symtable_update(Z_ARRVAL(agg->values), key, &EG(uninitialized_zval));
			} else {
				zend_hash_index_update(Z_ARRVAL(agg->values), idx, &EG(uninitialized_zval));
			}
			wxps_promise_add_handler(wxps_promise_from(Z_OBJ_P(item)), &agg->std, NULL, NULL, &zkey);
		} else {
			wxps_aggregate_fill(agg, &zkey, WXPS_PROMISE_FULFILLED, item);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (--agg->remaining == 0) {
		wxps_settle(agg, WXPS_PROMISE_FULFILLED, &agg->values);
	}
	zval_ptr_dtor(&items);
}

ZEND_METHOD(WxPayScore_Promise, all)
{
	zval *promises;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ITERABLE(promises)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_aggregate(promises, WXPS_PROMISE_ALL, return_value);
}

ZEND_METHOD(WxPayScore_Promise, settle)
{
	zval *promises;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ITERABLE(promises)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_aggregate(promises, WXPS_PROMISE_SETTLE, return_value);
}

void php_wxps_register_promise_class(void)
{
	php_wxps_ce_promise = register_class_WxPayScore_Promise();
	php_wxps_ce_promise->create_object = wxps_promise_new;
	memcpy(&wxps_promise_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_promise_handlers.offset = offsetof(wxps_promise_obj, std);
	wxps_promise_handlers.free_obj = wxps_promise_free_obj;
	wxps_promise_handlers.get_gc = wxps_promise_get_gc;
	wxps_promise_handlers.clone_obj = NULL;
}
