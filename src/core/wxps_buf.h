/* wxps_buf: a growable byte buffer, always NUL-terminated.
 * The core builds strings and bodies in it without touching Zend's allocator. */
#ifndef WXPS_BUF_H
#define WXPS_BUF_H

#include <stddef.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
} wxps_buf;

void wxps_buf_init(wxps_buf *b);
/* Each returns 0, or -1 when memory ran out (the buffer is then left as it was). */
int wxps_buf_append(wxps_buf *b, const void *p, size_t n);
int wxps_buf_append_str(wxps_buf *b, const char *s);
int wxps_buf_append_char(wxps_buf *b, char c);
int wxps_buf_printf(wxps_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void wxps_buf_reset(wxps_buf *b);
/* A malloc'd, NUL-terminated copy of n bytes of s; NULL when memory ran out. */
char *wxps_strndup(const char *s, size_t n);
/* Free the storage; wipe it first, since buffers may have held key material. */
void wxps_buf_free(wxps_buf *b);

#endif
