/* WxPayScore\Promise: async calls over the process engine, Promises/A+ like Guzzle's.
 * Callbacks run inside wait(); every pending call progresses whenever any wait() runs. */
#include "wxps_php.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "php_wxpayscore.h"

#include "promise_arginfo.h"

zend_class_entry *wxps_ce_promise;

enum { WXPS_PENDING, WXPS_FULFILLED, WXPS_REJECTED };
enum { WXPS_THEN, WXPS_ALL, WXPS_SETTLE };

/* What a settled promise passes on: to a then() child, or into a slot of all()/settle(). */
typedef struct {
	zend_object *target;
	zval on_fulfilled; /* UNDEF: pass the value through */
	zval on_rejected;  /* UNDEF: pass the reason through */
	zval key;          /* the slot of an aggregate */
} wxps_handler;

typedef struct {
	int state;
	int kind;                /* WXPS_THEN for calls and then() children, or the aggregate kind */
	zval result;             /* the value or the reason once settled */
	wxps_call *call;         /* an async call, until it settles */
	wxps_transfer *transfer; /* its transfer, once started */
	zval adopted;            /* a promise a callback returned, kept alive until it settles */
	wxps_handler *handlers;
	uint32_t nhandlers;
	uint32_t handlers_cap;
	zval values;        /* aggregate: the slots, in the order given */
	uint32_t remaining; /* aggregate: slots still pending */
	zend_object std;
} wxps_promise_obj;

static zend_object_handlers wxps_promise_handlers;

/* Pending calls (handle => promise, strong) and settled promises whose handlers still have to run. */
static HashTable *wxps_pending_calls(void)
{
	if (!WXPS_G(pending)) {
		ALLOC_HASHTABLE(WXPS_G(pending));
		zend_hash_init(WXPS_G(pending), 16, NULL, ZVAL_PTR_DTOR, 0);
	}
	return WXPS_G(pending);
}

static HashTable *wxps_settled_queue(void)
{
	if (!WXPS_G(settled)) {
		ALLOC_HASHTABLE(WXPS_G(settled));
		zend_hash_init(WXPS_G(settled), 16, NULL, ZVAL_PTR_DTOR, 0);
	}
	return WXPS_G(settled);
}

static inline wxps_promise_obj *wxps_promise_from(zend_object *obj)
{
	return (wxps_promise_obj *)((char *)obj - XtOffsetOf(wxps_promise_obj, std));
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

static void wxps_promise_create(zval *out, int kind)
{
	object_init_ex(out, wxps_ce_promise);
	wxps_promise_from(Z_OBJ_P(out))->kind = kind;
}

static void wxps_handler_dtor(wxps_handler *h)
{
	OBJ_RELEASE(h->target);
	zval_ptr_dtor(&h->on_fulfilled);
	zval_ptr_dtor(&h->on_rejected);
	zval_ptr_dtor(&h->key);
}

/* Stop the transfer of a call (if any) and give its slot to the next queued call. */
static void wxps_promise_drop_call(wxps_promise_obj *p)
{
	if (p->transfer) {
		wxps_http_free(WXPS_G(engine), p->transfer);
		p->transfer = NULL;
		wxps_call_config(p->call)->in_flight--;
	}
	wxps_call_free(p->call);
	p->call = NULL;
}

static void wxps_promise_free_obj(zend_object *obj)
{
	wxps_promise_obj *p = wxps_promise_from(obj);
	uint32_t i;

	wxps_promise_drop_call(p);
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

static void wxps_promise_enqueue(wxps_promise_obj *p)
{
	zval zv;

	ZVAL_OBJ_COPY(&zv, &p->std);
	zend_hash_next_index_insert(wxps_settled_queue(), &zv);
}

static void wxps_promise_settle(wxps_promise_obj *p, int state, zval *result)
{
	if (p->state != WXPS_PENDING) {
		return;
	}
	p->state = state;
	ZVAL_COPY(&p->result, result);
	zval_ptr_dtor(&p->adopted);
	ZVAL_UNDEF(&p->adopted);
	if (p->nhandlers) {
		wxps_promise_enqueue(p);
	}
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
	if (p->state != WXPS_PENDING && p->nhandlers == 1) {
		wxps_promise_enqueue(p);
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

static void wxps_aggregate_fill(wxps_promise_obj *agg, wxps_promise_obj *from, zval *key)
{
	zval slot, *dest;

	if (agg->kind == WXPS_ALL && from->state == WXPS_REJECTED) {
		wxps_promise_settle(agg, WXPS_REJECTED, &from->result);
		return;
	}
	if (agg->kind == WXPS_SETTLE) {
		array_init(&slot);
		add_assoc_string(&slot, "state", from->state == WXPS_FULFILLED ? "fulfilled" : "rejected");
		Z_TRY_ADDREF(from->result);
		add_assoc_zval(&slot, from->state == WXPS_FULFILLED ? "value" : "reason", &from->result);
	} else {
		ZVAL_COPY(&slot, &from->result);
	}
	SEPARATE_ARRAY(&agg->values);
	dest = Z_TYPE_P(key) == IS_LONG ? zend_hash_index_update(Z_ARRVAL(agg->values), Z_LVAL_P(key), &slot)
	                                : zend_symtable_update(Z_ARRVAL(agg->values), Z_STR_P(key), &slot);
	(void)dest;
	if (agg->state == WXPS_PENDING && --agg->remaining == 0) {
		wxps_promise_settle(agg, WXPS_FULFILLED, &agg->values);
	}
}

static void wxps_promise_adopt(wxps_promise_obj *child, zval *returned)
{
	wxps_promise_obj *inner = wxps_promise_from(Z_OBJ_P(returned));

	if (inner == child) {
		zval reason;
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a then() callback returned the promise it resolves");
		if (wxps_take_exception(&reason)) {
			wxps_promise_settle(child, WXPS_REJECTED, &reason);
			zval_ptr_dtor(&reason);
		}
		return;
	}
	ZVAL_COPY(&child->adopted, returned);
	wxps_promise_add_handler(inner, &child->std, NULL, NULL, NULL);
}

static void wxps_handler_run(wxps_promise_obj *from, wxps_handler *h)
{
	wxps_promise_obj *target = wxps_promise_from(h->target);
	zval *callback = from->state == WXPS_FULFILLED ? &h->on_fulfilled : &h->on_rejected;
	zval ret, reason;

	if (target->kind != WXPS_THEN) {
		wxps_aggregate_fill(target, from, &h->key);
		return;
	}
	if (Z_ISUNDEF_P(callback)) {
		wxps_promise_settle(target, from->state, &from->result);
		return;
	}
	ZVAL_UNDEF(&ret);
	call_user_function(NULL, NULL, callback, &ret, 1, &from->result);
	if (EG(exception)) {
		if (wxps_take_exception(&reason)) {
			wxps_promise_settle(target, WXPS_REJECTED, &reason);
			zval_ptr_dtor(&reason);
		}
	} else if (Z_TYPE(ret) == IS_OBJECT && Z_OBJCE(ret) == wxps_ce_promise) {
		wxps_promise_adopt(target, &ret);
	} else {
		wxps_promise_settle(target, WXPS_FULFILLED, &ret);
	}
	zval_ptr_dtor(&ret);
}

static void wxps_promise_run_handlers(wxps_promise_obj *p)
{
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

/* Run the handlers of every settled promise, including those settled meanwhile, one promise
 * at a time from the shared queue: a wait() inside a handler then finds the rest still queued. */
static void wxps_run_settled(void)
{
	HashTable *queue;
	zend_object *obj;
	zend_ulong idx;

	/* The internal pointer is the queue's head: deleting the head moves it to the next one. */
	while (!EG(exception) && (queue = WXPS_G(settled)) && zend_hash_num_elements(queue)) {
		obj = Z_OBJ_P(zend_hash_get_current_data(queue));
		zend_hash_get_current_key(queue, NULL, &idx);
		GC_ADDREF(obj);
		zend_hash_index_del(queue, idx);
		wxps_promise_run_handlers(wxps_promise_from(obj));
		OBJ_RELEASE(obj);
	}
}

/* ---- calls ---- */

static void wxps_promise_reject_current(wxps_promise_obj *p)
{
	zval reason;

	if (wxps_take_exception(&reason)) {
		wxps_promise_settle(p, WXPS_REJECTED, &reason);
		zval_ptr_dtor(&reason);
	}
}

/* Start queued calls while their client has room. */
static void wxps_start_queued(void)
{
	wxps_promise_obj *p;
	wxps_config *cfg;
	zval *zv;

	ZEND_HASH_FOREACH_VAL(wxps_pending_calls(), zv) {
		p = wxps_promise_from(Z_OBJ_P(zv));
		if (p->transfer || p->state != WXPS_PENDING) {
			continue;
		}
		cfg = wxps_call_config(p->call);
		if (cfg->in_flight >= cfg->concurrency) {
			continue;
		}
		p->transfer = wxps_call_start(p->call);
		if (p->transfer) {
			cfg->in_flight++;
		} else {
			wxps_promise_reject_current(p);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* Settle the calls whose transfers finished, and forget every settled call. */
static void wxps_collect_calls(void)
{
	HashTable *pending = wxps_pending_calls();
	wxps_promise_obj *p;
	zend_ulong handle;
	zval *zv, response;

	ZEND_HASH_FOREACH_NUM_KEY_VAL(pending, handle, zv) {
		p = wxps_promise_from(Z_OBJ_P(zv));
		if (p->state == WXPS_PENDING && p->transfer && wxps_http_done(p->transfer)) {
			wxps_transfer *next;
			ZVAL_UNDEF(&response);
			next = wxps_call_finish(p->call, p->transfer, &response);
			wxps_http_free(WXPS_G(engine), p->transfer);
			p->transfer = next;
			if (next) {
				continue; /* failed over to the backup: still pending */
			}
			wxps_call_config(p->call)->in_flight--;
			if (EG(exception)) {
				wxps_promise_reject_current(p);
			} else {
				wxps_promise_settle(p, WXPS_FULFILLED, &response);
			}
			zval_ptr_dtor(&response);
		}
		if (p->state != WXPS_PENDING) {
			wxps_promise_drop_call(p);
			zend_hash_index_del(pending, handle);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* One turn of the loop; false when nothing is left that could settle anything. */
static bool wxps_async_tick(void)
{
	HashTable *pending = wxps_pending_calls();

	if (zend_hash_num_elements(wxps_settled_queue())) {
		wxps_run_settled();
		return true;
	}
	if (zend_hash_num_elements(pending) == 0) {
		return false;
	}
	wxps_start_queued();
	if (WXPS_G(engine)) {
		wxps_http_step(WXPS_G(engine), 100);
	}
	wxps_collect_calls();
	wxps_run_settled();
	return true;
}

void wxps_promise_for_call(zval *out, wxps_call *call)
{
	wxps_promise_obj *p;
	zval held;

	wxps_promise_create(out, WXPS_THEN);
	p = wxps_promise_from(Z_OBJ_P(out));
	p->call = call;
	ZVAL_COPY(&held, out);
	zend_hash_index_update(wxps_pending_calls(), Z_OBJ_HANDLE_P(out), &held);
	/* Start now, so the call is on the wire while the caller prepares the next one. */
	wxps_start_queued();
}

void wxps_promises_shutdown(void)
{
	if (WXPS_G(pending)) {
		zval *zv;
		ZEND_HASH_FOREACH_VAL(WXPS_G(pending), zv) {
			wxps_promise_drop_call(wxps_promise_from(Z_OBJ_P(zv)));
		}
		ZEND_HASH_FOREACH_END();
		zend_hash_destroy(WXPS_G(pending));
		FREE_HASHTABLE(WXPS_G(pending));
		WXPS_G(pending) = NULL;
	}
	if (WXPS_G(settled)) {
		zend_hash_destroy(WXPS_G(settled));
		FREE_HASHTABLE(WXPS_G(settled));
		WXPS_G(settled) = NULL;
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
	wxps_promise_create(return_value, WXPS_THEN);
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
	while (p->state == WXPS_PENDING && !EG(exception) && wxps_async_tick()) {
	}
	/* Whatever settled meanwhile passes on before we return, as a caller would expect. */
	if (!EG(exception)) {
		wxps_run_settled();
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (p->state == WXPS_PENDING) {
		php_wxps_throw(PHP_WXPS_CANCELLATION, "the promise cannot settle: nothing it waits on is pending");
		RETURN_THROWS();
	}
	if (!unwrap) {
		return;
	}
	if (p->state == WXPS_REJECTED) {
		wxps_throw_reason(&p->result);
		RETURN_THROWS();
	}
	RETURN_COPY(&p->result);
}

ZEND_METHOD(WxPayScore_Promise, getState)
{
	static const char *names[] = {"pending", "fulfilled", "rejected"};

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(names[THIS_PROMISE()->state]);
}

ZEND_METHOD(WxPayScore_Promise, cancel)
{
	wxps_promise_obj *p = THIS_PROMISE();
	zval reason;

	ZEND_PARSE_PARAMETERS_NONE();
	if (p->state != WXPS_PENDING) {
		return;
	}
	wxps_promise_drop_call(p);
	php_wxps_throw(PHP_WXPS_CANCELLATION, "the call was cancelled");
	if (wxps_take_exception(&reason)) {
		wxps_promise_settle(p, WXPS_REJECTED, &reason);
		zval_ptr_dtor(&reason);
	}
	zend_hash_index_del(wxps_pending_calls(), Z_OBJ_HANDLE_P(ZEND_THIS));
}

/* Promise::all() and Promise::settle(): one aggregate over an array or Traversable. */
static void wxps_promise_aggregate(zval *promises, int kind, zval *return_value)
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
		if (Z_TYPE_P(item) == IS_OBJECT && Z_OBJCE_P(item) == wxps_ce_promise) {
			/* Reserve the slot so the result keeps the order given. */
			if (key) {
				zend_symtable_update(Z_ARRVAL(agg->values), key, &EG(uninitialized_zval));
			} else {
				zend_hash_index_update(Z_ARRVAL(agg->values), idx, &EG(uninitialized_zval));
			}
			wxps_promise_add_handler(wxps_promise_from(Z_OBJ_P(item)), &agg->std, NULL, NULL, &zkey);
		} else {
			wxps_promise_obj plain = {.state = WXPS_FULFILLED};
			ZVAL_COPY_VALUE(&plain.result, item);
			wxps_aggregate_fill(agg, &plain, &zkey);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (--agg->remaining == 0) {
		wxps_promise_settle(agg, WXPS_FULFILLED, &agg->values);
	}
	zval_ptr_dtor(&items);
}

ZEND_METHOD(WxPayScore_Promise, all)
{
	zval *promises;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ITERABLE(promises)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_aggregate(promises, WXPS_ALL, return_value);
}

ZEND_METHOD(WxPayScore_Promise, settle)
{
	zval *promises;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ITERABLE(promises)
	ZEND_PARSE_PARAMETERS_END();
	wxps_promise_aggregate(promises, WXPS_SETTLE, return_value);
}

void wxps_register_promise_class(void)
{
	wxps_ce_promise = register_class_WxPayScore_Promise();
	wxps_ce_promise->create_object = wxps_promise_new;
	memcpy(&wxps_promise_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_promise_handlers.offset = XtOffsetOf(wxps_promise_obj, std);
	wxps_promise_handlers.free_obj = wxps_promise_free_obj;
	wxps_promise_handlers.get_gc = wxps_promise_get_gc;
	wxps_promise_handlers.clone_obj = NULL;
}
