#include "wxps_hash.h"

#include <stdio.h>

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

static int wxps_hex_append(const unsigned char *raw, size_t len, int upper, wxps_buf *out)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	size_t i;

	for (i = 0; i < len; i++) {
		if (wxps_buf_append_char(out, digits[raw[i] >> 4]) != 0 ||
		    wxps_buf_append_char(out, digits[raw[i] & 0x0f]) != 0) {
			return -1;
		}
	}
	return 0;
}

static int wxps_md5_update(EVP_MD_CTX *md, const char *data, size_t len, const char *key, size_t key_len, int agency)
{
	const char *sep = agency ? "&secret=" : "&key=";

	if (EVP_DigestUpdate(md, data, len) != 1) {
		return -1;
	}
	/* wechatpay-php appends the key when PHP finds it true (`$key && ...`): "" and "0" are none. */
	if (key_len == 1 && key[0] == '0') {
		key_len = 0;
	}
	if (key_len && (EVP_DigestUpdate(md, sep, strlen(sep)) != 1 || EVP_DigestUpdate(md, key, key_len) != 1)) {
		return -1;
	}
	return 0;
}

int wxps_apiv2_md5(const char *data, size_t len, const char *key, size_t key_len, int agency, wxps_buf *out)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	int rc = -1;

	if (!md) {
		return -1;
	}
	ERR_set_mark();
	if (EVP_DigestInit_ex(md, EVP_md5(), NULL) == 1 && wxps_md5_update(md, data, len, key, key_len, agency) == 0 &&
	    EVP_DigestFinal_ex(md, digest, &n) == 1) {
		rc = wxps_hex_append(digest, n, 0, out);
	}
	ERR_pop_to_mark();
	EVP_MD_CTX_free(md);
	return rc;
}

/* 0 when ctx is ready, 1 when algo names nothing HMAC can use, -1 on failure. */
static int wxps_hmac_init(EVP_MAC_CTX *ctx, const char *algo, const char *key, size_t key_len)
{
	OSSL_PARAM params[2];
	EVP_MD *md = EVP_MD_fetch(NULL, algo, NULL);
	int ok;

	/* Extendable-output digests (SHAKE) have no fixed size for HMAC to work with. */
	if (!md || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF)) {
		EVP_MD_free(md);
		return 1;
	}
	EVP_MD_free(md);
	params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)algo, 0);
	params[1] = OSSL_PARAM_construct_end();
	/* HMAC accepts an empty key; OpenSSL wants a pointer all the same. */
	ok = EVP_MAC_init(ctx, (const unsigned char *)(key_len ? key : ""), key_len, params) == 1;
	return ok ? 0 : 1;
}

static int wxps_hmac_run(EVP_MAC_CTX *ctx, const char *data, size_t len, const char *key, size_t key_len, wxps_buf *out)
{
	unsigned char mac[EVP_MAX_MD_SIZE];
	size_t n = 0;

	if (EVP_MAC_update(ctx, (const unsigned char *)data, len) != 1 ||
	    EVP_MAC_update(ctx, (const unsigned char *)"&key=", 5) != 1 ||
	    EVP_MAC_update(ctx, (const unsigned char *)key, key_len) != 1 ||
	    EVP_MAC_final(ctx, mac, &n, sizeof(mac)) != 1) {
		return -1;
	}
	return wxps_hex_append(mac, n, 0, out);
}

int wxps_apiv2_hmac(const char *algo, const char *data, size_t len, const char *key, size_t key_len, wxps_buf *out)
{
	EVP_MAC *mac;
	EVP_MAC_CTX *ctx = NULL;
	int rc = -1;

	if (!algo || !*algo) {
		return 1;
	}
	ERR_set_mark();
	mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	if (mac) {
		ctx = EVP_MAC_CTX_new(mac);
	}
	if (ctx) {
		rc = wxps_hmac_init(ctx, algo, key, key_len);
	}
	if (rc == 0) {
		rc = wxps_hmac_run(ctx, data, len, key, key_len, out);
	}
	ERR_pop_to_mark();
	EVP_MAC_CTX_free(ctx);
	EVP_MAC_free(mac);
	return rc;
}

static int wxps_upper_hex(wxps_buf *out, size_t from)
{
	size_t i;

	for (i = from; i < out->len; i++) {
		if (out->data[i] >= 'a' && out->data[i] <= 'f') {
			out->data[i] = (char)(out->data[i] - 'a' + 'A');
		}
	}
	return 0;
}

int wxps_apiv2_sign(const char *type, const char *data, size_t len, const char *key, size_t key_len, wxps_buf *out)
{
	size_t from = out->len;
	int rc;

	if (strcmp(type, WXPS_SIGN_TYPE_HMAC_SHA256) == 0) {
		rc = wxps_apiv2_hmac("sha256", data, len, key, key_len, out);
	} else if (strcmp(type, WXPS_SIGN_TYPE_MD5) == 0) {
		rc = wxps_apiv2_md5(data, len, key, key_len, 0, out);
	} else {
		return 1;
	}
	return rc == 0 ? wxps_upper_hex(out, from) : -1;
}

int wxps_apiv2_sign_params(const char *type, wxps_kv *kv, size_t n, const char *key, size_t key_len, wxps_buf *out)
{
	wxps_buf joined;
	int rc;

	wxps_buf_init(&joined);
	wxps_kv_sort(kv, n);
	rc = wxps_query_string_like(kv, n, &joined);
	if (rc == 0) {
		rc = wxps_apiv2_sign(type, joined.data, joined.len, key, key_len, out);
	}
	wxps_buf_free(&joined);
	return rc;
}

int wxps_equals(const char *a, size_t a_len, const char *b, size_t b_len)
{
	if (a_len != b_len) {
		return 0;
	}
	return a_len == 0 || CRYPTO_memcmp(a, b, a_len) == 0;
}

static void wxps_hex_lower(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

int wxps_sha256_hex(const char *data, size_t len, char hex[65])
{
	unsigned char digest[32];

	if (EVP_Digest(data, len, digest, NULL, EVP_sha256(), NULL) != 1) {
		return -1;
	}
	wxps_hex_lower(digest, sizeof(digest), hex);
	return 0;
}

int wxps_sha256_file(const char *path, size_t max, char hex[65], size_t *size, wxps_error *err)
{
	char quoted[WXPS_PATH_QUOTE_SIZE], chunk[16384];
	unsigned char digest[32];
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	FILE *f = fopen(path, "rb");
	size_t n;
	int rc = -1;

	*size = 0;
	wxps_quote_path(path, strlen(path), quoted);
	if (!md || !f || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "cannot read file %s", quoted);
		goto out;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		*size += n;
		if (*size > max) {
			wxps_error_set(err, WXPS_E_ARGUMENT, "file %s is larger than %zu bytes", quoted, max);
			goto out;
		}
		if (EVP_DigestUpdate(md, chunk, n) != 1) {
			wxps_error_set(err, WXPS_E_INTERNAL, "SHA-256 failed");
			goto out;
		}
	}
	if (ferror(f) || EVP_DigestFinal_ex(md, digest, NULL) != 1) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "cannot read file %s", quoted);
		goto out;
	}
	wxps_hex_lower(digest, sizeof(digest), hex);
	rc = 0;
out:
	if (f) {
		fclose(f);
	}
	EVP_MD_CTX_free(md);
	return rc;
}
