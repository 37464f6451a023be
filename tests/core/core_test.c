/* Unit tests of the Zend-free C core. Run through tests/core/run.sh, which makes the keys
 * this program reads from the directory given as argv[1]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_keys.h"
#include "wxps_header.h"
#include "wxps_sign.h"
#include "wxps_uri.h"

#include "check.h"

static const char *keydir;

/* Each helper below runs through AT(), so a failed check inside it names the case. */
#define check_b64(...) AT(check_b64_(__VA_ARGS__))
#define check_b64_rejects(...) AT(check_b64_rejects_(__VA_ARGS__))
#define check_private_ok(...) AT(check_private_ok_(__VA_ARGS__))
#define check_public_ok(...) AT(check_public_ok_(__VA_ARGS__))
#define check_key_fails(...) AT(check_key_fails_(__VA_ARGS__))
#define check_file_ok(...) AT(check_file_ok_(__VA_ARGS__))
#define check_text_ok(...) AT(check_text_ok_(__VA_ARGS__))
#define check_text_fails(...) AT(check_text_fails_(__VA_ARGS__))
#define check_file_fails(...) AT(check_file_fails_(__VA_ARGS__))
#define check_answer_fails(...) AT(check_answer_fails_(__VA_ARGS__))
#define check_segment(...) AT(check_segment_(__VA_ARGS__))
#define check_expand(...) AT(check_expand_(__VA_ARGS__))
#define check_expand_fails(...) AT(check_expand_fails_(__VA_ARGS__))

/* A file of the key directory, NUL-terminated; aborts the run when it is missing. */
static char *slurp(const char *name, size_t *len)
{
	return test_input(keydir, name, len);
}

static char *file_uri(const char *name)
{
	static char uri[1100];

	snprintf(uri, sizeof(uri), "file://%s/%s", keydir, name);
	return uri;
}

/* ---- buf ---- */

static void test_buf(void)
{
	wxps_buf b;

	wxps_buf_init(&b);
	CHECK(b.data == NULL && b.len == 0);
	CHECK(wxps_buf_append(&b, "ab", 2) == 0);
	CHECK(wxps_buf_append_str(&b, "cd") == 0);
	CHECK(wxps_buf_append_char(&b, 'e') == 0);
	CHECK(wxps_buf_printf(&b, "-%d-%s", 42, "x") == 0);
	CHECK_STR(b.data, "abcde-42-x");
	CHECK(b.len == 10);
	wxps_buf_reset(&b);
	CHECK(b.len == 0 && b.data[0] == '\0');
	CHECK(wxps_buf_append(&b, "", 0) == 0);
	CHECK(b.len == 0);
	wxps_buf_free(&b);
	CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
}

/* ---- base64 ---- */

static void check_b64_(const char *raw, const char *want)
{
	wxps_buf enc, dec;

	wxps_buf_init(&enc);
	wxps_buf_init(&dec);
	CHECK(wxps_base64_encode((const unsigned char *)raw, strlen(raw), &enc) == 0);
	CHECK_STR(enc.data ? enc.data : "", want);
	CHECK(wxps_base64_decode(want, strlen(want), &dec) == 0);
	CHECK(dec.len == strlen(raw));
	CHECK(dec.len == 0 || memcmp(dec.data, raw, dec.len) == 0);
	wxps_buf_free(&enc);
	wxps_buf_free(&dec);
}

static void check_b64_rejects_(const char *in, size_t len)
{
	wxps_buf dec;

	wxps_buf_init(&dec);
	wxps_buf_append_str(&dec, "keep");
	CHECK(wxps_base64_decode(in, len, &dec) == -1);
	/* A failed decode leaves what was in the buffer alone. */
	CHECK(dec.len == 4 && strcmp(dec.data, "keep") == 0);
	wxps_buf_free(&dec);
}

static void test_base64_round_trips(void)
{
	unsigned char raw[2600];
	wxps_buf enc, dec;
	size_t n, i;
	int ok = 1;

	for (i = 0; i < sizeof(raw); i++) {
		raw[i] = (unsigned char)(i * 131 + 7);
	}
	/* Lengths around the 768-byte slices the encoder works in. */
	for (n = 0; n <= sizeof(raw); n += (n < 40 || (n > 760 && n < 1540)) ? 1 : 97) {
		wxps_buf_init(&enc);
		wxps_buf_init(&dec);
		if (wxps_base64_encode(raw, n, &enc) != 0 || enc.len != (n + 2) / 3 * 4 ||
		    wxps_base64_decode(enc.data ? enc.data : "", enc.len, &dec) != 0 || dec.len != n ||
		    (n && memcmp(dec.data, raw, n) != 0)) {
			ok = 0;
			fprintf(stderr, "base64 round trip failed at length %zu\n", n);
		}
		wxps_buf_free(&enc);
		wxps_buf_free(&dec);
	}
	CHECK(ok);
}

static void test_base64(void)
{
	check_b64("", "");
	check_b64("f", "Zg==");
	check_b64("fo", "Zm8=");
	check_b64("foo", "Zm9v");
	check_b64("foob", "Zm9vYg==");
	check_b64("fooba", "Zm9vYmE=");
	check_b64("foobar", "Zm9vYmFy");
	check_b64("\xfb\xff", "+/8=");
	test_base64_round_trips();

	check_b64_rejects("Zg=", 3);
	check_b64_rejects("Zg", 2);
	check_b64_rejects("Zm9vY", 5);
	check_b64_rejects("Z===", 4);
	check_b64_rejects("====", 4);
	check_b64_rejects("=Zg=", 4);
	check_b64_rejects("Zm=v", 4);
	check_b64_rejects("Zg==Zg==", 8);
	check_b64_rejects("Zm9v!A==", 8);
	check_b64_rejects("Zm 9", 4);
	check_b64_rejects("Zm9v\n", 5);
	check_b64_rejects("Zm-_", 4);
	check_b64_rejects("Zm\0v", 4);
	/* Non-zero leftover bits: "Zh==" would also decode to "f". */
	check_b64_rejects("Zh==", 4);
	check_b64_rejects("Zm9=", 4);
}

/* ---- nonce ---- */

static void test_nonce(void)
{
	static char nonces[200][WXPS_NONCE_LEN + 1];
	int seen[256] = {0};
	int i, j, ok_len = 1, ok_chars = 1, distinct = 1, all = 1;

	for (i = 0; i < 200; i++) {
		CHECK(wxps_nonce(nonces[i]) == 0);
		ok_len &= strlen(nonces[i]) == WXPS_NONCE_LEN;
		for (j = 0; j < WXPS_NONCE_LEN; j++) {
			unsigned char c = (unsigned char)nonces[i][j];

			seen[c] = 1;
			ok_chars &= (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
		}
		for (j = 0; j < i; j++) {
			distinct &= strcmp(nonces[i], nonces[j]) != 0;
		}
	}
	CHECK(ok_len);
	CHECK(ok_chars);
	CHECK(distinct);
	/* 6400 draws leave each of the 62 characters unseen with odds of about 1e-44. */
	for (i = 0; i < 62; i++) {
		all &= seen[(unsigned char)"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		                           "abcdefghijklmnopqrstuvwxyz"[i]];
	}
	CHECK(all);
}

/* ---- keys ---- */

static int is_rsa_2048(EVP_PKEY *k)
{
	return k && EVP_PKEY_is_a(k, "RSA") && EVP_PKEY_get_bits(k) == 2048;
}

static void check_private_ok_(const char *src, size_t len)
{
	wxps_error err;
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = wxps_key_load_private(src, len, &err);
	CHECK(is_rsa_2048(k));
	CHECK(err.kind == WXPS_OK);
	CHECK(ERR_peek_error() == 0);
	if (!k) {
		fprintf(stderr, "  (private key from %.60s: %s)\n", src, err.message);
	}
	wxps_key_free(k);
}

static void check_public_ok_(const char *src, size_t len)
{
	wxps_error err;
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = wxps_key_load_public(src, len, &err);
	CHECK(is_rsa_2048(k));
	CHECK(err.kind == WXPS_OK);
	CHECK(ERR_peek_error() == 0);
	if (!k) {
		fprintf(stderr, "  (public key from %.60s: %s)\n", src, err.message);
	}
	wxps_key_free(k);
}

/* Loading fails with exactly this message, and leaves OpenSSL's error queue empty. */
static void check_key_fails_(int private, const char *src, size_t len, const char *want)
{
	wxps_error err;
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = private ? wxps_key_load_private(src, len, &err) : wxps_key_load_public(src, len, &err);
	CHECK(k == NULL);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_STR(err.message, want);
	CHECK(ERR_peek_error() == 0);
	wxps_key_free(k);
}

static void check_file_ok_(int private, const char *name)
{
	const char *uri = file_uri(name);

	if (private) {
		check_private_ok_(uri, strlen(uri));
	} else {
		check_public_ok_(uri, strlen(uri));
	}
}

static void check_text_ok_(int private, const char *name)
{
	size_t len;
	char *text = slurp(name, &len);

	if (private) {
		check_private_ok_(text, len);
	} else {
		check_public_ok_(text, len);
	}
	free(text);
}

static void check_text_fails_(int private, const char *name, const char *want)
{
	size_t len;
	char *text = slurp(name, &len);

	check_key_fails_(private, text, len, want);
	free(text);
}

static void check_file_fails_(int private, const char *name, const char *fmt)
{
	const char *uri = file_uri(name);
	char want[1200];

	/* fmt names the file with %s/%s: the directory and the file name. */
	snprintf(want, sizeof(want), fmt, keydir, name);
	check_key_fails_(private, uri, strlen(uri), want);
}

static void test_keys_good(void)
{
	check_file_ok(1, "priv_pkcs8.pem");
	check_file_ok(1, "priv_pkcs1.pem");
	check_text_ok(1, "priv_pkcs8.pem");
	check_text_ok(1, "priv_pkcs1.pem");
	check_text_ok(1, "priv_pkcs8.b64");
	check_text_ok(1, "priv_pkcs1.b64");
	check_file_ok(1, "priv_pkcs8.b64");

	check_file_ok(0, "pub_spki.pem");
	check_file_ok(0, "pub_pkcs1.pem");
	check_file_ok(0, "cert.pem");
	check_text_ok(0, "pub_spki.pem");
	check_text_ok(0, "pub_pkcs1.pem");
	check_text_ok(0, "cert.pem");
	check_text_ok(0, "pub_spki.b64");
	check_text_ok(0, "pub_pkcs1.b64");
	check_text_ok(0, "cert.b64");
}

static void test_keys_files(void)
{
	check_file_fails(1, "nope.pem", "cannot read private key file \"%s/%s\"");
	check_file_fails(0, "nope.pem", "cannot read public key file \"%s/%s\"");
	check_file_fails(1, "big.pem", "private key file \"%s/%s\" is larger than 1 MiB");
	check_file_fails(1, "empty.pem", "private key file \"%s/%s\" is empty");
	/* A directory opens but does not read. */
	check_file_fails(1, "", "cannot read private key file \"%s/%s\"");
	check_key_fails(1, "file://", 7, "invalid private key file path");
	check_key_fails(1, "file:///x\0y", 11, "invalid private key file path");
}

static void check_big_text(void)
{
	size_t len = 1024 * 1024 + 1;
	char *big = malloc(len);

	CHECK(big != NULL);
	if (big) {
		memset(big, 'A', len);
		check_key_fails(1, big, len, "private key is larger than 1 MiB");
		check_key_fails(0, big, len, "public key is larger than 1 MiB");
		free(big);
	}
}

static void test_keys_bad(void)
{
	const char *corrupt = "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n"
	                      "-----END PRIVATE KEY-----\n";
	const char *unclosed = "-----BEGIN PRIVATE KEY-----\nMIIB\n";
	const char *bad_priv = "not a valid RSA private key (PEM or base64 DER)";
	const char *bad_pub = "not a valid RSA public key (PEM or base64 DER)";
	const char *enc = "private key is encrypted; give it unencrypted (openssl pkey -in key.pem)";

	check_key_fails(1, "", 0, "private key is empty");
	check_key_fails(0, NULL, 0, "public key is empty");
	check_text_fails(1, "garbage.pem", bad_priv);
	check_file_fails(1, "garbage.pem", bad_priv);
	check_text_fails(0, "garbage.pem", bad_pub);
	check_key_fails(1, "Zm9vYmFy", 8, bad_priv);
	check_key_fails(1, corrupt, strlen(corrupt), bad_priv);
	check_key_fails(1, unclosed, strlen(unclosed), bad_priv);
	check_big_text();

	check_text_fails(1, "enc_pkcs8.pem", enc);
	check_text_fails(1, "enc_pkcs1.pem", enc);
	check_text_fails(1, "enc_pkcs8.b64", enc);

	check_text_fails(1, "ec_pkcs8.pem", "private key is EC, only RSA keys are accepted");
	check_text_fails(1, "ec_sec1.pem", "PEM holds an \"EC PRIVATE KEY\", only RSA keys are accepted");
	check_text_fails(0, "ec_spki.pem", "public key is EC, only RSA keys are accepted");

	check_text_fails(1, "cert.pem", "PEM holds no private key (found a \"CERTIFICATE\" block)");
	check_text_fails(1, "pub_spki.pem", "PEM holds no private key (found a \"PUBLIC KEY\" block)");
	check_text_fails(1, "pub_spki.b64", bad_priv);
	check_text_fails(0, "priv_pkcs8.pem", "PEM holds no public key (found a \"PRIVATE KEY\" block)");
	check_text_fails(0, "priv_pkcs8.b64", bad_pub);
	check_text_fails(0, "priv_pkcs1.b64", bad_pub);
	check_text_fails(1, "pub_pkcs1.b64", bad_priv);
	check_text_fails(0, "enc_pkcs8.b64", bad_pub);
}

static void test_keys_queue_and_ref(void)
{
	wxps_error err;
	EVP_PKEY *k;
	/* An error someone else left queued survives our failed attempts; ours do not. */
	const char *corrupt = "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n"
	                      "-----END PRIVATE KEY-----\n";

	ERR_raise(ERR_LIB_USER, 123);
	wxps_error_clear(&err);
	CHECK(wxps_key_load_private(corrupt, strlen(corrupt), &err) == NULL);
	CHECK(ERR_GET_REASON(ERR_peek_last_error()) == 123);
	CHECK(ERR_GET_REASON(ERR_get_error()) == 123 && ERR_peek_error() == 0);

	k = wxps_key_load_public(file_uri("pub_spki.pem"), strlen(file_uri("pub_spki.pem")), &err);
	CHECK(k != NULL);
	CHECK(wxps_key_ref(k) == k);
	wxps_key_free(k);
	CHECK(is_rsa_2048(k));
	wxps_key_free(k);
	CHECK(wxps_key_ref(NULL) == NULL);
	wxps_key_free(NULL);
}

/* ---- sign / verify ---- */

static EVP_PKEY *load(int private, const char *name)
{
	wxps_error err;
	const char *uri = file_uri(name);
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = private ? wxps_key_load_private(uri, strlen(uri), &err) : wxps_key_load_public(uri, strlen(uri), &err);
	if (!k) {
		fprintf(stderr, "cannot load %s: %s\n", name, err.message);
		exit(2);
	}
	return k;
}

static void test_sign_verify(EVP_PKEY *priv, EVP_PKEY *pub, EVP_PKEY *cert, EVP_PKEY *other)
{
	size_t msg_len;
	char *msg = slurp("msg.txt", &msg_len);
	char *want = slurp("msg.sig.b64", NULL);
	wxps_buf sig;
	wxps_error err;

	wxps_buf_init(&sig);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_sign(priv, msg, msg_len, &sig, &err) == 0);
	CHECK_STR(sig.data, want);
	CHECK(wxps_rsa_verify(pub, msg, msg_len, sig.data, sig.len) == 1);
	CHECK(wxps_rsa_verify(cert, msg, msg_len, sig.data, sig.len) == 1);
	CHECK(wxps_rsa_verify(priv, msg, msg_len, sig.data, sig.len) == 1);
	CHECK(wxps_rsa_verify(other, msg, msg_len, sig.data, sig.len) == 0);
	msg[0] ^= 1;
	CHECK(wxps_rsa_verify(pub, msg, msg_len, sig.data, sig.len) == 0);
	msg[0] ^= 1;
	CHECK(wxps_rsa_verify(pub, msg, msg_len - 1, sig.data, sig.len) == 0);
	sig.data[10] = sig.data[10] == 'A' ? 'B' : 'A';
	CHECK(wxps_rsa_verify(pub, msg, msg_len, sig.data, sig.len) == 0);
	CHECK(wxps_rsa_verify(pub, msg, msg_len, "not base64!", 11) == 0);
	CHECK(wxps_rsa_verify(pub, msg, msg_len, "", 0) == 0);
	CHECK(wxps_rsa_verify(pub, msg, msg_len, "AAAA", 4) == 0);
	CHECK(wxps_rsa_verify(NULL, msg, msg_len, want, strlen(want)) == 0);
	CHECK(ERR_peek_error() == 0);

	/* A public key cannot sign. */
	wxps_buf_reset(&sig);
	CHECK(wxps_rsa_sign(pub, msg, msg_len, &sig, &err) == -1);
	CHECK(err.kind == WXPS_E_INTERNAL);
	CHECK(sig.len == 0);
	CHECK(ERR_peek_error() == 0);

	wxps_buf_free(&sig);
	free(msg);
	free(want);
}

static void test_sign_request(EVP_PKEY *priv, EVP_PKEY *pub)
{
	const char *nonce = "NONCE0123456789abcdefghijklmnopq";
	char *sig = slurp("req.sig.b64", NULL);
	char want[1024];
	wxps_buf out;
	wxps_error err;
	char *p;

	wxps_buf_init(&out);
	wxps_error_clear(&err);
	CHECK(wxps_sign_request(priv, "1900000001", "3775B6A45ACD588826D15E583A95F5DD", "POST",
	                        "/v3/payscore/serviceorder?a=1", "{\"x\":1}", 7, 1700000000, nonce, &out, &err) == 0);
	snprintf(want, sizeof(want),
	         "WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"%s\","
	         "signature=\"%s\",timestamp=\"1700000000\","
	         "serial_no=\"3775B6A45ACD588826D15E583A95F5DD\"",
	         nonce, sig);
	CHECK_STR(out.data, want);

	/* No nonce given: a fresh one, and a signature over it. */
	wxps_buf_reset(&out);
	CHECK(wxps_sign_request(priv, "1900000001", "SERIAL", "GET", "/v3/x", NULL, 0, 1700000000, NULL, &out, &err) ==
	      0);
	p = out.data ? strstr(out.data, "nonce_str=\"") : NULL;
	CHECK(p != NULL && strlen(p) > 11 + WXPS_NONCE_LEN && p[11 + WXPS_NONCE_LEN] == '"');
	if (p) {
		char msg[128], b64[400];
		const char *s = strstr(out.data, "signature=\"");
		size_t n = s ? strcspn(s + 11, "\"") : 0;

		snprintf(msg, sizeof(msg), "GET\n/v3/x\n1700000000\n%.32s\n\n", p + 11);
		snprintf(b64, sizeof(b64), "%.*s", (int)n, s ? s + 11 : "");
		CHECK(wxps_rsa_verify(pub, msg, strlen(msg), b64, strlen(b64)) == 1);
	}

	wxps_buf_reset(&out);
	CHECK(wxps_sign_request(priv, "19\"00", "S", "GET", "/", NULL, 0, 1, nonce, &out, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_STR(err.message, "mchid is empty or holds characters not allowed in a header");
	wxps_error_clear(&err);
	CHECK(wxps_sign_request(priv, "1", "S\r\nX: y", "GET", "/", NULL, 0, 1, nonce, &out, &err) == -1);
	CHECK_STR(err.message, "serial is empty or holds characters not allowed in a header");
	wxps_error_clear(&err);
	CHECK(wxps_sign_request(pub, "1", "S", "GET", "/", NULL, 0, 1, nonce, &out, &err) == -1);
	CHECK(err.kind == WXPS_E_INTERNAL);
	CHECK(out.len == 0);

	wxps_buf_free(&out);
	free(sig);
}

/* Sign an answer the way the platform does, then run wxps_verify_response on it. */
static int verify_answer(EVP_PKEY *priv, EVP_PKEY *pub, const char *ts, const char *nonce, const char *body,
                         const char *sig_override, int64_t now, wxps_error *err)
{
	wxps_buf msg, sig;
	int rc;

	wxps_buf_init(&msg);
	wxps_buf_init(&sig);
	wxps_buf_printf(&msg, "%s\n%s\n%s\n", ts ? ts : "", nonce ? nonce : "", body);
	wxps_rsa_sign(priv, msg.data, msg.len, &sig, err);
	wxps_error_clear(err);
	rc = wxps_verify_response(pub, ts, nonce, body, strlen(body), sig_override ? sig_override : sig.data, now, err);
	wxps_buf_free(&msg);
	wxps_buf_free(&sig);
	return rc;
}

static void check_answer_fails_(EVP_PKEY *priv, EVP_PKEY *pub, const char *ts, const char *nonce, const char *sig,
                                int64_t now, const char *want)
{
	wxps_error err;

	CHECK(verify_answer(priv, pub, ts, nonce, "{\"ok\":1}", sig, now, &err) == -1);
	CHECK(err.kind == WXPS_E_VERIFY);
	CHECK_STR(err.message, want);
	CHECK(ERR_peek_error() == 0);
}

static void test_verify_response(EVP_PKEY *priv, EVP_PKEY *pub, EVP_PKEY *other)
{
	const char *body = "{\"ok\":1}";
	wxps_error err;

	CHECK(verify_answer(priv, pub, "1700000000", "n1", body, NULL, 1700000000, &err) == 0);
	CHECK(err.kind == WXPS_OK);
	CHECK(verify_answer(priv, pub, "1700000000", "n1", "", NULL, 1700000300, &err) == 0);
	CHECK(verify_answer(priv, pub, "1700000300", "n1", body, NULL, 1700000000, &err) == 0);

	check_answer_fails(priv, pub, NULL, "n", NULL, 1700000000, "answer has no Wechatpay-Timestamp header");
	check_answer_fails(priv, pub, "", "n", NULL, 1700000000, "answer has no Wechatpay-Timestamp header");
	check_answer_fails(priv, pub, "1700000000", NULL, NULL, 1700000000, "answer has no Wechatpay-Nonce header");
	check_answer_fails(priv, pub, "1700000000", "n", "", 1700000000, "answer has no Wechatpay-Signature header");
	check_answer_fails(priv, pub, "17000x0000", "n", NULL, 1700000000,
	                   "answer Wechatpay-Timestamp \"17000x0000\" is not a number");
	check_answer_fails(priv, pub, "-1700000000", "n", NULL, 1700000000,
	                   "answer Wechatpay-Timestamp \"-1700000000\" is not a number");
	check_answer_fails(priv, pub, "1234567890123456789", "n", NULL, 1700000000,
	                   "answer Wechatpay-Timestamp \"1234567890123456789\" is not a number");
	check_answer_fails(priv, pub, "1700000000", "n", NULL, 1700000612,
	                   "answer timestamp is 612 s off the local clock (limit 300 s)");
	check_answer_fails(priv, pub, "1700000301", "n", NULL, 1700000000,
	                   "answer timestamp is 301 s off the local clock (limit 300 s)");
	check_answer_fails(priv, pub, "1700000000", "n", "Zm9vYmFy", 1700000000, "answer signature does not verify");
	check_answer_fails(priv, pub, "1700000000", "n", "@@@", 1700000000, "answer signature does not verify");
	check_answer_fails(priv, other, "1700000000", "n", NULL, 1700000000, "answer signature does not verify");

	/* Signed over another body. */
	{
		wxps_buf sig;
		const char *msg = "1700000000\nn\n{\"ok\":1}\n";

		wxps_buf_init(&sig);
		wxps_error_clear(&err);
		wxps_rsa_sign(priv, msg, strlen(msg), &sig, &err);
		CHECK(wxps_verify_response(pub, "1700000000", "n", body, strlen(body), sig.data, 1700000000, &err) ==
		      0);
		CHECK(wxps_verify_response(pub, "1700000000", "n", "{\"ok\":2}", 8, sig.data, 1700000000, &err) == -1);
		CHECK_STR(err.message, "answer signature does not verify");
		wxps_error_clear(&err);
		CHECK(wxps_verify_response(pub, "1700000000", "m", body, strlen(body), sig.data, 1700000000, &err) ==
		      -1);
		wxps_buf_free(&sig);
	}
}

/* ---- uri ---- */

static void check_segment_(const char *name, const char *want)
{
	wxps_buf out;

	wxps_buf_init(&out);
	wxps_buf_append_str(&out, "/");
	CHECK(wxps_segment_from_property(name, strlen(name), &out) == 0);
	CHECK(out.data[0] == '/');
	CHECK_STR(out.data + 1, want);
	wxps_buf_free(&out);
}

static void test_segments(void)
{
	check_segment("v3", "v3");
	check_segment("V3", "v3");
	check_segment("payscore", "payscore");
	check_segment("sendPendingmessage", "send-pendingmessage");
	check_segment("merchantService", "merchant-service");
	check_segment("MerchantService", "merchant-service");
	check_segment("serviceorder", "serviceorder");
	check_segment("_out_order_no_", "{out_order_no}");
	check_segment("_x_", "{x}");
	check_segment("_", "_");
	check_segment("__", "{}");
	check_segment("_a\nb_", "_a\nb_");
	check_segment("v3/merchantService/complaintsV2", "v3/merchant-service/complaints-v2");
	check_segment("/V3//Payscore/", "/-v3//-payscore/");
	check_segment("_out_/x_", "{out_/x}");
	check_segment("___", "{_}");
	check_segment("a_b", "a_b");
	/* As in wechatpay-php, capitals inside a placeholder are dashed too. */
	check_segment("_outOrderNo_", "{out-order-no}");
	check_segment("ABC", "a-b-c");
	check_segment("", "");
}

struct var {
	const char *name;
	const char *value;
};

static const struct var vars[] = {
    {"out_order_no", "1234323JKHDFE1243252"},
    {"dots", "../x"},
    {"dot", "."},
    {"dotdot", ".."},
    {"slash", "/"},
    {"question", "?"},
    {"hash", "#"},
    {"percent", "%"},
    {"space", "a b"},
    {"han", "\xe4\xb8\xad"},
    {"empty", ""},
    {"unreserved", "AZaz09-._~"},
    {"mixed", "a/b?c=d#e%2Fx%2f%zz%4 :@!$&'()*+,;=[]\xe4\xb8\xad"},
    {"a.b", "dotted"},
    {"a%2Fb", "pct"},
    {"missing", NULL},
};

static int lookup(void *ctx, const char *name, size_t len, const char **val, size_t *val_len)
{
	size_t i;

	*(int *)ctx += 1;
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		if (strlen(vars[i].name) == len && memcmp(vars[i].name, name, len) == 0 && vars[i].value) {
			*val = vars[i].value;
			*val_len = strlen(vars[i].value);
			return 1;
		}
	}
	return 0;
}

static void check_expand_(const char *tpl, const char *want)
{
	wxps_buf out;
	wxps_error err;
	int calls = 0;

	wxps_buf_init(&out);
	wxps_error_clear(&err);
	CHECK(wxps_uri_expand(tpl, strlen(tpl), lookup, &calls, &out, &err) == 0);
	CHECK(err.kind == WXPS_OK);
	CHECK_STR(out.data ? out.data : "", want);
	wxps_buf_free(&out);
}

static void check_expand_fails_(const char *tpl, const char *want)
{
	wxps_buf out;
	wxps_error err;
	int calls = 0;

	wxps_buf_init(&out);
	wxps_buf_append_str(&out, "https://x/");
	wxps_error_clear(&err);
	CHECK(wxps_uri_expand(tpl, strlen(tpl), lookup, &calls, &out, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_STR(err.message, want);
	/* A failed expansion leaves the buffer as it found it. */
	CHECK_STR(out.data, "https://x/");
	wxps_buf_free(&out);
}

static void test_expand(void)
{
	check_expand("v3/payscore/serviceorder/{out_order_no}/pay",
	             "v3/payscore/serviceorder/1234323JKHDFE1243252/pay");
	check_expand("v3/x/{dots}/pay", "v3/x/..%2Fx/pay");
	check_expand("v3/x/{dot}/{dotdot}/pay", "v3/x/%2E/%2E%2E/pay");
	check_expand("{+dotdot}", "..");
	check_expand("{slash}", "%2F");
	check_expand("{question}", "%3F");
	check_expand("{hash}", "%23");
	check_expand("{percent}", "%25");
	check_expand("{space}", "a%20b");
	check_expand("{han}", "%E4%B8%AD");
	check_expand("a/{empty}/b", "a//b");
	check_expand("{unreserved}", "AZaz09-._~");
	check_expand("{mixed}", "a%2Fb%3Fc%3Dd%23e%252Fx%252f%25zz%254%20%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D"
	                        "%5B%5D%E4%B8%AD");
	check_expand_fails("{+mixed}",
	                   "the value of {+mixed} contains '#', which cannot be sent in a path; encode it as %23");
	check_expand("{+dots}", "../x");
	check_expand("{+han}", "%E4%B8%AD");
	check_expand("{+percent}", "%25");
	check_expand("{a.b}/{a%2Fb}", "dotted/pct");
	check_expand("{slash}{hash}", "%2F%23");
	check_expand("a}b/{empty}}", "a%7Db/%7D");
	check_expand("v3/中/a b/\t/100%/ok%41/\"<>\\^`|", "v3/%E4%B8%AD/a%20b/%09/100%25/ok%41/%22%3C%3E%5C%5E%60%7C");
	check_expand("v3/x?a=1&b=:@!$'()*+,;=[]", "v3/x?a=1&b=:@!$'()*+,;=[]");
	check_expand_fails("v3/x#frag", "the path contains '#', which cannot be sent in a path; encode it as %23");
	check_expand("no/expressions", "no/expressions");
	check_expand("", "");

	check_expand_fails("v3/{missing}/x", "missing value for URI template variable \"missing\"");
	check_expand_fails("{+missing}", "missing value for URI template variable \"missing\"");
	check_expand_fails("{out_order}", "missing value for URI template variable \"out_order\"");
	check_expand_fails("{a b}", "invalid URI template expression \"{a b}\"");
	check_expand_fails("x/{}", "invalid URI template expression \"{}\"");
	check_expand_fails("{+}", "invalid URI template expression \"{+}\"");
	check_expand_fails("x/{abc", "invalid URI template expression \"{abc\"");
	check_expand_fails("{", "invalid URI template expression \"{\"");
	check_expand_fails("{#hash}", "invalid URI template expression \"{#hash}\"");
	check_expand_fails("{/slash}", "invalid URI template expression \"{/slash}\"");
	check_expand_fails("{?q}", "invalid URI template expression \"{?q}\"");
	check_expand_fails("{.x}", "invalid URI template expression \"{.x}\"");
	check_expand_fails("{;x}", "invalid URI template expression \"{;x}\"");
	check_expand_fails("{&x}", "invalid URI template expression \"{&x}\"");
	check_expand_fails("{x,y}", "invalid URI template expression \"{x,y}\"");
	check_expand_fails("{x*}", "invalid URI template expression \"{x*}\"");
	check_expand_fails("{x:3}", "invalid URI template expression \"{x:3}\"");
	check_expand_fails("{a..b}", "invalid URI template expression \"{a..b}\"");
	check_expand_fails("{a.}", "invalid URI template expression \"{a.}\"");
	check_expand_fails("{a%2}", "invalid URI template expression \"{a%2}\"");
	check_expand_fails("{a{b}", "invalid URI template expression \"{a{b}\"");
	check_expand_fails("{++x}", "invalid URI template expression \"{++x}\"");
	check_expand_fails("{\xe4\xb8\xad}", "invalid URI template expression \"{\xe4\xb8\xad}\"");
}

static void test_expand_misc(void)
{
	wxps_buf out;
	wxps_error err;

	/* No lookup at all: every variable is missing. */
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	CHECK(wxps_uri_expand("{x}", 3, NULL, NULL, &out, &err) == -1);
	CHECK_STR(err.message, "missing value for URI template variable \"x\"");

	/* The template length bounds the parse: nothing past it is read. */
	wxps_error_clear(&err);
	CHECK(wxps_uri_expand("ab{x}", 2, NULL, NULL, &out, &err) == 0);
	CHECK_STR(out.data, "ab");

	wxps_buf_reset(&out);
	CHECK(wxps_percent_encode("%2f%G1 /", 8, 1, &out) == 0);
	CHECK_STR(out.data, "%2f%25G1%20/");
	wxps_buf_reset(&out);
	CHECK(wxps_percent_encode("%2f%G1 /", 8, 0, &out) == 0);
	CHECK_STR(out.data, "%252f%25G1%20%2F");
	wxps_buf_reset(&out);
	CHECK(wxps_percent_encode("a\0b\xff", 4, 0, &out) == 0);
	CHECK_STR(out.data, "a%00b%FF");
	wxps_buf_free(&out);
}

/* The same text twice gives the same parsed key; a private and a public load never mix. */
static void test_key_cache(void)
{
	wxps_error err;
	const char *uri = file_uri("priv_pkcs8.pem");
	EVP_PKEY *a, *b, *c;

	wxps_error_clear(&err);
	a = wxps_key_load_private(uri, strlen(uri), &err);
	b = wxps_key_load_private(uri, strlen(uri), &err);
	CHECK(a != NULL && a == b);
	uri = file_uri("pub_spki.pem");
	c = wxps_key_load_public(uri, strlen(uri), &err);
	CHECK(c != NULL && c != a);
	wxps_key_free(a);
	wxps_key_free(b);
	wxps_key_free(c);
	wxps_key_cache_clear();
	uri = file_uri("priv_pkcs8.pem");
	a = wxps_key_load_private(uri, strlen(uri), &err);
	CHECK(is_rsa_2048(a));
	wxps_key_free(a);
}

static void test_header_rules(void)
{
	CHECK(wxps_header_name_ok("Wechatpay-Serial", 16));
	CHECK(wxps_header_name_ok("x!#$%&'*+-.^_`|~9", 17));
	CHECK(!wxps_header_name_ok("", 0));
	CHECK(!wxps_header_name_ok("Bad Name", 8));
	CHECK(!wxps_header_name_ok("Name:", 5));
	CHECK(!wxps_header_name_ok("Na\"me", 5));
	CHECK(!wxps_header_name_ok("N\xc3\xa9", 3));
	CHECK(!wxps_header_name_ok("N\0", 2));
	CHECK(wxps_header_value_ok("", 0));
	CHECK(wxps_header_value_ok("a b\tc \"d\" \xe4\xb8\xad", 13));
	CHECK(!wxps_header_value_ok("a\r\nX-Injected: 1", 18));
	CHECK(!wxps_header_value_ok("a\nb", 3));
	CHECK(!wxps_header_value_ok("a\0b", 3));
	CHECK(!wxps_header_value_ok("a\x01", 2));
	CHECK(!wxps_header_value_ok("a\x7f", 2));
	CHECK(wxps_header_quotable("1900000001", 10));
	CHECK(!wxps_header_quotable("", 0));
	CHECK(!wxps_header_quotable("19\"00", 5));
	CHECK(!wxps_header_quotable("19\\00", 5));
	CHECK(!wxps_header_quotable("19\t00", 5));
}

static void check_kind_(const char *method, const char *path, wxps_answer_kind want)
{
	CHECK(wxps_answer_kind_of(method, path, strlen(path)) == want);
}
#define check_kind(...) AT(check_kind_(__VA_ARGS__))

static void test_answer_kinds(void)
{
	check_kind("GET", "/v3/billdownload/file", WXPS_ANSWER_UNSIGNED);
	check_kind("GET", "/v3/payscore/bill/downloadurl", WXPS_ANSWER_UNSIGNED);
	check_kind("GET", "/v3/bill/downloadurl", WXPS_ANSWER_UNSIGNED);
	check_kind("GET", "/v3/merchant-service/images/ChsyMzU2", WXPS_ANSWER_UNSIGNED);
	check_kind("GET", "/v3/merchant-service/images/a%20b", WXPS_ANSWER_UNSIGNED);
	check_kind("GET", "/v3/global/statements", WXPS_ANSWER_STATEMENT);
	check_kind("GET", "/hk/v3/statements", WXPS_ANSWER_STATEMENT);

	check_kind("POST", "/v3/billdownload/file", WXPS_ANSWER_SIGNED);
	check_kind("get", "/v3/billdownload/file", WXPS_ANSWER_SIGNED);
	check_kind("POST", "/v3/merchant-service/images/upload", WXPS_ANSWER_SIGNED);
	check_kind("POST", "/v3/merchant-service/images/x", WXPS_ANSWER_SIGNED);
	check_kind("POST", "/v3/global/statements", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/upload", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/%75pload", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/x/y", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/..", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/.", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/%2E%2e", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/.%2E", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/%2E", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/a%2Fb", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/a%5cb", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/a%00", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/a%2", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/a\\b", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/merchant-service/images/../../payscore/serviceorder", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/billdownload/file/", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/billdownload/files", WXPS_ANSWER_SIGNED);
	check_kind("GET", "v3/billdownload/file", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/prefix/v3/billdownload/file", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/V3/BILLDOWNLOAD/FILE", WXPS_ANSWER_SIGNED);
	check_kind("GET", "/v3/statements", WXPS_ANSWER_SIGNED);
	check_kind("GET", "", WXPS_ANSWER_SIGNED);
}

int main(int argc, char **argv)
{
	EVP_PKEY *priv, *pub, *cert, *other;

	if (argc != 2) {
		fprintf(stderr, "usage: %s KEYDIR (see tests/core/run.sh)\n", argv[0]);
		return 2;
	}
	keydir = argv[1];

	test_buf();
	test_base64();
	test_nonce();
	test_keys_good();
	test_keys_files();
	test_keys_bad();
	test_keys_queue_and_ref();
	test_key_cache();

	priv = load(1, "priv_pkcs8.pem");
	pub = load(0, "pub_spki.pem");
	cert = load(0, "cert.pem");
	other = load(0, "other_spki.pem");
	test_sign_verify(priv, pub, cert, other);
	test_sign_request(priv, pub);
	test_verify_response(priv, pub, other);
	wxps_key_free(priv);
	wxps_key_free(pub);
	wxps_key_free(cert);
	wxps_key_free(other);

	test_answer_kinds();
	test_header_rules();
	test_segments();
	test_expand();
	test_expand_misc();

	wxps_sign_cache_shutdown();
	wxps_key_cache_shutdown();
	return check_summary("core");
}
