/* wxps_scheduler: when promises move (scheduler.c) — async calls wait in their client's FIFO for a
 * slot, go out on the process engine, settle as they finish, and settled promises' handlers run. */
#ifndef WXPS_SCHEDULER_H
#define WXPS_SCHEDULER_H

#include "php.h"

/* Queue a settled promise whose handlers must run; the queue runs one promise at a time, oldest first. */
void php_wxps_scheduler_enqueue(zend_object *promise);
/* Run the queue until it is empty (including promises queued meanwhile) or an exception unwinds. */
void php_wxps_scheduler_run_queue(void);
/* One turn: run the queue, or else drive the calls in flight and settle those that finished.
 * false when nothing is left that could settle anything. */
bool php_wxps_scheduler_tick(void);
/* Stop the call a pending promise stands for, if any (queued or in flight): its slot goes to the
 * next call of its client. The caller rejects the promise. */
void php_wxps_scheduler_cancel(zend_object *promise);

#endif
