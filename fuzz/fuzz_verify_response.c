/* Answer verification with attacker-controlled headers and body. Input:
 *   FLAGS(1) CLOCK(4, signed offset from a fixed now) TIMESTAMP \0 NONCE \0 SIGNATURE \0 BODY
 * A field cut off by the end of the input is an absent header. FLAGS bit 0 swaps the signature
 * for a genuine one over the fuzzed fields, bit 1 then changes one body byte, bit 2 verifies
 * without a key. The outcome must match an independent reading of the rules. */
#include "fuzz_common.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "wxps_buf.h"
#include "wxps_keys.h"
#include "wxps_sign.h"

#define FUZZ_NOW INT64_C(1700000000)

static EVP_PKEY *fuzz_signer;   /* made by OpenSSL directly: the reference side */
static EVP_PKEY *fuzz_platform; /* the same public key, loaded the way the extension does */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	BIO *bio = BIO_new(BIO_s_mem());
	char *pem;
	long n;
	wxps_error err;

	(void)argc;
	(void)argv;
	/* 1024 bits: the same code paths as 2048 at a quarter of the cost per execution. */
	fuzz_signer = EVP_RSA_gen(1024);
	FUZZ_CHECK(fuzz_signer && bio && PEM_write_bio_PUBKEY(bio, fuzz_signer) == 1);
	n = BIO_get_mem_data(bio, &pem);
	wxps_error_clear(&err);
	fuzz_platform = wxps_key_load_public(pem, (size_t)n, &err);
	FUZZ_CHECK(fuzz_platform != NULL);
	BIO_free(bio);
	return 0;
}

/* Next NUL-terminated field as a C string; one the input cuts short runs to its end, and
 * every field after that is NULL (an absent header). */
static char *fuzz_field(const uint8_t *data, size_t size, size_t *pos)
{
	const uint8_t *nul;
	size_t end;
	char *s;

	if (*pos > size) {
		return NULL;
	}
	nul = memchr(data + *pos, '\0', size - *pos);
	end = nul ? (size_t)(nul - data) : size;
	s = malloc(end - *pos + 1);
	FUZZ_CHECK(s != NULL);
	memcpy(s, data + *pos, end - *pos);
	s[end - *pos] = '\0';
	*pos = nul ? end + 1 : size + 1;
	return s;
}

static char *fuzz_genuine_signature(const char *ts, const char *nonce, const char *body, size_t body_len)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char sig[512];
	size_t sig_len = sizeof(sig);
	wxps_buf msg, b64;
	char *out;

	wxps_buf_init(&msg);
	wxps_buf_init(&b64);
	FUZZ_CHECK(wxps_buf_printf(&msg, "%s\n%s\n", ts, nonce) == 0);
	FUZZ_CHECK(wxps_buf_append(&msg, body, body_len) == 0 && wxps_buf_append_char(&msg, '\n') == 0);
	FUZZ_CHECK(md && EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, fuzz_signer) == 1);
	FUZZ_CHECK(EVP_DigestSign(md, sig, &sig_len, (const unsigned char *)msg.data, msg.len) == 1);
	FUZZ_CHECK(wxps_base64_encode(sig, sig_len, &b64) == 0);
	out = strdup(b64.data);
	FUZZ_CHECK(out != NULL);
	EVP_MD_CTX_free(md);
	wxps_buf_free(&msg);
	wxps_buf_free(&b64);
	return out;
}

/* The timestamp rule read from the spec: 1 to 18 decimal digits, within the skew of now. */
static int fuzz_clock_ok(const char *ts, int64_t now)
{
	size_t i, n = strlen(ts);
	int64_t v = 0;

	if (n == 0 || n > 18) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (ts[i] < '0' || ts[i] > '9') {
			return 0;
		}
		v = v * 10 + (ts[i] - '0');
	}
	return (now > v ? now - v : v - now) <= WXPS_MAX_CLOCK_SKEW;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *ts, *nonce, *sig, *body;
	size_t pos = 5, body_len;
	int flags, genuine, rc, expect_ok;
	int32_t offset;
	int64_t now;
	wxps_error err;
	EVP_PKEY *key;

	if (size < 5) {
		return 0;
	}
	flags = data[0];
	memcpy(&offset, data + 1, sizeof(offset));
	/* The glue passes time(NULL): keep now sane, the rule is about the header. */
	now = FUZZ_NOW + offset;
	ts = fuzz_field(data, size, &pos);
	nonce = fuzz_field(data, size, &pos);
	sig = fuzz_field(data, size, &pos);
	body_len = pos <= size ? size - pos : 0;
	/* Exactly the body's bytes on the heap, NULs and all, with no terminator. */
	body = fuzz_dup_exact(pos <= size ? data + pos : data, body_len);
	key = (flags & 4) ? NULL : fuzz_platform;

	genuine = (flags & 1) && ts && nonce;
	if (genuine) {
		free(sig);
		sig = fuzz_genuine_signature(ts, nonce, body, body_len);
		if ((flags & 2) && body_len > 0) {
			body[body_len / 2] ^= 0x01;
			genuine = 0;
		}
	}

	ERR_clear_error();
	wxps_error_clear(&err);
	rc = wxps_verify_response(key, ts, nonce, body_len ? body : NULL, body_len, sig, now, &err);
	FUZZ_CHECK(ERR_peek_error() == 0);

	expect_ok = ts && *ts && nonce && *nonce && sig && *sig && fuzz_clock_ok(ts, now) && key && genuine;
	if (expect_ok) {
		if (rc != 0) {
			fprintf(stderr, "genuine answer refused: %s\n", err.message);
		}
		FUZZ_CHECK(rc == 0 && err.kind == WXPS_OK);
	} else {
		FUZZ_CHECK(rc == -1);
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_VERIFY);
	}
	free(ts);
	free(nonce);
	free(sig);
	free(body);
	return 0;
}
