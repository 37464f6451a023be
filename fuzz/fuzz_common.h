/* fuzz_common: what every libFuzzer target of the C core shares.
 * A failed property aborts, so libFuzzer records the input as a finding. */
#ifndef WXPS_FUZZ_COMMON_H
#define WXPS_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wxps_error.h"

#define FUZZ_CHECK(cond)                                                                            \
	do {                                                                                        \
		if (!(cond)) {                                                                      \
			fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                                    \
		}                                                                                   \
	} while (0)

/* A heap copy of exactly n bytes and no terminator, so ASan sees any read past the end. */
static inline char *fuzz_dup_exact(const uint8_t *data, size_t n)
{
	char *p = malloc(n ? n : 1);

	FUZZ_CHECK(p != NULL);
	if (n) {
		memcpy(p, data, n);
	}
	return p;
}

/* A failed call must leave a message that fits its buffer and says something. */
static inline void fuzz_check_error(const wxps_error *err)
{
	FUZZ_CHECK(err->kind != WXPS_OK);
	FUZZ_CHECK(memchr(err->message, '\0', sizeof(err->message)) != NULL);
	FUZZ_CHECK(err->message[0] != '\0');
}

static inline int fuzz_is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

static inline int fuzz_hex_value(unsigned char c)
{
	return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

#endif
