#include "wxps_uri.h"

#include <string.h>

/* Error messages quote at most this much of a template, which may come from user input. */
#define WXPS_URI_QUOTE_MAX 100

static const char wxps_hex_upper[] = "0123456789ABCDEF";

static int wxps_is_alnum(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int wxps_is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/* RFC 3986 unreserved. */
static int wxps_is_unreserved(unsigned char c)
{
	return wxps_is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* RFC 3986 gen-delims and sub-delims. */
static int wxps_is_reserved(unsigned char c)
{
	return c != '\0' && strchr(":/?#[]@!$&'()*+,;=", c) != NULL;
}

static int wxps_is_triplet(const char *s, size_t i, size_t len)
{
	return s[i] == '%' && i + 2 < len && wxps_is_hex((unsigned char)s[i + 1]) &&
	       wxps_is_hex((unsigned char)s[i + 2]);
}

/* One byte as %XX, upper-case hex. */
static int wxps_append_escaped(wxps_buf *out, unsigned char c)
{
	char esc[3] = {'%', wxps_hex_upper[c >> 4], wxps_hex_upper[c & 0x0f]};

	return wxps_buf_append(out, esc, 3);
}

/* Undo a partial append, so a failed call leaves out as it found it. */
static void wxps_buf_cut(wxps_buf *b, size_t len)
{
	b->len = len;
	if (b->data) {
		b->data[len] = '\0';
	}
}

int wxps_percent_encode(const char *in, size_t len, int reserved, wxps_buf *out)
{
	size_t i, start = out->len;
	unsigned char c;
	int rc = 0;

	for (i = 0; i < len && rc == 0; i++) {
		c = (unsigned char)in[i];
		if (wxps_is_unreserved(c) || (reserved && wxps_is_reserved(c))) {
			rc = wxps_buf_append_char(out, (char)c);
		} else if (reserved && wxps_is_triplet(in, i, len)) {
			rc = wxps_buf_append(out, in + i, 3);
			i += 2;
		} else {
			rc = wxps_append_escaped(out, c);
		}
	}
	if (rc != 0) {
		wxps_buf_cut(out, start);
	}
	return rc;
}

int wxps_segment_from_property(const char *name, size_t len, wxps_buf *out)
{
	/* "_name_" is a placeholder ("__" too: "{}"), as /^_(.*)_$/ says: no line feed inside. */
	int placeholder = len >= 2 && name[0] == '_' && name[len - 1] == '_' && !memchr(name, '\n', len);
	size_t i, start = out->len;
	unsigned char c;
	int rc = placeholder ? wxps_buf_append_char(out, '{') : 0;

	for (i = placeholder ? 1 : 0; i < (placeholder ? len - 1 : len) && rc == 0; i++) {
		c = (unsigned char)name[i];
		if (c >= 'A' && c <= 'Z') {
			/* Only the very first letter of the name is lowered without a dash. */
			if (i > 0) {
				rc = wxps_buf_append_char(out, '-');
			}
			if (rc == 0) {
				rc = wxps_buf_append_char(out, (char)(c - 'A' + 'a'));
			}
		} else {
			rc = wxps_buf_append_char(out, (char)c);
		}
	}
	if (rc == 0 && placeholder) {
		rc = wxps_buf_append_char(out, '}');
	}
	if (rc != 0) {
		wxps_buf_cut(out, start);
	}
	return rc;
}

/* RFC 6570 varname: varchar *( ["."] varchar ), varchar = ALPHA / DIGIT / "_" / pct-encoded. */
static int wxps_is_varname(const char *s, size_t len)
{
	size_t i = 0;
	int after_dot = 1;

	while (i < len) {
		if (s[i] == '.' && !after_dot) {
			after_dot = 1;
			i++;
			continue;
		}
		if (wxps_is_triplet(s, i, len)) {
			i += 3;
		} else if (wxps_is_alnum((unsigned char)s[i]) || s[i] == '_') {
			i++;
		} else {
			return 0;
		}
		after_dot = 0;
	}
	return len > 0 && !after_dot;
}

static int wxps_bad_expression(const char *expr, size_t len, wxps_error *err)
{
	int n = len > WXPS_URI_QUOTE_MAX ? WXPS_URI_QUOTE_MAX : (int)len;

	return wxps_error_set(err, WXPS_E_ARGUMENT, "invalid URI template expression \"%.*s\"", n, expr);
}

static int wxps_is_dot_segment(const char *val, size_t len)
{
	return (len == 1 && val[0] == '.') || (len == 2 && val[0] == '.' && val[1] == '.');
}

/* libcurl cuts a target at '#', and the server would never see what was signed. */
#define WXPS_NO_FRAGMENT "contains '#', which cannot be sent in a path; encode it as %%23"

int wxps_uri_literal(const char *in, size_t len, wxps_buf *out, wxps_error *err)
{
	size_t i, start = out->len;
	unsigned char c;
	int rc = 0;

	for (i = 0; i < len && rc == 0; i++) {
		c = (unsigned char)in[i];
		if (c == '#') {
			wxps_buf_cut(out, start);
			return wxps_error_set(err, WXPS_E_ARGUMENT, "the path " WXPS_NO_FRAGMENT);
		}
		if (wxps_is_triplet(in, i, len)) {
			rc = wxps_buf_append(out, in + i, 3);
			i += 2;
		} else if (wxps_is_unreserved(c) || wxps_is_reserved(c)) {
			rc = wxps_buf_append_char(out, (char)c);
		} else {
			rc = wxps_append_escaped(out, c);
		}
	}
	if (rc != 0) {
		wxps_buf_cut(out, start);
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	return 0;
}

/* One "{name}" or "{+name}", braces included in expr. */
static int wxps_expand_expression(const char *expr, size_t len, wxps_uri_lookup lookup, void *ctx, wxps_buf *out,
                                  wxps_error *err)
{
	const char *name = expr + 1, *val = NULL;
	size_t name_len = len - 2, val_len = 0;
	int reserved = 0;

	if (name_len > 0 && name[0] == '+') {
		reserved = 1;
		name++;
		name_len--;
	}
	if (!wxps_is_varname(name, name_len)) {
		return wxps_bad_expression(expr, len, err);
	}
	if (!lookup || lookup(ctx, name, name_len, &val, &val_len) != 1) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "missing value for URI template variable \"%.*s\"",
		                      (int)(name_len > WXPS_URI_QUOTE_MAX ? WXPS_URI_QUOTE_MAX : name_len), name);
	}
	if (reserved && val_len && memchr(val, '#', val_len)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "the value of {+%.*s} " WXPS_NO_FRAGMENT,
		                      (int)(name_len > WXPS_URI_QUOTE_MAX ? WXPS_URI_QUOTE_MAX : name_len), name);
	}
	if (!reserved && wxps_is_dot_segment(val, val_len)) {
		/* "." or ".." alone would be read as a dot segment and move the request elsewhere. */
		return wxps_buf_append(out, "%2E%2E", val_len * 3) == 0
		           ? 0
		           : wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	if (wxps_percent_encode(val ? val : "", val ? val_len : 0, reserved, out) != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	return 0;
}

static size_t wxps_find(const char *s, size_t from, size_t len, char c)
{
	const char *p = from < len ? memchr(s + from, c, len - from) : NULL;

	return p ? (size_t)(p - s) : len;
}

int wxps_uri_expand(const char *tpl, size_t len, wxps_uri_lookup lookup, void *ctx, wxps_buf *out, wxps_error *err)
{
	size_t i = 0, open, close, start = out->len;

	while (i < len) {
		open = wxps_find(tpl, i, len, '{');
		if (open > i && wxps_uri_literal(tpl + i, open - i, out, err) != 0) {
			goto fail;
		}
		if (open == len) {
			break;
		}
		close = wxps_find(tpl, open + 1, len, '}');
		if (close == len) {
			wxps_bad_expression(tpl + open, len - open, err);
			goto fail;
		}
		if (wxps_expand_expression(tpl + open, close - open + 1, lookup, ctx, out, err) != 0) {
			goto fail;
		}
		i = close + 1;
	}
	return 0;
fail:
	wxps_buf_cut(out, start);
	return -1;
}
