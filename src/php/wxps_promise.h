/* wxps_promise: the Promises/A+ rules of WxPayScore\Promise (promise.c) — settle, then, adopt,
 * all/settle — as the scheduler (scheduler.c), which decides when handlers run, uses them. */
#ifndef WXPS_PROMISE_H
#define WXPS_PROMISE_H

#include "php.h"

typedef enum {
	WXPS_PROMISE_PENDING,
	WXPS_PROMISE_FULFILLED,
	WXPS_PROMISE_REJECTED,
} wxps_promise_state;

extern zend_class_entry *php_wxps_ce_promise;

/* A new pending promise in out. */
void php_wxps_promise_init(zval *out);
/* Settle a pending promise with a value or a reason (copied); a settled one ignores it. Its
 * handlers do not run now: the promise joins the scheduler's queue. */
void php_wxps_promise_settle(zend_object *promise, wxps_promise_state state, zval *result);
/* Reject a pending promise with the exception being thrown, which is cleared; an exit() is left
 * to unwind. */
void php_wxps_promise_reject_with_exception(zend_object *promise);
/* Pass a settled promise's outcome to the handlers it has (the scheduler's queue calls this). */
void php_wxps_promise_run_handlers(zend_object *promise);

#endif
