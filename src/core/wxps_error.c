#include "wxps_error.h"

#include <stdarg.h>
#include <stdio.h>

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
