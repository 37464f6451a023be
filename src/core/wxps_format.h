/* wxps_format: the strings wechatpay-php's Formatter builds — LF-joined signing messages,
 * the Authorization value, and APIv2 "k=v&k=v" parameter strings with their key order. */
#ifndef WXPS_FORMAT_H
#define WXPS_FORMAT_H

#include <stddef.h>

#include "wxps_buf.h"

/* A byte string that may hold NULs. */
typedef struct {
	const char *data;
	size_t len;
} wxps_str;

/* One parameter: a key and its value as text; is_null marks a PHP null. An empty value is left
 * out of a string to sign unless empty_kept says it was not the empty string (PHP false). */
typedef struct {
	wxps_str key;
	wxps_str val;
	int is_null;
	int empty_kept;
} wxps_kv;

/* Each piece followed by "\n": "a\nb\nc\n" for three pieces. Appended to out; 0 or -1. */
int wxps_join_lf(const wxps_str *pieces, size_t n, wxps_buf *out);

/* WECHATPAY2-SHA256-RSA2048 mchid="..",serial_no="..",timestamp="..",nonce_str="..",signature=".."
 * in the field order of wechatpay-php's Formatter::authorization() (the client's own header, made
 * by wxps_sign_request(), keeps its order). The values are taken as given, NULs included. */
int wxps_format_authorization(wxps_str mchid, wxps_str nonce, wxps_str signature, wxps_str timestamp, wxps_str serial,
                              wxps_buf *out);

/* Order kv by key bytes, as PHP's ksort with SORT_STRING does (keys are unique in a PHP array). */
void wxps_kv_sort(wxps_kv *kv, size_t n);

/* "k=v&k=v" in the given order, leaving out the key "sign", null values and empty values.
 * Nothing is encoded. Appended to out; 0 or -1. */
int wxps_query_string_like(const wxps_kv *kv, size_t n, wxps_buf *out);

#endif
