#include "wxps_header.h"

#include <string.h>

static int wxps_is_tchar(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

int wxps_header_name_ok(const char *s, size_t len)
{
	size_t i;

	if (len == 0) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (!wxps_is_tchar((unsigned char)s[i])) {
			return 0;
		}
	}
	return 1;
}

int wxps_header_value_ok(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			return 0;
		}
	}
	return 1;
}

int wxps_header_quotable(const char *s, size_t len)
{
	return len > 0 && wxps_header_value_ok(s, len) && !memchr(s, '\t', len) && !memchr(s, '"', len) &&
	       !memchr(s, '\\', len);
}
