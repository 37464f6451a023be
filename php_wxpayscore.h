/* wxpayscore: WeChat Pay APIv3 (Pay Score first) for PHP, signed and verified in C.
 * Module entry and the per-process state shared by every client. */
#ifndef PHP_WXPAYSCORE_H
#define PHP_WXPAYSCORE_H

extern zend_module_entry wxpayscore_module_entry;
#define phpext_wxpayscore_ptr &wxpayscore_module_entry

#define PHP_WXPAYSCORE_VERSION "0.1.0"

#ifdef ZTS
#include "TSRM.h"
#endif

struct wxps_http_engine;
struct wxps_scheduler;

ZEND_BEGIN_MODULE_GLOBALS(wxpayscore)
	struct wxps_http_engine *engine; /* created on first call; kept across requests when persistent */
	bool persistent;
	struct wxps_scheduler *scheduler; /* this request's async calls and settled promises (scheduler.c) */
ZEND_END_MODULE_GLOBALS(wxpayscore)

ZEND_EXTERN_MODULE_GLOBALS(wxpayscore)
#define WXPS_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(wxpayscore, v)

#if defined(ZTS) && defined(COMPILE_DL_WXPAYSCORE)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
