/* wxps_hash: the APIv2 digests (MD5, HMAC-SHA256 over "data&key=KEY") that Pay Score page
 * parameters are signed with, and a comparison whose time does not depend on the bytes. */
#ifndef WXPS_HASH_H
#define WXPS_HASH_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_format.h"

#define WXPS_SIGN_TYPE_MD5 "MD5"
#define WXPS_SIGN_TYPE_HMAC_SHA256 "HMAC-SHA256"

/* Lower-case hex MD5 of data, followed by "&key=KEY" (or "&secret=KEY" for a WeCom agency)
 * when key is neither empty nor "0" (wechatpay-php's test is PHP truth). Appended to out; 0 or -1. */
int wxps_apiv2_md5(const char *data, size_t len, const char *key, size_t key_len, int agency, wxps_buf *out);

/* Lower-case hex HMAC under key of data followed by "&key=KEY", with the digest OpenSSL knows
 * by the name algo ("sha256", "sha512", ...). Returns 0, 1 when algo is not a digest OpenSSL
 * can use for HMAC (nothing appended), or -1. */
int wxps_apiv2_hmac(const char *algo, const char *data, size_t len, const char *key, size_t key_len, wxps_buf *out);

/* The APIv2 sign of data: "MD5" or "HMAC-SHA256" (case-sensitive), upper-case hex.
 * Returns 0, 1 for another type (nothing appended), or -1. */
int wxps_apiv2_sign(const char *type, const char *data, size_t len, const char *key, size_t key_len, wxps_buf *out);

/* The APIv2 rule for a set of parameters: drop "sign" and empty values, sort by key bytes,
 * join "k=v&...", then sign with type. Returns as wxps_apiv2_sign; kv is reordered. */
int wxps_apiv2_sign_params(const char *type, wxps_kv *kv, size_t n, const char *key, size_t key_len, wxps_buf *out);

/* 1 when a and b hold the same bytes; how long it takes depends on the lengths only. */
int wxps_equals(const char *a, size_t a_len, const char *b, size_t b_len);

/* Lower-case hex SHA-256 of len bytes of data into hex (65 bytes with the NUL). 0 or -1. */
int wxps_sha256_hex(const char *data, size_t len, char hex[65]);

/* Lower-case hex SHA-256 of the file at path, read in pieces, and its size. A file that cannot be
 * read, or is larger than max bytes, fails with WXPS_E_ARGUMENT naming it (as wxps_quote_path). */
int wxps_sha256_file(const char *path, size_t max, char hex[65], size_t *size, wxps_error *err);

#endif
