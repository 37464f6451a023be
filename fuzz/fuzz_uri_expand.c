/* URI template expansion: input is "TEMPLATE\0VALUE\0VALUE...", the values feeding a fixed set
 * of variable names. Checks that a failure leaves the buffer as it was and that a "{name}"
 * value can never produce a reserved character. */
#include "fuzz_common.h"

#include "wxps_buf.h"
#include "wxps_uri.h"

/* Names from real Pay Score paths, plus edge shapes of RFC 6570 varnames. */
static const char *const fuzz_names[] = {
    "out_order_no", "service_id", "appid", "out_request_no", "a", "a.b", "x%20y", "_",
};
#define FUZZ_NNAMES (sizeof(fuzz_names) / sizeof(fuzz_names[0]))

typedef struct {
	const char *tpl;
	size_t tpl_len;
	const char *val[FUZZ_NNAMES];
	size_t val_len[FUZZ_NNAMES];
} fuzz_vars;

static int fuzz_lookup(void *ctx, const char *name, size_t name_len, const char **val, size_t *val_len)
{
	fuzz_vars *v = ctx;
	size_t i;

	/* The name handed over must point into the template being expanded. */
	FUZZ_CHECK(name >= v->tpl && name + name_len <= v->tpl + v->tpl_len);
	/* Fixed values for the dot segments and the empty string, which have their own rules. */
	if (name_len == 5 && memcmp(name, "empty", 5) == 0) {
		*val = "";
		*val_len = 0;
		return 1;
	}
	if (name_len == 3 && memcmp(name, "dot", 3) == 0) {
		*val = ".";
		*val_len = 1;
		return 1;
	}
	if (name_len == 6 && memcmp(name, "dotdot", 6) == 0) {
		*val = "..";
		*val_len = 2;
		return 1;
	}
	for (i = 0; i < FUZZ_NNAMES; i++) {
		if (strlen(fuzz_names[i]) == name_len && memcmp(fuzz_names[i], name, name_len) == 0) {
			if (!v->val[i]) {
				return 0;
			}
			*val = v->val[i];
			*val_len = v->val_len[i];
			return 1;
		}
	}
	return 0;
}

static int fuzz_is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
	       c == '_' || c == '~';
}

static int fuzz_is_reserved(unsigned char c)
{
	return c != '\0' && strchr(":/?#[]@!$&'()*+,;=", c) != NULL;
}

/* Percent-decode s into out; -1 when a '%' is not followed by two upper-case hex digits
 * or a byte is neither unreserved nor (when allowed) reserved. */
static int fuzz_decode_strict(const char *s, size_t n, int reserved, wxps_buf *out)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%') {
			if (i + 2 >= n || !fuzz_is_hex((unsigned char)s[i + 1]) ||
			    !fuzz_is_hex((unsigned char)s[i + 2]) || (s[i + 1] >= 'a' && !reserved) ||
			    (s[i + 2] >= 'a' && !reserved)) {
				return -1;
			}
			c = (unsigned char)(fuzz_hex_value((unsigned char)s[i + 1]) * 16 +
			                    fuzz_hex_value((unsigned char)s[i + 2]));
			i += 2;
		} else if (!fuzz_is_unreserved(c) && !(reserved && fuzz_is_reserved(c))) {
			return -1;
		}
		FUZZ_CHECK(wxps_buf_append_char(out, (char)c) == 0);
	}
	return 0;
}

/* What "{+name}" must decode to: the value with its valid %XX triplets decoded. */
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

/* One variable alone, both operators: the encoding must round-trip to the value. */
static void fuzz_check_single(fuzz_vars *v, size_t i)
{
	char tpl[64];
	wxps_buf out, dec, want;
	wxps_error err;
	int n, reserved;

	for (reserved = 0; reserved <= 1; reserved++) {
		n = snprintf(tpl, sizeof(tpl), "{%s%s}", reserved ? "+" : "", fuzz_names[i]);
		fuzz_vars local = *v;
		local.tpl = tpl;
		local.tpl_len = (size_t)n;
		wxps_buf_init(&out);
		wxps_buf_init(&dec);
		wxps_buf_init(&want);
		wxps_error_clear(&err);
		FUZZ_CHECK(wxps_uri_expand(tpl, (size_t)n, fuzz_lookup, &local, &out, &err) == 0);
		FUZZ_CHECK(fuzz_decode_strict(out.data ? out.data : "", out.len, reserved, &dec) == 0);
		if (reserved) {
			fuzz_decode_triplets(v->val[i], v->val_len[i], &want);
		} else {
			FUZZ_CHECK(wxps_buf_append(&want, v->val[i], v->val_len[i]) == 0);
			/* A value can never become a dot segment or leave its segment. */
			FUZZ_CHECK(!(out.len == 1 && out.data[0] == '.'));
			FUZZ_CHECK(!(out.len == 2 && memcmp(out.data, "..", 2) == 0));
		}
		FUZZ_CHECK(dec.len == want.len && (dec.len == 0 || memcmp(dec.data, want.data, dec.len) == 0));
		wxps_buf_free(&out);
		wxps_buf_free(&dec);
		wxps_buf_free(&want);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char prefix[] = "https://api.mch.weixin.qq.com/";
	const uint8_t *nul = memchr(data, '\0', size);
	size_t tpl_len = nul ? (size_t)(nul - data) : size, pos, end, i, j;
	char *tpl = fuzz_dup_exact(data, tpl_len);
	fuzz_vars v;
	wxps_buf out;
	wxps_error err;
	int rc;

	memset(&v, 0, sizeof(v));
	v.tpl = tpl;
	v.tpl_len = tpl_len;
	pos = nul ? tpl_len + 1 : size;
	for (i = 0; i < FUZZ_NNAMES && pos <= size && nul; i++) {
		const uint8_t *next = memchr(data + pos, '\0', size - pos);
		end = next ? (size_t)(next - data) : size;
		v.val[i] = (const char *)data + pos;
		v.val_len[i] = end - pos;
		pos = end + 1;
	}

	wxps_buf_init(&out);
	FUZZ_CHECK(wxps_buf_append_str(&out, prefix) == 0);
	wxps_error_clear(&err);
	rc = wxps_uri_expand(tpl, tpl_len, fuzz_lookup, &v, &out, &err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(out.len >= sizeof(prefix) - 1 && memcmp(out.data, prefix, sizeof(prefix) - 1) == 0);
	FUZZ_CHECK(out.data[out.len] == '\0');
	if (rc == 0) {
		FUZZ_CHECK(err.kind == WXPS_OK);
		/* Every '{' opens an expression, and expansions encode '{': none can be left. */
		for (j = sizeof(prefix) - 1; j < out.len; j++) {
			FUZZ_CHECK(out.data[j] != '{');
		}
	} else {
		/* A failure leaves the buffer exactly as it was. */
		FUZZ_CHECK(out.len == sizeof(prefix) - 1);
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT);
	}
	wxps_buf_free(&out);

	for (i = 0; i < FUZZ_NNAMES; i++) {
		if (v.val[i]) {
			fuzz_check_single(&v, i);
		}
	}
	free(tpl);
	return 0;
}
