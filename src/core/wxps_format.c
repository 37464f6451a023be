#include "wxps_format.h"

#include <stdlib.h>
#include <string.h>

int wxps_join_lf(const wxps_str *pieces, size_t n, wxps_buf *out)
{
	size_t i;

	/* Make sure out holds a string even when there is nothing to join. */
	if (wxps_buf_append(out, "", 0) != 0) {
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (wxps_buf_append(out, pieces[i].data, pieces[i].len) != 0 || wxps_buf_append_char(out, '\n') != 0) {
			return -1;
		}
	}
	return 0;
}

int wxps_format_authorization(wxps_str mchid, wxps_str nonce, wxps_str signature, wxps_str timestamp, wxps_str serial,
                              wxps_buf *out)
{
	const struct {
		const char *name;
		wxps_str value;
	} fields[] = {
	    {"mchid", mchid},     {"serial_no", serial},    {"timestamp", timestamp},
	    {"nonce_str", nonce}, {"signature", signature},
	};
	size_t i;

	if (wxps_buf_append_str(out, "WECHATPAY2-SHA256-RSA2048 ") != 0) {
		return -1;
	}
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		if ((i > 0 && wxps_buf_append_char(out, ',') != 0) || wxps_buf_append_str(out, fields[i].name) != 0 ||
		    wxps_buf_append(out, "=\"", 2) != 0 ||
		    wxps_buf_append(out, fields[i].value.data, fields[i].value.len) != 0 ||
		    wxps_buf_append_char(out, '"') != 0) {
			return -1;
		}
	}
	return 0;
}

static int wxps_str_cmp(const wxps_str *a, const wxps_str *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c = n ? memcmp(a->data, b->data, n) : 0;

	if (c != 0) {
		return c;
	}
	return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

static int wxps_kv_cmp(const void *a, const void *b)
{
	return wxps_str_cmp(&((const wxps_kv *)a)->key, &((const wxps_kv *)b)->key);
}

void wxps_kv_sort(wxps_kv *kv, size_t n)
{
	if (n > 1) {
		qsort(kv, n, sizeof(*kv), wxps_kv_cmp);
	}
}

static int wxps_kv_signed(const wxps_kv *kv)
{
	return !kv->is_null && (kv->val.len > 0 || kv->empty_kept) &&
	       !(kv->key.len == 4 && memcmp(kv->key.data, "sign", 4) == 0);
}

int wxps_query_string_like(const wxps_kv *kv, size_t n, wxps_buf *out)
{
	size_t i;
	int first = 1;

	if (wxps_buf_append(out, "", 0) != 0) {
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (!wxps_kv_signed(&kv[i])) {
			continue;
		}
		if ((!first && wxps_buf_append_char(out, '&') != 0) ||
		    wxps_buf_append(out, kv[i].key.data, kv[i].key.len) != 0 || wxps_buf_append_char(out, '=') != 0 ||
		    wxps_buf_append(out, kv[i].val.data, kv[i].val.len) != 0) {
			return -1;
		}
		first = 0;
	}
	return 0;
}
