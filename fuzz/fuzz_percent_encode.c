/* Percent-encoding of a URI component: the first byte picks plain or reserved mode, the rest
 * is the component. Checks that only allowed bytes come out and that decoding gives back the
 * input (with reserved mode's kept %XX triplets decoded too). */
#include "fuzz_common.h"

#include "wxps_buf.h"
#include "wxps_uri.h"

static int fuzz_allowed(unsigned char c, int reserved)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
	    c == '_' || c == '~') {
		return 1;
	}
	return reserved && c != '\0' && strchr(":/?#[]@!$&'()*+,;=", c) != NULL;
}

/* Decode s, refusing any byte the encoder may not emit. */
static void fuzz_decode(const char *s, size_t n, int reserved, wxps_buf *out)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%') {
			FUZZ_CHECK(i + 2 < n && fuzz_is_hex((unsigned char)s[i + 1]) &&
			           fuzz_is_hex((unsigned char)s[i + 2]));
			c = (unsigned char)(fuzz_hex_value((unsigned char)s[i + 1]) * 16 +
			                    fuzz_hex_value((unsigned char)s[i + 2]));
			i += 2;
		} else {
			FUZZ_CHECK(fuzz_allowed(c, reserved));
		}
		FUZZ_CHECK(wxps_buf_append_char(out, (char)c) == 0);
	}
}

/* The input as reserved mode sees it: valid %XX triplets stand for their byte. */
static void fuzz_decode_triplets(const char *s, size_t n, wxps_buf *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && fuzz_is_hex((unsigned char)s[i + 1]) &&
		    fuzz_is_hex((unsigned char)s[i + 2])) {
			FUZZ_CHECK(wxps_buf_append_char(out, (char)(fuzz_hex_value((unsigned char)s[i + 1]) * 16 +
			                                            fuzz_hex_value((unsigned char)s[i + 2]))) == 0);
			i += 2;
		} else {
			FUZZ_CHECK(wxps_buf_append_char(out, s[i]) == 0);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int reserved;
	char *in;
	size_t n, i;
	wxps_buf out, dec, want;

	if (size < 1) {
		return 0;
	}
	reserved = data[0] & 1;
	n = size - 1;
	in = fuzz_dup_exact(data + 1, n);
	wxps_buf_init(&out);
	wxps_buf_init(&dec);
	wxps_buf_init(&want);

	FUZZ_CHECK(wxps_percent_encode(in, n, reserved, &out) == 0);
	FUZZ_CHECK(out.len >= n && out.len <= 3 * n);
	FUZZ_CHECK(out.data == NULL || out.data[out.len] == '\0');
	fuzz_decode(out.data ? out.data : "", out.len, reserved, &dec);
	if (reserved) {
		fuzz_decode_triplets(in, n, &want);
	} else {
		FUZZ_CHECK(wxps_buf_append(&want, in, n) == 0);
		/* Plain mode escapes with upper-case hex only, so each input has one encoding. */
		for (i = 0; i < out.len; i++) {
			FUZZ_CHECK(!(out.data[i] == '%' && (out.data[i + 1] >= 'a' || out.data[i + 2] >= 'a')));
		}
	}
	FUZZ_CHECK(dec.len == want.len && (dec.len == 0 || memcmp(dec.data, want.data, dec.len) == 0));

	wxps_buf_free(&out);
	wxps_buf_free(&dec);
	wxps_buf_free(&want);
	free(in);
	return 0;
}
