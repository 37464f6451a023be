/* Property-name normalization: a PHP property name (any bytes) to a path segment.
 * Checks the shape the rule promises, and that the input is never read past its end. */
#include "fuzz_common.h"

#include "wxps_buf.h"
#include "wxps_uri.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char prefix[] = "v3/payscore/";
	char *name = fuzz_dup_exact(data, size);
	int placeholder = size >= 2 && data[0] == '_' && data[size - 1] == '_' && !memchr(data, '\n', size);
	size_t i, n, body, upper = 0;
	const char *seg;
	wxps_buf out;

	wxps_buf_init(&out);
	FUZZ_CHECK(wxps_buf_append_str(&out, prefix) == 0);
	FUZZ_CHECK(wxps_segment_from_property(name, size, &out) == 0);
	FUZZ_CHECK(memcmp(out.data, prefix, sizeof(prefix) - 1) == 0);
	FUZZ_CHECK(out.data[out.len] == '\0');
	seg = out.data + sizeof(prefix) - 1;
	n = out.len - (sizeof(prefix) - 1);

	body = placeholder ? size - 2 : size;
	for (i = placeholder ? 1 : 0; i < (placeholder ? size - 1 : size); i++) {
		upper += data[i] >= 'A' && data[i] <= 'Z';
	}
	/* Each capital but a leading one gains a dash; braces wrap a placeholder. */
	{
		size_t lead = (!placeholder && size > 0 && data[0] >= 'A' && data[0] <= 'Z') ? 1 : 0;
		FUZZ_CHECK(n == body + (upper - lead) + (placeholder ? 2 : 0));
	}
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(!(seg[i] >= 'A' && seg[i] <= 'Z'));
	}
	if (placeholder) {
		FUZZ_CHECK(seg[0] == '{' && seg[n - 1] == '}');
	}
	wxps_buf_free(&out);
	free(name);
	return 0;
}
