/* wxps_error: how the C core reports failure.
 * Every fallible core call fills one of these; the Zend glue turns it into an exception. */
#ifndef WXPS_ERROR_H
#define WXPS_ERROR_H

#include <stddef.h>

typedef enum {
	WXPS_OK = 0,
	WXPS_E_ARGUMENT, /* bad config or option: nothing was sent */
	WXPS_E_TRANSFER, /* network: DNS, connect, TLS, timeout, dropped connection */
	WXPS_E_VERIFY,   /* an answer arrived but failed verification */
	WXPS_E_INTERNAL  /* out of memory, library failure */
} wxps_error_kind;

typedef struct {
	wxps_error_kind kind;
	char message[512];
} wxps_error;

void wxps_error_clear(wxps_error *err);
/* Record the first failure only: later, vaguer messages never overwrite a precise one. */
int wxps_error_set(wxps_error *err, wxps_error_kind kind, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Messages quote at most this much of a file path. */
#define WXPS_PATH_QUOTE_MAX 120
#define WXPS_PATH_QUOTE_SIZE (WXPS_PATH_QUOTE_MAX + 8)

/* A file path as a message may quote it, into out: in double quotes, cut after
 * WXPS_PATH_QUOTE_MAX bytes, and never shown when it holds key text ("-----BEGIN", as when
 * "file://" was put before a PEM itself) or a line break. */
void wxps_quote_path(const char *path, size_t len, char out[WXPS_PATH_QUOTE_SIZE]);

#endif
