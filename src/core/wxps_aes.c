#include "wxps_aes.h"

#include <limits.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include "wxps_sign.h"

/* EVP counts in int: feed it slices well below that. */
#define WXPS_AES_CHUNK (64 * 1024)

static int wxps_aes_check_job(const wxps_aes_gcm *job, wxps_error *err)
{
	if (!job->key || job->key_len != WXPS_AES_KEY_LEN) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "AES-256-GCM key must be %d bytes, %zu given",
		                      WXPS_AES_KEY_LEN, job->key ? job->key_len : 0);
	}
	/* OpenSSL 3 takes GCM nonces of 1 to 128 bytes. */
	if (!job->iv || job->iv_len == 0 || job->iv_len > WXPS_AES_MAX_IV_LEN) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "AES-256-GCM nonce (iv) must be 1 to %d bytes, %zu given",
		                      WXPS_AES_MAX_IV_LEN, job->iv ? job->iv_len : 0);
	}
	if (job->aad_len > INT_MAX || (!job->aad && job->aad_len)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "AES-256-GCM associated data is too long");
	}
	return 0;
}

static EVP_CIPHER_CTX *wxps_aes_start(const wxps_aes_gcm *job, int encrypt)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int n;

	if (!ctx) {
		return NULL;
	}
	if (EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL, encrypt) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, (int)job->iv_len, NULL) != 1 ||
	    EVP_CipherInit_ex(ctx, NULL, NULL, job->key, job->iv, encrypt) != 1 ||
	    (job->aad_len && EVP_CipherUpdate(ctx, NULL, &n, job->aad, (int)job->aad_len) != 1)) {
		EVP_CIPHER_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

/* Run every byte of in through ctx, appending to out; GCM is a stream mode, so out grows by len. */
static int wxps_aes_stream(EVP_CIPHER_CTX *ctx, const unsigned char *in, size_t len, wxps_buf *out)
{
	size_t n;
	int w;

	if (wxps_buf_append(out, "", 0) != 0 || (len && wxps_buf_append(out, in, len) != 0)) {
		return -1;
	}
	/* Transform in place, in the copy just made. */
	out->len -= len;
	while (len > 0) {
		n = len < WXPS_AES_CHUNK ? len : WXPS_AES_CHUNK;
		if (EVP_CipherUpdate(ctx, (unsigned char *)out->data + out->len, &w,
		                     (unsigned char *)out->data + out->len, (int)n) != 1 ||
		    (size_t)w != n) {
			return -1;
		}
		out->len += n;
		len -= n;
	}
	return 0;
}

static int wxps_aes_seal(const wxps_aes_gcm *job, const char *plain, size_t len, wxps_buf *raw)
{
	EVP_CIPHER_CTX *ctx = wxps_aes_start(job, 1);
	unsigned char tag[WXPS_AES_TAG_LEN];
	int w, rc = -1;

	if (!ctx) {
		return -1;
	}
	if (wxps_aes_stream(ctx, (const unsigned char *)plain, len, raw) == 0 &&
	    EVP_EncryptFinal_ex(ctx, tag, &w) == 1 && w == 0 &&
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, WXPS_AES_TAG_LEN, tag) == 1 &&
	    wxps_buf_append(raw, tag, WXPS_AES_TAG_LEN) == 0) {
		rc = 0;
	}
	EVP_CIPHER_CTX_free(ctx);
	return rc;
}

int wxps_aes_gcm_encrypt(const wxps_aes_gcm *job, const char *plain, size_t len, wxps_buf *out, wxps_error *err)
{
	wxps_buf raw;
	int rc;

	if (wxps_aes_check_job(job, err) != 0) {
		return -1;
	}
	if (!plain && len) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "AES-256-GCM called without plaintext");
	}
	wxps_buf_init(&raw);
	ERR_set_mark();
	rc = wxps_aes_seal(job, plain, len, &raw);
	ERR_pop_to_mark();
	if (rc == 0 && wxps_base64_encode((const unsigned char *)raw.data, raw.len, out) != 0) {
		rc = -1;
	}
	wxps_buf_free(&raw);
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "AES-256-GCM encryption failed");
	}
	return 0;
}

/* 1 when the tag authenticates and out holds the plaintext, 0 when it does not, -1 on failure. */
static int wxps_aes_open(const wxps_aes_gcm *job, const unsigned char *raw, size_t len, wxps_buf *out)
{
	EVP_CIPHER_CTX *ctx = wxps_aes_start(job, 0);
	unsigned char tag[WXPS_AES_TAG_LEN], last[EVP_MAX_BLOCK_LENGTH];
	size_t body = len - WXPS_AES_TAG_LEN;
	int w, rc = -1;

	if (!ctx) {
		return -1;
	}
	memcpy(tag, raw + body, WXPS_AES_TAG_LEN);
	if (wxps_aes_stream(ctx, raw, body, out) == 0 &&
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, WXPS_AES_TAG_LEN, tag) == 1) {
		rc = EVP_DecryptFinal_ex(ctx, last, &w) == 1 ? 1 : 0;
	}
	EVP_CIPHER_CTX_free(ctx);
	return rc;
}

int wxps_aes_gcm_decrypt(const wxps_aes_gcm *job, const char *b64, size_t len, wxps_buf *out, wxps_error *err)
{
	wxps_buf raw;
	size_t start = out->len;
	int rc = -1;

	if (wxps_aes_check_job(job, err) != 0) {
		return -1;
	}
	wxps_buf_init(&raw);
	if (!b64 || wxps_base64_decode(b64, len, &raw) != 0) {
		wxps_error_set(err, WXPS_E_VERIFY, "AES-256-GCM ciphertext is not base64");
	} else if (raw.len < WXPS_AES_TAG_LEN) {
		wxps_error_set(err, WXPS_E_VERIFY, "AES-256-GCM ciphertext is shorter than its %d-byte tag",
		               WXPS_AES_TAG_LEN);
	} else {
		ERR_set_mark();
		rc = wxps_aes_open(job, (const unsigned char *)raw.data, raw.len, out);
		ERR_pop_to_mark();
		if (rc == 1) {
			rc = 0;
		} else {
			wxps_error_set(err, WXPS_E_VERIFY,
			               rc == 0
			                   ? "AES-256-GCM tag does not authenticate: wrong key, nonce or associated "
			                     "data, or the ciphertext was altered"
			                   : "AES-256-GCM decryption failed");
			rc = -1;
		}
	}
	wxps_buf_free(&raw);
	if (rc != 0 && out->len > start) {
		/* Unauthenticated plaintext must not be seen. */
		OPENSSL_cleanse(out->data + start, out->len - start);
		out->len = start;
		out->data[start] = '\0';
	}
	return rc;
}
