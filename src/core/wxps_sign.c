#include "wxps_sign.h"
#include "wxps_header.h"

#include <inttypes.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

static const char wxps_nonce_alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/* base64 is done in slices so that no length ever nears EVP's int limits. */
#define WXPS_B64_RAW_CHUNK 768  /* multiple of 3 */
#define WXPS_B64_TXT_CHUNK 1024 /* WXPS_B64_RAW_CHUNK * 4 / 3 */

int wxps_nonce(char out[WXPS_NONCE_LEN + 1])
{
	unsigned char rnd[64];
	size_t have = 0, i;
	int ok;

	while (have < WXPS_NONCE_LEN) {
		ERR_set_mark();
		ok = RAND_bytes(rnd, (int)sizeof(rnd)) == 1;
		ERR_pop_to_mark();
		if (!ok) {
			return -1;
		}
		/* 248 = 4 * 62: bytes from 248 up are dropped so every character is equally likely. */
		for (i = 0; i < sizeof(rnd) && have < WXPS_NONCE_LEN; i++) {
			if (rnd[i] < 248) {
				out[have++] = wxps_nonce_alphabet[rnd[i] % 62];
			}
		}
	}
	out[WXPS_NONCE_LEN] = '\0';
	return 0;
}

int wxps_base64_encode(const unsigned char *in, size_t len, wxps_buf *out)
{
	unsigned char txt[WXPS_B64_TXT_CHUNK + 1];
	size_t n;
	int w;

	while (len > 0) {
		n = len < WXPS_B64_RAW_CHUNK ? len : WXPS_B64_RAW_CHUNK;
		w = EVP_EncodeBlock(txt, in, (int)n);
		if (w < 0 || wxps_buf_append(out, txt, (size_t)w) != 0) {
			return -1;
		}
		in += n;
		len -= n;
	}
	return 0;
}

static int wxps_b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') {
		return c - 'A';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 26;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 52;
	}
	if (c == '+') {
		return 62;
	}
	if (c == '/') {
		return 63;
	}
	return -1;
}

/* Returns the number of '=' (0..2), or -1 when the text is not canonical base64. */
static int wxps_b64_check(const char *in, size_t len)
{
	size_t i, pad = 0;
	int last;

	if (len % 4 != 0) {
		return -1;
	}
	if (len >= 1 && in[len - 1] == '=') {
		pad = (len >= 2 && in[len - 2] == '=') ? 2 : 1;
	}
	for (i = 0; i < len - pad; i++) {
		if (wxps_b64_value((unsigned char)in[i]) < 0) {
			return -1;
		}
	}
	if (pad == 0) {
		return 0;
	}
	/* The bits that padding leaves over must be zero, so each input decodes one way only. */
	last = wxps_b64_value((unsigned char)in[len - pad - 1]);
	if ((pad == 1 && (last & 0x03)) || (pad == 2 && (last & 0x0f))) {
		return -1;
	}
	return (int)pad;
}

int wxps_base64_decode(const char *in, size_t len, wxps_buf *out)
{
	unsigned char raw[WXPS_B64_RAW_CHUNK];
	size_t n, start = out->len;
	int pad, w, rc = 0;

	pad = wxps_b64_check(in, len);
	if (pad < 0) {
		return -1;
	}
	while (len > 0) {
		n = len < WXPS_B64_TXT_CHUNK ? len : WXPS_B64_TXT_CHUNK;
		w = EVP_DecodeBlock(raw, (const unsigned char *)in, (int)n);
		if (w < 0) {
			rc = -1;
			break;
		}
		/* EVP_DecodeBlock counts padding as zero bytes: drop them from the last slice. */
		if (n == len) {
			w -= pad;
		}
		if (wxps_buf_append(out, raw, (size_t)w) != 0) {
			rc = -1;
			break;
		}
		in += n;
		len -= n;
	}
	/* The decoded bytes may be key material (DER). */
	OPENSSL_cleanse(raw, sizeof(raw));
	if (rc != 0) {
		out->len = start;
		if (out->data) {
			out->data[start] = '\0';
		}
	}
	return rc;
}

static EVP_MD_CTX *wxps_digest_ctx_fresh(EVP_PKEY *key, int for_sign)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pctx = NULL;
	int ok;

	if (!md) {
		return NULL;
	}
	if (for_sign) {
		ok = EVP_DigestSignInit(md, &pctx, EVP_sha256(), NULL, key) == 1;
	} else {
		ok = EVP_DigestVerifyInit(md, &pctx, EVP_sha256(), NULL, key) == 1;
	}
	/* PKCS#1 v1.5 is the default for RSA, but say so: APIv3 accepts nothing else. */
	if (!ok || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0) {
		EVP_MD_CTX_free(md);
		return NULL;
	}
	return md;
}

/* Setting up a signing context asks OpenSSL's providers for the key's methods every time; a
 * prepared context per key and direction is copied instead. A template holds a reference on its
 * key, so a cached pointer can never come to name another key. */
#define WXPS_CTX_CACHE_SIZE 16

typedef struct {
	EVP_PKEY *key;
	int for_sign;
	EVP_MD_CTX *tmpl;
} wxps_ctx_entry;

static wxps_ctx_entry wxps_ctx_cache[WXPS_CTX_CACHE_SIZE];
static unsigned wxps_ctx_next;
static CRYPTO_ONCE wxps_ctx_once = CRYPTO_ONCE_STATIC_INIT;
static CRYPTO_RWLOCK *wxps_ctx_lock;

static void wxps_ctx_cache_init(void)
{
	wxps_ctx_lock = CRYPTO_THREAD_lock_new();
}

static EVP_MD_CTX *wxps_ctx_copy(const EVP_MD_CTX *tmpl)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();

	if (md && EVP_MD_CTX_copy_ex(md, tmpl) != 1) {
		EVP_MD_CTX_free(md);
		md = NULL;
	}
	return md;
}

static EVP_MD_CTX *wxps_ctx_cached(EVP_PKEY *key, int for_sign)
{
	EVP_MD_CTX *md = NULL;
	unsigned i;

	if (!CRYPTO_THREAD_read_lock(wxps_ctx_lock)) {
		return NULL;
	}
	for (i = 0; i < WXPS_CTX_CACHE_SIZE; i++) {
		if (wxps_ctx_cache[i].tmpl && wxps_ctx_cache[i].key == key && wxps_ctx_cache[i].for_sign == for_sign) {
			md = wxps_ctx_copy(wxps_ctx_cache[i].tmpl);
			break;
		}
	}
	CRYPTO_THREAD_unlock(wxps_ctx_lock);
	return md;
}

static void wxps_ctx_remember(EVP_PKEY *key, int for_sign, EVP_MD_CTX *tmpl)
{
	wxps_ctx_entry *slot;
	EVP_MD_CTX *evicted;

	if (!CRYPTO_THREAD_write_lock(wxps_ctx_lock)) {
		EVP_MD_CTX_free(tmpl);
		return;
	}
	slot = &wxps_ctx_cache[wxps_ctx_next++ % WXPS_CTX_CACHE_SIZE];
	evicted = slot->tmpl;
	slot->key = key;
	slot->for_sign = for_sign;
	slot->tmpl = tmpl;
	CRYPTO_THREAD_unlock(wxps_ctx_lock);
	EVP_MD_CTX_free(evicted);
}

static EVP_MD_CTX *wxps_digest_ctx(EVP_PKEY *key, int for_sign)
{
	EVP_MD_CTX *md, *tmpl;

	if (!CRYPTO_THREAD_run_once(&wxps_ctx_once, wxps_ctx_cache_init) || !wxps_ctx_lock) {
		return wxps_digest_ctx_fresh(key, for_sign);
	}
	md = wxps_ctx_cached(key, for_sign);
	if (md) {
		return md;
	}
	tmpl = wxps_digest_ctx_fresh(key, for_sign);
	if (!tmpl) {
		return NULL;
	}
	md = wxps_ctx_copy(tmpl);
	wxps_ctx_remember(key, for_sign, tmpl);
	return md;
}

void wxps_sign_cache_shutdown(void)
{
	unsigned i;

	for (i = 0; i < WXPS_CTX_CACHE_SIZE; i++) {
		EVP_MD_CTX_free(wxps_ctx_cache[i].tmpl);
		wxps_ctx_cache[i].tmpl = NULL;
		wxps_ctx_cache[i].key = NULL;
	}
	CRYPTO_THREAD_lock_free(wxps_ctx_lock);
	wxps_ctx_lock = NULL;
}

static int wxps_sign_raw(EVP_PKEY *key, const char *msg, size_t len, unsigned char **sig, size_t *sig_len)
{
	EVP_MD_CTX *md = wxps_digest_ctx(key, 1);
	int rc = -1;

	*sig = NULL;
	if (!md) {
		return -1;
	}
	if (EVP_DigestSign(md, NULL, sig_len, (const unsigned char *)msg, len) == 1) {
		*sig = OPENSSL_malloc(*sig_len);
	}
	if (*sig && EVP_DigestSign(md, *sig, sig_len, (const unsigned char *)msg, len) == 1) {
		rc = 0;
	}
	EVP_MD_CTX_free(md);
	if (rc != 0) {
		OPENSSL_free(*sig);
		*sig = NULL;
	}
	return rc;
}

int wxps_rsa_sign(EVP_PKEY *key, const char *msg, size_t len, wxps_buf *out, wxps_error *err)
{
	unsigned char *sig;
	size_t sig_len;
	int rc;

	if (!key || (!msg && len)) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "RSA signing called without key or message");
	}
	ERR_set_mark();
	rc = wxps_sign_raw(key, msg ? msg : "", len, &sig, &sig_len);
	ERR_pop_to_mark();
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "RSA-SHA256 signing failed (is it an RSA private key?)");
	}
	rc = wxps_base64_encode(sig, sig_len, out);
	OPENSSL_free(sig);
	if (rc != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	return 0;
}

static int wxps_verify_raw(EVP_PKEY *key, const char *msg, size_t len, const unsigned char *sig, size_t sig_len)
{
	EVP_MD_CTX *md = wxps_digest_ctx(key, 0);
	int ok;

	if (!md) {
		return 0;
	}
	ok = EVP_DigestVerify(md, sig, sig_len, (const unsigned char *)msg, len) == 1;
	EVP_MD_CTX_free(md);
	return ok;
}

int wxps_rsa_verify(EVP_PKEY *key, const char *msg, size_t len, const char *sig_b64, size_t sig_len)
{
	wxps_buf sig;
	int ok = 0;

	if (!key || !sig_b64 || (!msg && len)) {
		return 0;
	}
	wxps_buf_init(&sig);
	if (wxps_base64_decode(sig_b64, sig_len, &sig) == 0 && sig.len > 0) {
		ERR_set_mark();
		ok = wxps_verify_raw(key, msg ? msg : "", len, (const unsigned char *)sig.data, sig.len);
		ERR_pop_to_mark();
	}
	wxps_buf_free(&sig);
	return ok;
}

/* Values that end up between double quotes in a header. */
static int wxps_header_safe(const char *s)
{
	return s && wxps_header_quotable(s, strlen(s));
}

static int wxps_check_request_fields(const char *mchid, const char *serial, const char *method, const char *target,
                                     const char *nonce, wxps_error *err)
{
	if (!wxps_header_safe(mchid)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "mchid is empty or holds characters not allowed in a header");
	}
	if (!wxps_header_safe(serial)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "serial is empty or holds characters not allowed in a header");
	}
	if (!wxps_header_safe(nonce)) {
		return wxps_error_set(err, WXPS_E_ARGUMENT,
		                      "nonce is empty or holds characters not allowed in a header");
	}
	if (!method || !*method || !target || !*target) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "request method or target is empty");
	}
	return 0;
}

int wxps_sign_request(EVP_PKEY *key, const char *mchid, const char *serial, const char *method, const char *target,
                      const char *body, size_t body_len, int64_t timestamp, const char *nonce, wxps_buf *out,
                      wxps_error *err)
{
	char fresh[WXPS_NONCE_LEN + 1];
	wxps_buf msg, sig;
	int rc = -1;

	/* No nonce given: make one, so callers that do not need to know it stay simple. */
	if (!nonce) {
		if (wxps_nonce(fresh) != 0) {
			return wxps_error_set(err, WXPS_E_INTERNAL, "random generator failed");
		}
		nonce = fresh;
	}
	if (wxps_check_request_fields(mchid, serial, method, target, nonce, err) != 0) {
		return -1;
	}
	wxps_buf_init(&msg);
	wxps_buf_init(&sig);
	if (wxps_buf_printf(&msg, "%s\n%s\n%" PRId64 "\n%s\n", method, target, timestamp, nonce) != 0 ||
	    wxps_buf_append(&msg, body ? body : "", body ? body_len : 0) != 0 ||
	    wxps_buf_append_char(&msg, '\n') != 0) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	} else if (wxps_rsa_sign(key, msg.data, msg.len, &sig, err) == 0) {
		rc = wxps_buf_printf(out,
		                     "WECHATPAY2-SHA256-RSA2048 mchid=\"%s\",nonce_str=\"%s\","
		                     "signature=\"%s\",timestamp=\"%" PRId64 "\",serial_no=\"%s\"",
		                     mchid, nonce, sig.data, timestamp, serial);
		if (rc != 0) {
			wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		}
	}
	wxps_buf_free(&msg);
	wxps_buf_free(&sig);
	return rc;
}

/* Plain decimal seconds; more than 18 digits cannot be a sane clock and would overflow. */
static int wxps_parse_timestamp(const char *s, int64_t *out)
{
	int64_t v = 0;
	size_t i;

	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 18) {
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	if (i == 0) {
		return -1;
	}
	*out = v;
	return 0;
}

static int wxps_check_answer_headers(const char *timestamp, const char *nonce, const char *signature, wxps_error *err)
{
	if (!timestamp || !*timestamp) {
		return wxps_error_set(err, WXPS_E_VERIFY, "answer has no Wechatpay-Timestamp header");
	}
	if (!nonce || !*nonce) {
		return wxps_error_set(err, WXPS_E_VERIFY, "answer has no Wechatpay-Nonce header");
	}
	if (!signature || !*signature) {
		return wxps_error_set(err, WXPS_E_VERIFY, "answer has no Wechatpay-Signature header");
	}
	return 0;
}

static int wxps_check_answer_clock(const char *timestamp, int64_t now, wxps_error *err)
{
	int64_t ts, skew;

	if (wxps_parse_timestamp(timestamp, &ts) != 0) {
		/* The value came from the network: show only a bounded prefix of it. */
		return wxps_error_set(err, WXPS_E_VERIFY, "answer Wechatpay-Timestamp \"%.32s\" is not a number",
		                      timestamp);
	}
	skew = now > ts ? now - ts : ts - now;
	if (skew > WXPS_MAX_CLOCK_SKEW) {
		return wxps_error_set(err, WXPS_E_VERIFY,
		                      "answer timestamp is %" PRId64 " s off the local clock (limit %d s)", skew,
		                      WXPS_MAX_CLOCK_SKEW);
	}
	return 0;
}

int wxps_verify_response(EVP_PKEY *key, const char *timestamp, const char *nonce, const char *body, size_t body_len,
                         const char *signature, int64_t now, wxps_error *err)
{
	wxps_buf msg;
	int ok;

	if (wxps_check_answer_headers(timestamp, nonce, signature, err) != 0 ||
	    wxps_check_answer_clock(timestamp, now, err) != 0) {
		return -1;
	}
	if (!key) {
		return wxps_error_set(err, WXPS_E_VERIFY, "no platform key to verify the answer with");
	}
	wxps_buf_init(&msg);
	if (wxps_buf_printf(&msg, "%s\n%s\n", timestamp, nonce) != 0 ||
	    wxps_buf_append(&msg, body ? body : "", body ? body_len : 0) != 0 ||
	    wxps_buf_append_char(&msg, '\n') != 0) {
		wxps_buf_free(&msg);
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	ok = wxps_rsa_verify(key, msg.data, msg.len, signature, strlen(signature));
	wxps_buf_free(&msg);
	if (!ok) {
		return wxps_error_set(err, WXPS_E_VERIFY, "answer signature does not verify");
	}
	return 0;
}

static int wxps_path_is(const char *path, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(path, want, len) == 0;
}

static int wxps_hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c = (unsigned char)(c | 0x20);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* One path segment a server reads as a plain name: percent-decoded, it is not empty, ".",
 * "..", nor "upload", and holds no '/', '\\' or NUL. */
static int wxps_plain_segment(const char *seg, size_t len)
{
	char decoded[64];
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		int c = (unsigned char)seg[i], hi, lo;
		if (c == '%') {
			if (i + 2 >= len || (hi = wxps_hex_value((unsigned char)seg[i + 1])) < 0 ||
			    (lo = wxps_hex_value((unsigned char)seg[i + 2])) < 0) {
				return 0;
			}
			c = hi * 16 + lo;
			i += 2;
		}
		if (c == '/' || c == '\\' || c == '\0' || n == sizeof(decoded)) {
			return 0; /* media ids are far shorter than this */
		}
		decoded[n++] = (char)c;
	}
	return n > 0 && !wxps_path_is(decoded, n, ".") && !wxps_path_is(decoded, n, "..") &&
	       !wxps_path_is(decoded, n, "upload");
}

wxps_answer_kind wxps_answer_kind_of(const char *method, const char *path, size_t len)
{
	static const char images[] = "/v3/merchant-service/images/";
	const size_t images_len = sizeof(images) - 1;

	if (strcmp(method, "GET") != 0) {
		return WXPS_ANSWER_SIGNED;
	}
	if (wxps_path_is(path, len, "/v3/billdownload/file") ||
	    wxps_path_is(path, len, "/v3/payscore/bill/downloadurl") ||
	    wxps_path_is(path, len, "/v3/bill/downloadurl") ||
	    (len > images_len && memcmp(path, images, images_len) == 0 &&
	     wxps_plain_segment(path + images_len, len - images_len))) {
		return WXPS_ANSWER_UNSIGNED;
	}
	if (wxps_path_is(path, len, "/v3/global/statements") || wxps_path_is(path, len, "/hk/v3/statements")) {
		return WXPS_ANSWER_STATEMENT;
	}
	return WXPS_ANSWER_SIGNED;
}

int wxps_verify_statement(EVP_PKEY *key, const char *timestamp, const char *nonce, const char *sha1, const char *body,
                          size_t body_len, const char *signature, int64_t now, wxps_error *err)
{
	unsigned char digest[20];
	wxps_buf signed_json;
	size_t i;
	int rc;

	if (!sha1 || strlen(sha1) != 2 * sizeof(digest)) {
		return wxps_error_set(err, WXPS_E_VERIFY, "statement has no 40-digit Wechatpay-Statement-Sha1 header");
	}
	wxps_buf_init(&signed_json);
	if (wxps_buf_printf(&signed_json, "{\"sha1\":\"%s\"}", sha1) != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	rc = wxps_verify_response(key, timestamp, nonce, signed_json.data, signed_json.len, signature, now, err);
	wxps_buf_free(&signed_json);
	if (rc != 0) {
		return rc;
	}
	if (EVP_Digest(body ? body : "", body ? body_len : 0, digest, NULL, EVP_sha1(), NULL) != 1) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "cannot compute SHA-1");
	}
	for (i = 0; i < sizeof(digest); i++) {
		if (wxps_hex_value((unsigned char)sha1[2 * i]) != digest[i] >> 4 ||
		    wxps_hex_value((unsigned char)sha1[2 * i + 1]) != (digest[i] & 0x0f)) {
			return wxps_error_set(err, WXPS_E_VERIFY,
			                      "statement body does not match its Wechatpay-Statement-Sha1");
		}
	}
	return 0;
}
