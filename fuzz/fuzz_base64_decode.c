/* Strict base64 decoding (signatures, DER keys). The decoder promises one decoding per text,
 * so whatever it accepts must re-encode to exactly the same text. */
#include "fuzz_common.h"

#include "wxps_buf.h"
#include "wxps_sign.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char prefix[] = "keep";
	char *in = fuzz_dup_exact(data, size);
	wxps_buf raw, txt;
	int rc;

	wxps_buf_init(&raw);
	wxps_buf_init(&txt);
	FUZZ_CHECK(wxps_buf_append_str(&raw, prefix) == 0);
	rc = wxps_base64_decode(in, size, &raw);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(raw.len >= sizeof(prefix) - 1 && memcmp(raw.data, prefix, sizeof(prefix) - 1) == 0);
	if (rc == 0) {
		FUZZ_CHECK(size % 4 == 0);
		FUZZ_CHECK(raw.len - (sizeof(prefix) - 1) ==
		           size / 4 * 3 - (size && in[size - 1] == '=') - (size > 1 && in[size - 2] == '='));
		FUZZ_CHECK(wxps_base64_encode((const unsigned char *)raw.data + sizeof(prefix) - 1,
		                              raw.len - (sizeof(prefix) - 1), &txt) == 0);
		FUZZ_CHECK(txt.len == size && (size == 0 || memcmp(txt.data, in, size) == 0));
	} else {
		/* A failure leaves the buffer as it was. */
		FUZZ_CHECK(raw.len == sizeof(prefix) - 1 && raw.data[raw.len] == '\0');
	}
	wxps_buf_free(&raw);
	wxps_buf_free(&txt);
	free(in);
	return 0;
}
