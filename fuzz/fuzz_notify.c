/* A WeChat Pay callback before its body is trusted. Input:
 *   FLAGS(1) CLOCK(4, signed offset from a fixed now) HEADER-LINES "\n" BODY \0 ALGORITHM \0
 *   CIPHERTEXT \0 NONCE \0 ASSOCIATED-DATA
 * Header lines are "Name:value\n", the names as a framework might spell them. A field the input
 * cuts short is absent. FLAGS bit 0 swaps Wechatpay-Signature for a genuine one over the fuzzed
 * fields, bit 1 swaps the ciphertext for a genuine encryption of BODY under the APIv3 key,
 * bit 2 uses a 31-byte APIv3 key. Each step's outcome must match an independent reading of the
 * rules in wxps_notify.h. */
#include "fuzz_common.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "wxps_aes.h"
#include "wxps_buf.h"
#include "wxps_keys.h"
#include "wxps_notify.h"
#include "wxps_sign.h"

#define FUZZ_NOW INT64_C(1700000000)

static const char fuzz_apiv3_key[] = "0123456789abcdefghijklmnopqrstuv";
static EVP_PKEY *fuzz_signer;
static EVP_PKEY *fuzz_platform;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	BIO *bio = BIO_new(BIO_s_mem());
	char *pem;
	long n;
	wxps_error err;

	(void)argc;
	(void)argv;
	fuzz_signer = EVP_RSA_gen(1024);
	FUZZ_CHECK(fuzz_signer && bio && PEM_write_bio_PUBKEY(bio, fuzz_signer) == 1);
	n = BIO_get_mem_data(bio, &pem);
	wxps_error_clear(&err);
	fuzz_platform = wxps_key_load_public(pem, (size_t)n, &err);
	FUZZ_CHECK(fuzz_platform != NULL);
	BIO_free(bio);
	return 0;
}

/* The name rule read from the header file: any case, '_' for '-', an optional "HTTP_". */
static int fuzz_header_oracle(const char *name, size_t len)
{
	static const char *const names[WXPS_NH_COUNT] = {
	    "wechatpay-timestamp", "wechatpay-nonce",          "wechatpay-signature",
	    "wechatpay-serial",    "wechatpay-signature-type",
	};
	char norm[64];
	size_t i;
	int k;

	if (len >= sizeof(norm)) {
		return WXPS_NH_NONE;
	}
	for (i = 0; i < len; i++) {
		char c = name[i];
		norm[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '_' ? '-' : c);
	}
	if (len > 5 && memcmp(norm, "http-", 5) == 0) {
		memmove(norm, norm + 5, len - 5);
		len -= 5;
	}
	for (k = 0; k < WXPS_NH_COUNT; k++) {
		if (strlen(names[k]) == len && memcmp(names[k], norm, len) == 0) {
			return k;
		}
	}
	return WXPS_NH_NONE;
}

static int fuzz_seconds_ok(const wxps_str *s, int64_t now)
{
	int64_t v = 0;
	size_t i;

	if (s->len == 0 || s->len > 18) {
		return 0;
	}
	for (i = 0; i < s->len; i++) {
		if (s->data[i] < '0' || s->data[i] > '9') {
			return 0;
		}
		v = v * 10 + (s->data[i] - '0');
	}
	return (now > v ? now - v : v - now) <= WXPS_MAX_CLOCK_SKEW;
}

static int fuzz_check_oracle(const wxps_notify_headers *h, int64_t now)
{
	static const char type[] = "WECHATPAY2-SHA256-RSA2048";
	const wxps_str *t = &h->value[WXPS_NH_SIGNATURE_TYPE];
	int i;

	for (i = 0; i < WXPS_NH_SIGNATURE_TYPE; i++) {
		if (!h->value[i].data || h->value[i].len == 0) {
			return WXPS_NOTIFY_MISSING_HEADER;
		}
	}
	if (t->data && !(t->len == sizeof(type) - 1 && memcmp(t->data, type, t->len) == 0)) {
		return WXPS_NOTIFY_BAD_SIGNATURE;
	}
	return fuzz_seconds_ok(&h->value[WXPS_NH_TIMESTAMP], now) ? WXPS_NOTIFY_OK : WXPS_NOTIFY_STALE_TIMESTAMP;
}

/* Copies owned by the harness, each in a block of its exact size. */
typedef struct {
	char *block[24];
	int n;
} fuzz_arena;

static wxps_str fuzz_keep(fuzz_arena *a, const void *p, size_t len)
{
	wxps_str s;

	FUZZ_CHECK(a->n < (int)(sizeof(a->block) / sizeof(a->block[0])));
	a->block[a->n] = fuzz_dup_exact(p, len);
	s.data = a->block[a->n++];
	s.len = len;
	return s;
}

/* Next NUL-terminated field; one the input cuts short runs to its end, and after it all are absent. */
static wxps_str fuzz_field(fuzz_arena *a, const uint8_t *data, size_t size, size_t *pos)
{
	const uint8_t *nul;
	size_t end;
	wxps_str s = {NULL, 0};

	if (*pos > size) {
		return s;
	}
	nul = memchr(data + *pos, '\0', size - *pos);
	end = nul ? (size_t)(nul - data) : size;
	s = fuzz_keep(a, data + *pos, end - *pos);
	*pos = nul ? end + 1 : size + 1;
	return s;
}

static wxps_str fuzz_sign(fuzz_arena *a, const wxps_notify_headers *h, wxps_str body)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char sig[256];
	size_t sig_len = sizeof(sig);
	wxps_str pieces[3] = {h->value[WXPS_NH_TIMESTAMP], h->value[WXPS_NH_NONCE], body};
	wxps_buf msg, b64;
	wxps_str s;

	wxps_buf_init(&msg);
	wxps_buf_init(&b64);
	FUZZ_CHECK(wxps_join_lf(pieces, 3, &msg) == 0);
	FUZZ_CHECK(md && EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, fuzz_signer) == 1);
	FUZZ_CHECK(EVP_DigestSign(md, sig, &sig_len, (const unsigned char *)msg.data, msg.len) == 1);
	FUZZ_CHECK(wxps_base64_encode(sig, sig_len, &b64) == 0);
	s = fuzz_keep(a, b64.data, b64.len);
	EVP_MD_CTX_free(md);
	wxps_buf_free(&msg);
	wxps_buf_free(&b64);
	return s;
}

static wxps_str fuzz_encrypt(fuzz_arena *a, const wxps_notify_resource *r, wxps_str body)
{
	wxps_aes_gcm job = {(const unsigned char *)fuzz_apiv3_key,
	                    WXPS_AES_KEY_LEN,
	                    (const unsigned char *)r->nonce.data,
	                    r->nonce.len,
	                    (const unsigned char *)(r->associated_data.data ? r->associated_data.data : ""),
	                    r->associated_data.data ? r->associated_data.len : 0};
	wxps_buf ct;
	wxps_error err;
	wxps_str s;

	wxps_buf_init(&ct);
	wxps_error_clear(&err);
	FUZZ_CHECK(wxps_aes_gcm_encrypt(&job, body.data, body.len, &ct, &err) == 0);
	s = fuzz_keep(a, ct.data ? ct.data : "", ct.len);
	wxps_buf_free(&ct);
	return s;
}

static void fuzz_decrypt(fuzz_arena *a, wxps_notify_resource *r, wxps_str body, int flags)
{
	static const char prefix[] = "kept";
	static const char algo[] = "AEAD_AES_256_GCM";
	int algo_ok = !r->algorithm.data ||
	              (r->algorithm.len == sizeof(algo) - 1 && memcmp(r->algorithm.data, algo, r->algorithm.len) == 0);
	/* Nonces past 128 bytes are the aes_gcm target's business (OpenSSL refuses them). */
	int genuine = (flags & 2) && r->nonce.data && r->nonce.len > 0 && r->nonce.len <= 128;
	size_t key_len = (flags & 4) ? WXPS_AES_KEY_LEN - 1 : WXPS_AES_KEY_LEN;
	wxps_notify_fault want, got;
	wxps_buf out;
	wxps_error err;

	if (genuine) {
		r->ciphertext = fuzz_encrypt(a, r, body);
	}
	if (!algo_ok || !r->ciphertext.data || !r->nonce.data || r->nonce.len == 0) {
		want = WXPS_NOTIFY_MALFORMED_BODY;
	} else {
		want = genuine && key_len == WXPS_AES_KEY_LEN ? WXPS_NOTIFY_OK : WXPS_NOTIFY_UNDECRYPTABLE;
	}
	wxps_buf_init(&out);
	FUZZ_CHECK(wxps_buf_append_str(&out, prefix) == 0);
	wxps_error_clear(&err);
	got = wxps_notify_decrypt(r, fuzz_apiv3_key, key_len, &out, &err);
	/* A random ciphertext never authenticates, but one the fuzzer made genuine by hand may. */
	FUZZ_CHECK(got == want || (want == WXPS_NOTIFY_UNDECRYPTABLE && got == WXPS_NOTIFY_OK && !(flags & 4)));
	if (got == WXPS_NOTIFY_OK) {
		FUZZ_CHECK(!genuine ||
		           (out.len == sizeof(prefix) - 1 + body.len &&
		            (body.len == 0 || memcmp(out.data + sizeof(prefix) - 1, body.data, body.len) == 0)));
	} else {
		fuzz_check_error(&err);
		FUZZ_CHECK(out.len == sizeof(prefix) - 1 && out.data[out.len] == '\0');
	}
	wxps_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_arena arena = {{NULL}, 0};
	wxps_notify_headers h;
	wxps_notify_resource r;
	wxps_str body;
	size_t pos = 5, i;
	int flags, k, want, got;
	int32_t offset;
	int64_t now;
	wxps_error err;

	if (size < 5) {
		return 0;
	}
	flags = data[0];
	memcpy(&offset, data + 1, sizeof(offset));
	now = FUZZ_NOW + offset;
	memset(&h, 0, sizeof(h));
	memset(&r, 0, sizeof(r));

	/* Header lines up to an empty one; the last of repeated names wins, as in a PHP array. */
	while (pos < size && data[pos] != '\n') {
		const uint8_t *nl = memchr(data + pos, '\n', size - pos);
		size_t end = nl ? (size_t)(nl - data) : size;
		const uint8_t *colon = memchr(data + pos, ':', end - pos);
		if (colon) {
			size_t nlen = (size_t)(colon - data) - pos;
			char *name = fuzz_dup_exact(data + pos, nlen);
			k = wxps_notify_header_of(name, nlen);
			FUZZ_CHECK(k == fuzz_header_oracle(name, nlen));
			free(name);
			if (k != WXPS_NH_NONE && arena.n < 10) {
				h.value[k] = fuzz_keep(&arena, colon + 1, end - (size_t)(colon + 1 - data));
			}
		}
		pos = end + 1;
	}
	pos++;
	body = fuzz_field(&arena, data, size, &pos);
	if (!body.data) {
		body = fuzz_keep(&arena, "", 0);
	}
	r.algorithm = fuzz_field(&arena, data, size, &pos);
	r.ciphertext = fuzz_field(&arena, data, size, &pos);
	r.nonce = fuzz_field(&arena, data, size, &pos);
	r.associated_data = fuzz_field(&arena, data, size, &pos);

	if ((flags & 1) && h.value[WXPS_NH_TIMESTAMP].data && h.value[WXPS_NH_NONCE].data) {
		h.value[WXPS_NH_SIGNATURE] = fuzz_sign(&arena, &h, body);
	}

	ERR_clear_error();
	wxps_error_clear(&err);
	want = fuzz_check_oracle(&h, now);
	got = wxps_notify_check_headers(&h, now, &err);
	FUZZ_CHECK(got == want);
	if (got != WXPS_NOTIFY_OK) {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_VERIFY);
	} else {
		wxps_error_clear(&err);
		got = wxps_notify_verify(fuzz_platform, &h, body.data, body.len, &err);
		FUZZ_CHECK(got == ((flags & 1) ? WXPS_NOTIFY_OK : WXPS_NOTIFY_BAD_SIGNATURE));
		if (got != WXPS_NOTIFY_OK) {
			fuzz_check_error(&err);
			FUZZ_CHECK(err.kind == WXPS_E_VERIFY);
		}
	}
	fuzz_decrypt(&arena, &r, body, flags);
	FUZZ_CHECK(ERR_peek_error() == 0);

	for (i = 0; i < (size_t)arena.n; i++) {
		free(arena.block[i]);
	}
	return 0;
}
