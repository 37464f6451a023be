#include "wxps_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void wxps_error_clear(wxps_error *err)
{
	err->kind = WXPS_OK;
	err->message[0] = '\0';
}

int wxps_error_set(wxps_error *err, wxps_error_kind kind, const char *fmt, ...)
{
	va_list ap;

	if (err->kind != WXPS_OK) {
		return -1;
	}
	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

static int wxps_holds_key_text(const char *text, size_t len)
{
	static const char mark[] = "-----BEGIN";
	size_t i, n = sizeof(mark) - 1;

	for (i = 0; i + n <= len; i++) {
		if (memcmp(text + i, mark, n) == 0) {
			return 1;
		}
	}
	return 0;
}

void wxps_quote_path(const char *path, size_t len, char out[WXPS_PATH_QUOTE_SIZE])
{
	if (wxps_holds_key_text(path, len) || memchr(path, '\n', len) || memchr(path, '\r', len)) {
		snprintf(out, WXPS_PATH_QUOTE_SIZE, "(a path that holds key text or a line break, not shown)");
	} else if (len > WXPS_PATH_QUOTE_MAX) {
		snprintf(out, WXPS_PATH_QUOTE_SIZE, "\"%.*s...\"", WXPS_PATH_QUOTE_MAX, path);
	} else {
		snprintf(out, WXPS_PATH_QUOTE_SIZE, "\"%.*s\"", (int)len, path);
	}
}
