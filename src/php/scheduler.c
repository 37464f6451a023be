/* The async scheduler, as Guzzle's TaskQueue beside its Promise: each client's calls wait in a
 * FIFO for one of its `concurrency` slots, are signed and sent on the process engine when they
 * get one, and settle their promises as the engine hands their transfers back; the handlers of
 * settled promises then run from one queue, inside wait(). Each step costs O(1) per call. */
#include "wxps_php.h"

#include "zend_exceptions.h"

#include "php_wxpayscore.h"
#include "wxps_promise.h"
#include "wxps_scheduler.h"

typedef enum {
	WXPS_ASYNC_IDLE,    /* neither waiting nor holding a slot: being added or forgotten */
	WXPS_ASYNC_WAITING, /* in its client's FIFO */
	WXPS_ASYNC_SENT,    /* holds one of its client's slots */
} wxps_async_stage;

/* An async call from getAsync() until its promise settles or it is cancelled. */
typedef struct wxps_async_call {
	zend_object *promise; /* held until the call is forgotten */
	wxps_call *call;      /* holds its client's wxps_config */
	wxps_transfer *transfer;
	wxps_async_stage stage;
	struct wxps_async_call *prev; /* in the client's FIFO while waiting */
	struct wxps_async_call *next;
} wxps_async_call;

struct wxps_scheduler {
	HashTable calls;     /* promise handle => wxps_async_call *: every call not settled yet */
	zend_object **queue; /* ring of settled promises whose handlers must run, each held */
	uint32_t head;
	uint32_t count;
	uint32_t cap;
};

static void wxps_async_call_dtor(zval *zv);

static struct wxps_scheduler *wxps_scheduler(void)
{
	struct wxps_scheduler *s = WXPS_G(scheduler);

	if (!s) {
		s = ecalloc(1, sizeof(*s));
		zend_hash_init(&s->calls, 16, NULL, wxps_async_call_dtor, 0);
		WXPS_G(scheduler) = s;
	}
	return s;
}

/* ---- the queue of settled promises ---- */

void php_wxps_scheduler_enqueue(zend_object *promise)
{
	struct wxps_scheduler *s = wxps_scheduler();

	if (s->count == s->cap) {
		uint32_t cap = s->cap ? s->cap * 2 : 16, i;
		zend_object **grown = safe_emalloc(cap, sizeof(*grown), 0);
		for (i = 0; i < s->count; i++) {
			grown[i] = s->queue[(s->head + i) % s->cap];
		}
		if (s->queue) {
			efree(s->queue);
		}
		s->queue = grown;
		s->head = 0;
		s->cap = cap;
	}
	GC_ADDREF(promise);
	s->queue[(s->head + s->count++) % s->cap] = promise;
}

/* One promise at a time, so that a wait() inside a handler finds the rest still queued. */
void php_wxps_scheduler_run_queue(void)
{
	struct wxps_scheduler *s = WXPS_G(scheduler);
	zend_object *promise;

	while (s && s->count && !EG(exception)) {
		promise = s->queue[s->head];
		s->head = (s->head + 1) % s->cap;
		s->count--;
		php_wxps_promise_run_handlers(promise);
		OBJ_RELEASE(promise);
	}
}

/* ---- each client's FIFO ---- */

static void wxps_waiting_append(wxps_config *cfg, wxps_async_call *c)
{
	c->stage = WXPS_ASYNC_WAITING;
	c->prev = cfg->waiting_last;
	c->next = NULL;
	if (cfg->waiting_last) {
		cfg->waiting_last->next = c;
	} else {
		cfg->waiting_first = c;
	}
	cfg->waiting_last = c;
}

static void wxps_waiting_remove(wxps_config *cfg, wxps_async_call *c)
{
	if (c->prev) {
		c->prev->next = c->next;
	} else {
		cfg->waiting_first = c->next;
	}
	if (c->next) {
		c->next->prev = c->prev;
	} else {
		cfg->waiting_last = c->prev;
	}
	c->prev = c->next = NULL;
	c->stage = WXPS_ASYNC_IDLE;
}

/* ---- calls ---- */

/* Leave the FIFO or give the slot back (stopping the transfer); true when a slot was freed. */
static bool wxps_async_call_leave(wxps_async_call *c)
{
	wxps_config *cfg = php_wxps_call_config(c->call);
	bool had_slot = c->stage == WXPS_ASYNC_SENT;

	if (c->stage == WXPS_ASYNC_WAITING) {
		wxps_waiting_remove(cfg, c);
	} else if (had_slot) {
		if (c->transfer) {
			wxps_http_free(WXPS_G(engine), c->transfer);
			c->transfer = NULL;
		}
		cfg->in_flight--;
		c->stage = WXPS_ASYNC_IDLE;
	}
	return had_slot;
}

/* The calls table's destructor: a call forgotten, or every call at request end. */
static void wxps_async_call_dtor(zval *zv)
{
	wxps_async_call *c = Z_PTR_P(zv);

	wxps_async_call_leave(c);
	php_wxps_call_free(c->call);
	OBJ_RELEASE(c->promise);
	efree(c);
}

static void wxps_async_call_drop(wxps_async_call *c)
{
	zend_hash_index_del(&WXPS_G(scheduler)->calls, c->promise->handle);
}

/* Sign and send a call that has a slot; a call that cannot be sent is rejected and dropped. */
static void wxps_async_call_send(wxps_async_call *c)
{
	wxps_config *cfg = php_wxps_call_config(c->call);

	c->transfer = php_wxps_call_start(c->call);
	if (!c->transfer) {
		php_wxps_promise_reject_with_exception(c->promise);
		wxps_async_call_drop(c);
		return;
	}
	c->stage = WXPS_ASYNC_SENT;
	cfg->in_flight++;
	wxps_http_set_owner(WXPS_G(engine), c->transfer, c);
}

/* Send waiting calls of a client while it has free slots. The caller keeps cfg alive: a call
 * that cannot be sent is dropped here, and its reference with it. */
static void wxps_client_fill_slots(wxps_config *cfg)
{
	wxps_async_call *c;

	while (cfg->in_flight < cfg->concurrency && (c = cfg->waiting_first) != NULL) {
		wxps_waiting_remove(cfg, c);
		wxps_async_call_send(c);
	}
}

/* Forget a call that settled or was cancelled; its slot goes to the next call of its client. */
static void wxps_async_call_forget(wxps_async_call *c)
{
	if (wxps_async_call_leave(c)) {
		wxps_client_fill_slots(php_wxps_call_config(c->call)); /* c->call keeps the config alive */
	}
	wxps_async_call_drop(c);
}

void php_wxps_promise_for_call(zval *out, wxps_call *call)
{
	wxps_config *cfg = php_wxps_call_config(call);
	wxps_async_call *c = ecalloc(1, sizeof(*c));

	php_wxps_promise_init(out);
	c->promise = Z_OBJ_P(out);
	GC_ADDREF(c->promise);
	c->call = call;
	zend_hash_index_add_new_ptr(&wxps_scheduler()->calls, c->promise->handle, c);
	/* Signed and handed to the engine now when there is room: the next wait() or sync call sends it. */
	if (cfg->in_flight < cfg->concurrency && !cfg->waiting_first) {
		wxps_async_call_send(c);
	} else {
		wxps_waiting_append(cfg, c);
	}
}

/* The engine handed the transfer back: settle the promise, or follow the failover. */
static void wxps_async_call_finished(wxps_async_call *c)
{
	wxps_transfer *next;
	zend_object *hook;
	zval response;

	ZVAL_UNDEF(&response);
	next = php_wxps_call_finish(c->call, c->transfer, &response);
	wxps_http_free(WXPS_G(engine), c->transfer);
	c->transfer = next;
	if (next) {
		/* Sent to the backup origin instead: still pending, in the same slot. */
		wxps_http_set_owner(WXPS_G(engine), next, c);
		return;
	}
	hook = php_wxps_call_take_hook_exception(c->call);
	if (EG(exception)) {
		php_wxps_promise_reject_with_exception(c->promise);
	} else {
		php_wxps_promise_settle(c->promise, WXPS_PROMISE_FULFILLED, &response);
	}
	zval_ptr_dtor(&response);
	wxps_async_call_forget(c);
	if (hook) {
		/* The promise keeps the call's result; the hook's failure surfaces from the wait(). */
		zend_throw_exception_internal(hook);
	}
}

void php_wxps_scheduler_cancel(zend_object *promise)
{
	struct wxps_scheduler *s = WXPS_G(scheduler);
	wxps_async_call *c = s ? zend_hash_index_find_ptr(&s->calls, promise->handle) : NULL;

	if (c) {
		wxps_async_call_forget(c);
	}
}

/* ---- the loop ---- */

/* Settle the calls whose transfers the engine hands back; false when there was none. */
static bool wxps_scheduler_collect(wxps_http_engine *eng)
{
	wxps_transfer *t;
	bool any = false;

	/* A hook that threw stops the collection: the rest are handed back at the next turn. */
	while (!EG(exception) && (t = wxps_http_next_done(eng)) != NULL) {
		wxps_async_call_finished(wxps_http_owner(t));
		any = true;
	}
	return any;
}

bool php_wxps_scheduler_tick(void)
{
	struct wxps_scheduler *s = WXPS_G(scheduler);
	wxps_http_engine *eng = WXPS_G(engine);

	if (!s) {
		return false;
	}
	if (s->count) {
		php_wxps_scheduler_run_queue();
		return true;
	}
	if (zend_hash_num_elements(&s->calls) == 0 || !eng) {
		return false;
	}
	/* A sync call drives the engine too: what finished meanwhile needs no wait. */
	if (!wxps_scheduler_collect(eng)) {
		wxps_http_step(eng, 100);
		wxps_scheduler_collect(eng);
	}
	php_wxps_scheduler_run_queue();
	return true;
}

void php_wxps_promises_shutdown(void)
{
	struct wxps_scheduler *s = WXPS_G(scheduler);

	if (!s) {
		return;
	}
	/* Each call leaves its FIFO or stops its transfer; no slot is handed on. */
	zend_hash_destroy(&s->calls);
	while (s->count) {
		OBJ_RELEASE(s->queue[s->head]);
		s->head = (s->head + 1) % s->cap;
		s->count--;
	}
	if (s->queue) {
		efree(s->queue);
	}
	efree(s);
	WXPS_G(scheduler) = NULL;
}
