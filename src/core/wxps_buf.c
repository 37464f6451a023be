#include "wxps_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

void wxps_buf_init(wxps_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

static int wxps_buf_reserve(wxps_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > ((size_t)-1) / 2 - b->len) {
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return 0;
	}
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		cap *= 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

int wxps_buf_append(wxps_buf *b, const void *p, size_t n)
{
	if (wxps_buf_reserve(b, n) != 0) {
		return -1;
	}
	if (n) {
		memcpy(b->data + b->len, p, n);
	}
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int wxps_buf_append_str(wxps_buf *b, const char *s)
{
	return wxps_buf_append(b, s, strlen(s));
}

int wxps_buf_append_char(wxps_buf *b, char c)
{
	return wxps_buf_append(b, &c, 1);
}

int wxps_buf_printf(wxps_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || wxps_buf_reserve(b, (size_t)n) != 0) {
		return -1;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void wxps_buf_reset(wxps_buf *b)
{
	if (b->data) {
		OPENSSL_cleanse(b->data, b->len);
		b->data[0] = '\0';
	}
	b->len = 0;
}

void wxps_buf_free(wxps_buf *b)
{
	if (b->data) {
		OPENSSL_cleanse(b->data, b->cap);
		free(b->data);
	}
	wxps_buf_init(b);
}

char *wxps_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}
