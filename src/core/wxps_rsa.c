#include "wxps_rsa.h"

#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "wxps_sign.h"

int wxps_rsa_check_padding(long long padding, wxps_error *err)
{
	if (padding == WXPS_RSA_PKCS1_PADDING) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused: its decryption is a padding "
		                      "oracle (Bleichenbacher, Marvin); use OPENSSL_PKCS1_OAEP_PADDING (%d)",
		                      WXPS_RSA_OAEP_PADDING);
	}
	if (padding != WXPS_RSA_OAEP_PADDING) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "padding %lld is not supported: use OPENSSL_PKCS1_OAEP_PADDING (%d)", padding,
		                      WXPS_RSA_OAEP_PADDING);
	}
	return 0;
}

/* OAEP here means SHA-1 for both the label hash and MGF1: what WeChat Pay and PHP's
 * OPENSSL_PKCS1_OAEP_PADDING use. */
static int wxps_set_oaep(EVP_PKEY_CTX *ctx)
{
	if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha1()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha1()) <= 0) {
		return -1;
	}
	return 0;
}

/* The most bytes one OAEP (SHA-1) block of this key can carry: its size less two hashes and two bytes. */
static size_t wxps_rsa_capacity(EVP_PKEY *key)
{
	size_t size = (size_t)EVP_PKEY_get_size(key), overhead = 42;

	return size > overhead ? size - overhead : 0;
}

static int wxps_encrypt_raw(EVP_PKEY *key, const char *plain, size_t len, wxps_buf *out)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
	unsigned char *raw = NULL;
	size_t n = 0;
	int rc = -1;

	if (ctx && EVP_PKEY_encrypt_init(ctx) == 1 && wxps_set_oaep(ctx) == 0 &&
	    EVP_PKEY_encrypt(ctx, NULL, &n, (const unsigned char *)plain, len) == 1 && (raw = OPENSSL_malloc(n)) &&
	    EVP_PKEY_encrypt(ctx, raw, &n, (const unsigned char *)plain, len) == 1) {
		rc = wxps_base64_encode(raw, n, out);
	}
	OPENSSL_free(raw);
	EVP_PKEY_CTX_free(ctx);
	return rc;
}

int wxps_rsa_encrypt(EVP_PKEY *key, int padding, const char *plain, size_t len, wxps_buf *out, wxps_error *err)
{
	size_t cap;
	int rc;

	if (wxps_rsa_check_padding(padding, err) != 0) {
		return -1;
	}
	if (!key || (!plain && len)) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "RSA encryption called without key or plaintext");
	}
	cap = wxps_rsa_capacity(key);
	if (len > cap) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "plaintext of %zu bytes is too long: a %d-bit key carries at most %zu with OAEP",
		                      len, EVP_PKEY_get_bits(key), cap);
	}
	ERR_set_mark();
	rc = wxps_encrypt_raw(key, plain ? plain : "", len, out);
	ERR_pop_to_mark();
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "RSA OAEP encryption failed");
	}
	return 0;
}

static int wxps_decrypt_raw(EVP_PKEY *key, const wxps_buf *raw, wxps_buf *out)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
	unsigned char *plain = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;

	if (ctx && EVP_PKEY_decrypt_init(ctx) == 1 && wxps_set_oaep(ctx) == 0 &&
	    EVP_PKEY_decrypt(ctx, NULL, &n, (const unsigned char *)raw->data, raw->len) == 1 &&
	    (plain = OPENSSL_malloc(cap = n)) &&
	    EVP_PKEY_decrypt(ctx, plain, &n, (const unsigned char *)raw->data, raw->len) == 1) {
		rc = wxps_buf_append(out, plain, n);
	}
	OPENSSL_clear_free(plain, cap);
	EVP_PKEY_CTX_free(ctx);
	return rc;
}

int wxps_rsa_decrypt(EVP_PKEY *key, int padding, const char *b64, size_t len, wxps_buf *out, wxps_error *err)
{
	wxps_buf raw;
	int rc = -1;

	if (wxps_rsa_check_padding(padding, err) != 0) {
		return -1;
	}
	if (!key || !wxps_key_is_private(key)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "RSA decryption needs a private key");
	}
	wxps_buf_init(&raw);
	if (!b64 || wxps_base64_decode(b64, len, &raw) != 0 || raw.len == 0) {
		wxps_error_set(err, WXPS_E_VERIFY, "RSA ciphertext is not base64");
	} else {
		ERR_set_mark();
		rc = wxps_decrypt_raw(key, &raw, out);
		ERR_pop_to_mark();
		if (rc != 0) {
			wxps_error_set(
			    err, WXPS_E_VERIFY,
			    "RSA OAEP ciphertext does not decrypt with this key (wrong key, padding, or altered)");
		}
	}
	wxps_buf_free(&raw);
	return rc;
}

/* wechatpay-php's "form://BASE64" key strings and the PEM label each one stands for. */
typedef struct {
	const char *scheme;
	const char *label;
	int private_key;
} wxps_key_scheme;

static const wxps_key_scheme wxps_key_schemes[] = {
    {"private.pkcs1://", "RSA PRIVATE KEY", 1},
    {"private.pkcs8://", "PRIVATE KEY", 1},
    {"public.pkcs1://", "RSA PUBLIC KEY", 0},
    {"public.spki://", "PUBLIC KEY", 0},
    {NULL, NULL, 0},
};

static const wxps_key_scheme *wxps_scheme_of(const char *src, size_t len)
{
	const wxps_key_scheme *s;
	size_t n;

	for (s = wxps_key_schemes; s->scheme; s++) {
		n = strlen(s->scheme);
		if (len >= n && memcmp(src, s->scheme, n) == 0) {
			return s;
		}
	}
	return NULL;
}

static int wxps_is_b64_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
	       c == '=';
}

/* "-----BEGIN label-----", the base64 in 64-column lines, "-----END label-----". Whitespace in
 * b64 is dropped; anything else that is not base64 fails, so no second PEM block can slip in. */
static int wxps_pem_wrap(const char *label, const char *b64, size_t len, wxps_buf *pem)
{
	size_t i, col = 0;
	int rc = wxps_buf_printf(pem, "-----BEGIN %s-----\n", label);

	for (i = 0; rc == 0 && i < len; i++) {
		if (b64[i] == ' ' || b64[i] == '\t' || b64[i] == '\r' || b64[i] == '\n') {
			continue;
		}
		if (!wxps_is_b64_char(b64[i])) {
			return 1;
		}
		rc = wxps_buf_append_char(pem, b64[i]);
		if (rc == 0 && ++col == 64) {
			rc = wxps_buf_append_char(pem, '\n');
			col = 0;
		}
	}
	if (rc == 0 && col > 0) {
		rc = wxps_buf_append_char(pem, '\n');
	}
	if (rc == 0) {
		rc = wxps_buf_printf(pem, "-----END %s-----\n", label);
	}
	return rc;
}

static EVP_PKEY *wxps_key_load_scheme(const wxps_key_scheme *s, const char *src, size_t len, int private_key,
                                      wxps_error *err)
{
	size_t n = strlen(s->scheme);
	EVP_PKEY *key = NULL;
	wxps_buf pem;
	int rc;

	if (s->private_key != private_key) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "\"%s\" holds a %s key, a %s key is wanted", s->scheme,
		               s->private_key ? "private" : "public", private_key ? "private" : "public");
		return NULL;
	}
	wxps_buf_init(&pem);
	rc = wxps_pem_wrap(s->label, src + n, len - n, &pem);
	if (rc > 0 || len == n) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "\"%s\" must be followed by base64 DER", s->scheme);
	} else if (rc < 0) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	} else if (private_key) {
		key = wxps_key_load_private(pem.data, pem.len, err);
	} else {
		key = wxps_key_load_public(pem.data, pem.len, err);
	}
	wxps_buf_free(&pem);
	return key;
}

EVP_PKEY *wxps_key_load_any(const char *src, size_t len, int private_key, wxps_error *err)
{
	const wxps_key_scheme *s = src ? wxps_scheme_of(src, len) : NULL;

	if (s) {
		return wxps_key_load_scheme(s, src, len, private_key, err);
	}
	return private_key ? wxps_key_load_private(src, len, err) : wxps_key_load_public(src, len, err);
}

static int wxps_write_pem(BIO *bio, EVP_PKEY *key, int private_part)
{
	if (private_part) {
		return PEM_write_bio_PKCS8PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL) == 1 ? 0 : -1;
	}
	return PEM_write_bio_PUBKEY(bio, key) == 1 ? 0 : -1;
}

int wxps_key_to_pem(EVP_PKEY *key, int private_part, wxps_buf *out, wxps_error *err)
{
	/* Secure memory for a private key, so that no copy outlives the BIO unwiped. */
	BIO *bio = BIO_new(private_part ? BIO_s_secmem() : BIO_s_mem());
	char *data;
	long n;
	int rc = -1;

	if (!key || (private_part && !wxps_key_is_private(key))) {
		BIO_free(bio);
		return wxps_error_set(err, WXPS_E_ARGUMENT, "the key holds no private key to export");
	}
	ERR_set_mark();
	if (bio && wxps_write_pem(bio, key, private_part) == 0 && (n = BIO_get_mem_data(bio, &data)) > 0) {
		rc = wxps_buf_append(out, data, (size_t)n);
	}
	ERR_pop_to_mark();
	BIO_free(bio);
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "the key could not be written as PEM");
	}
	return 0;
}

int wxps_key_is_private(EVP_PKEY *key)
{
	BIGNUM *d = NULL;
	int has;

	ERR_set_mark();
	has = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_D, &d) == 1 && d != NULL;
	ERR_pop_to_mark();
	BN_clear_free(d);
	return has;
}

int wxps_key_bits(EVP_PKEY *key)
{
	return EVP_PKEY_get_bits(key);
}

int wxps_pkcs1_to_spki(const char *b64, size_t len, wxps_buf *out, wxps_error *err)
{
	static const wxps_key_scheme pkcs1 = {"public.pkcs1://", "RSA PUBLIC KEY", 0};
	wxps_buf pem;
	EVP_PKEY *key = NULL;
	unsigned char *der = NULL;
	int n = -1, rc;

	wxps_buf_init(&pem);
	rc = wxps_pem_wrap(pkcs1.label, b64, len, &pem);
	if (rc == 0 && len > 0) {
		key = wxps_key_load_public(pem.data, pem.len, err);
	} else {
		wxps_error_set(err, WXPS_E_ARGUMENT, "not a base64 PKCS#1 RSA public key");
	}
	wxps_buf_free(&pem);
	if (!key) {
		return -1;
	}
	ERR_set_mark();
	n = i2d_PUBKEY(key, &der);
	ERR_pop_to_mark();
	rc = n > 0 ? wxps_base64_encode(der, (size_t)n, out) : -1;
	OPENSSL_free(der);
	wxps_key_free(key);
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "the key could not be written as SPKI");
	}
	return 0;
}
