/* Unit tests of the crypto toolkit of the core: AES-256-GCM, APIv2 digests, Formatter strings,
 * RSA encryption and key forms, callback checks. Run through tests/core/run.sh, which makes the
 * keys and the openssl-tool reference values this program reads from argv[1]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "wxps_aes.h"
#include "wxps_certs.h"
#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_format.h"
#include "wxps_hash.h"
#include "wxps_keys.h"
#include "wxps_notify.h"
#include "wxps_rsa.h"
#include "wxps_sign.h"

#include "check.h"

static const char *keydir;

/* A file of the key directory, NUL-terminated, trailing newline dropped. */
static char *slurp(const char *name, size_t *len)
{
	size_t size;
	char *data = test_input(keydir, name, &size);

	while (size > 0 && data[size - 1] == '\n') {
		size--;
	}
	data[size] = '\0';
	if (len) {
		*len = size;
	}
	return data;
}

static EVP_PKEY *load(int private_key, const char *name)
{
	wxps_error err;
	size_t len;
	char *text = slurp(name, &len);
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = wxps_key_load_any(text, len, private_key, &err);
	free(text);
	if (!k) {
		fprintf(stderr, "cannot load %s: %s\n", name, err.message);
		exit(2);
	}
	return k;
}

static size_t unhex(const char *hex, unsigned char *out)
{
	size_t n = 0;
	unsigned int byte;

	while (hex[0] && hex[1] && sscanf(hex, "%2x", &byte) == 1) {
		out[n++] = (unsigned char)byte;
		hex += 2;
	}
	return n;
}

/* ---- AES-256-GCM ---- */

/* Test case 16 of the GCM specification (McGrew and Viega): AES-256, 60 bytes, 20 bytes of AAD. */
static void test_aes_vector(void)
{
	unsigned char key[32], iv[12], aad[20], plain[60], want[76];
	wxps_aes_gcm job = {key, 32, iv, 12, aad, 20};
	wxps_buf enc, dec, ref;
	wxps_error err;

	unhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308", key);
	unhex("cafebabefacedbaddecaf888", iv);
	unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2", aad);
	unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
	      "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
	      plain);
	unhex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
	      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
	      "76fc6ece0f4e1768cddf8853bb2d551b",
	      want);
	wxps_buf_init(&enc);
	wxps_buf_init(&dec);
	wxps_buf_init(&ref);
	wxps_error_clear(&err);
	CHECK(wxps_base64_encode(want, sizeof(want), &ref) == 0);
	CHECK(wxps_aes_gcm_encrypt(&job, (const char *)plain, sizeof(plain), &enc, &err) == 0);
	CHECK_STR(enc.data, ref.data);
	CHECK(wxps_aes_gcm_decrypt(&job, ref.data, ref.len, &dec, &err) == 0);
	CHECK(dec.len == sizeof(plain) && memcmp(dec.data, plain, sizeof(plain)) == 0);
	CHECK(err.kind == WXPS_OK);
	wxps_buf_free(&enc);
	wxps_buf_free(&dec);
	wxps_buf_free(&ref);
}

static void check_aes_rejects(const wxps_aes_gcm *job, const char *b64, const char *want)
{
	wxps_buf dec;
	wxps_error err;

	wxps_buf_init(&dec);
	wxps_buf_append_str(&dec, "keep");
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_decrypt(job, b64, strlen(b64), &dec, &err) == -1);
	CHECK(err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, want);
	/* No unauthenticated byte is left behind. */
	CHECK_STR(dec.data, "keep");
	wxps_buf_free(&dec);
}

static void test_aes_tamper(void)
{
	const char *key = "0123456789abcdef0123456789ABCDEF", *iv = "nonce1234567", *aad = "transaction";
	wxps_aes_gcm job = {(const unsigned char *)key, 32, (const unsigned char *)iv, 12,
	                    (const unsigned char *)aad, 11};
	wxps_aes_gcm other = job;
	wxps_buf enc, dec;
	wxps_error err;
	char *bad;
	size_t i;

	wxps_buf_init(&enc);
	wxps_buf_init(&dec);
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_encrypt(&job, "{\"out_order_no\":\"1234\"}", 23, &enc, &err) == 0);
	CHECK(wxps_aes_gcm_decrypt(&job, enc.data, enc.len, &dec, &err) == 0);
	CHECK_STR(dec.data, "{\"out_order_no\":\"1234\"}");

	/* Each byte of the input matters: flip one character of the base64 at a time. */
	bad = strdup(enc.data);
	for (i = 0; i + 2 < enc.len; i += 5) {
		bad[i] = bad[i] == 'A' ? 'B' : 'A';
		check_aes_rejects(&job, bad, "does not authenticate");
		bad[i] = enc.data[i];
	}
	free(bad);
	other.key = (const unsigned char *)"1123456789abcdef0123456789ABCDEF";
	check_aes_rejects(&other, enc.data, "does not authenticate");
	other = job;
	other.iv = (const unsigned char *)"nonce1234568";
	check_aes_rejects(&other, enc.data, "does not authenticate");
	other = job;
	other.aad_len = 10;
	check_aes_rejects(&other, enc.data, "does not authenticate");
	check_aes_rejects(&job, "not base64!", "not base64");
	check_aes_rejects(&job, "AAAA", "shorter than its 16-byte tag");

	other = job;
	other.key_len = 31;
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_encrypt(&other, "x", 1, &enc, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, "32 bytes, 31 given");
	other = job;
	other.iv_len = 0;
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_decrypt(&other, enc.data, enc.len, &dec, &err) == -1);
	CHECK_HAS(err.message, "nonce (iv) must be 1 to 128 bytes, 0 given");
	{
		unsigned char long_iv[129] = {0};
		other = job;
		other.iv = long_iv;
		other.iv_len = sizeof(long_iv);
		wxps_error_clear(&err);
		CHECK(wxps_aes_gcm_encrypt(&other, "x", 1, &enc, &err) == -1);
		CHECK(err.kind == WXPS_E_ARGUMENT);
		CHECK_HAS(err.message, "nonce (iv) must be 1 to 128 bytes, 129 given");
	}
	wxps_buf_free(&enc);
	wxps_buf_free(&dec);
}

static void test_aes_lengths(void)
{
	static char plain[200000];
	const char *key = "0123456789abcdef0123456789ABCDEF";
	wxps_aes_gcm job = {(const unsigned char *)key, 32, (const unsigned char *)"a 16-byte nonce!", 16, NULL, 0};
	wxps_buf enc, dec;
	wxps_error err;
	size_t n, i;
	int ok = 1;

	for (i = 0; i < sizeof(plain); i++) {
		plain[i] = (char)(i * 7 + 3);
	}
	/* Empty, around a block, and across the 64 KiB slices. */
	for (n = 0; n <= sizeof(plain); n += n < 40 ? 1 : 65537) {
		wxps_buf_init(&enc);
		wxps_buf_init(&dec);
		wxps_error_clear(&err);
		if (wxps_aes_gcm_encrypt(&job, plain, n, &enc, &err) != 0 ||
		    wxps_aes_gcm_decrypt(&job, enc.data, enc.len, &dec, &err) != 0 || dec.len != n ||
		    (n && memcmp(dec.data, plain, n) != 0)) {
			ok = 0;
			fprintf(stderr, "AES round trip failed at length %zu: %s\n", n, err.message);
		}
		wxps_buf_free(&enc);
		wxps_buf_free(&dec);
	}
	CHECK(ok);
}

/* ---- APIv2 digests ---- */

static void test_hash(void)
{
	const char *data = "appid=wx1&mch_id=1900000001&nonce_str=abc";
	char *hmac = slurp("apiv2_hmac.hex", NULL), *md5 = slurp("apiv2_md5.hex", NULL);
	char *hmac512 = slurp("apiv2_hmac512.hex", NULL);
	wxps_buf out;

	wxps_buf_init(&out);
	CHECK(wxps_apiv2_md5("abc", 3, "", 0, 0, &out) == 0);
	CHECK_STR(out.data, "900150983cd24fb0d6963f7d28e17f72");
	wxps_buf_reset(&out);
	/* "0" is no key, as PHP's truth in the SDK has it; "00" is one. */
	CHECK(wxps_apiv2_md5("abc", 3, "0", 1, 0, &out) == 0);
	CHECK_STR(out.data, "900150983cd24fb0d6963f7d28e17f72");
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_md5("abc&key=00", 10, "", 0, 0, &out) == 0);
	{
		wxps_buf two;
		wxps_buf_init(&two);
		CHECK(wxps_apiv2_md5("abc", 3, "00", 2, 0, &two) == 0);
		CHECK_STR(two.data, out.data);
		wxps_buf_free(&two);
	}
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_md5(data, strlen(data), "SECRET", 6, 0, &out) == 0);
	CHECK_STR(out.data, md5);
	wxps_buf_reset(&out);
	/* A WeCom agency secret is joined as "&secret=": md5("abc&secret=K"). */
	CHECK(wxps_apiv2_md5("abc&secret=K", 12, "", 0, 0, &out) == 0);
	{
		wxps_buf agency;
		wxps_buf_init(&agency);
		CHECK(wxps_apiv2_md5("abc", 3, "K", 1, 1, &agency) == 0);
		CHECK_STR(agency.data, out.data);
		wxps_buf_free(&agency);
	}

	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_hmac("sha256", data, strlen(data), "SECRET", 6, &out) == 0);
	CHECK_STR(out.data, hmac);
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_hmac("SHA512", data, strlen(data), "SECRET", 6, &out) == 0);
	CHECK_STR(out.data, hmac512);
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_hmac("no-such-digest", data, strlen(data), "SECRET", 6, &out) == 1);
	CHECK(wxps_apiv2_hmac("shake128", data, strlen(data), "SECRET", 6, &out) == 1);
	CHECK(wxps_apiv2_hmac("", data, strlen(data), "SECRET", 6, &out) == 1);
	CHECK(out.len == 0);
	CHECK(ERR_peek_error() == 0);

	CHECK(wxps_apiv2_sign("HMAC-SHA256", data, strlen(data), "SECRET", 6, &out) == 0);
	CHECK(out.len == 64 && strspn(out.data, "0123456789ABCDEF") == 64);
	{
		size_t i;
		for (i = 0; i < 64; i++) {
			hmac[i] = (char)(hmac[i] >= 'a' ? hmac[i] - 'a' + 'A' : hmac[i]);
		}
	}
	CHECK_STR(out.data, hmac);
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_sign("MD5", "abc", 3, "", 0, &out) == 0);
	CHECK_STR(out.data, "900150983CD24FB0D6963F7D28E17F72");
	wxps_buf_reset(&out);
	CHECK(wxps_apiv2_sign("hmac-sha256", "abc", 3, "K", 1, &out) == 1);
	CHECK(wxps_apiv2_sign("SHA256", "abc", 3, "K", 1, &out) == 1);
	CHECK(out.len == 0);

	CHECK(wxps_equals("abc", 3, "abc", 3) == 1);
	CHECK(wxps_equals("", 0, "", 0) == 1);
	CHECK(wxps_equals("abc", 3, "abd", 3) == 0);
	CHECK(wxps_equals("abc", 3, "abcd", 4) == 0);
	CHECK(wxps_equals("a\0b", 3, "a\0c", 3) == 0);
	wxps_buf_free(&out);
	free(hmac);
	free(md5);
	free(hmac512);
}

#define KV(k, v)                                             \
	{                                                    \
		{k, sizeof(k) - 1}, {v, sizeof(v) - 1}, 0, 0 \
	}

static void test_format(void)
{
	wxps_str pieces[3] = {{"GET", 3}, {"/v3/x?a=1", 9}, {"a\0b", 3}};
	wxps_str auth[5] = {{"19", 2}, {"N", 1}, {"S==", 3}, {"17", 2}, {"SER", 3}};
	static const char auth_nul[] = "WECHATPAY2-SHA256-RSA2048 mchid=\"a\0b\",serial_no=\"SER\",timestamp=\"17\","
	                               "nonce_str=\"N\",signature=\"S==\"";
	wxps_kv kv[] = {KV("sign", "X"), KV("b", "2"),    KV("a", "1"),
	                KV("B", "3"),    KV("empty", ""), KV("a1", "4"),
	                KV("10", "5"),   KV("9", "6"),    {{"nil", 3}, {NULL, 0}, 1, 0}};
	/* An empty value kept (PHP false) is "k="; a null is left out even if marked so. */
	wxps_kv kept[] = {{{"f", 1}, {"", 0}, 0, 1}, KV("e", ""), {{"n", 1}, {NULL, 0}, 1, 1}, KV("x", "1")};
	wxps_buf out;

	wxps_buf_init(&out);
	CHECK(wxps_join_lf(pieces, 3, &out) == 0);
	CHECK(out.len == 18 && memcmp(out.data, "GET\n/v3/x?a=1\na\0b\n", 18) == 0);
	wxps_buf_reset(&out);
	CHECK(wxps_join_lf(pieces, 0, &out) == 0);
	CHECK_STR(out.data, "");
	wxps_buf_reset(&out);
	/* wechatpay-php's order, whatever the order of the arguments. */
	CHECK(wxps_format_authorization(auth[0], auth[1], auth[2], auth[3], auth[4], &out) == 0);
	CHECK_STR(out.data, "WECHATPAY2-SHA256-RSA2048 mchid=\"19\",serial_no=\"SER\",timestamp=\"17\","
	                    "nonce_str=\"N\",signature=\"S==\"");
	/* NULs are kept, as PHP's sprintf("%s") keeps them. */
	wxps_buf_reset(&out);
	CHECK(wxps_format_authorization(pieces[2], auth[1], auth[2], auth[3], auth[4], &out) == 0);
	CHECK(out.len == sizeof(auth_nul) - 1 && memcmp(out.data, auth_nul, out.len) == 0);

	wxps_buf_reset(&out);
	CHECK(wxps_query_string_like(kv, sizeof(kv) / sizeof(kv[0]), &out) == 0);
	CHECK_STR(out.data, "b=2&a=1&B=3&a1=4&10=5&9=6");
	wxps_kv_sort(kv, sizeof(kv) / sizeof(kv[0]));
	wxps_buf_reset(&out);
	CHECK(wxps_query_string_like(kv, sizeof(kv) / sizeof(kv[0]), &out) == 0);
	/* Byte order: digits, then upper case, then lower case; "10" before "9". */
	CHECK_STR(out.data, "10=5&9=6&B=3&a=1&a1=4&b=2");
	CHECK(strcmp(kv[0].key.data, "10") == 0 && strcmp(kv[8].key.data, "sign") == 0);
	wxps_buf_reset(&out);
	CHECK(wxps_query_string_like(kept, sizeof(kept) / sizeof(kept[0]), &out) == 0);
	CHECK_STR(out.data, "f=&x=1");
	wxps_buf_free(&out);
}

static void test_sign_params(void)
{
	wxps_kv kv[] = {KV("nonce_str", "abc"), KV("sign", "OLD"), KV("mch_id", "1900000001"), KV("appid", "wx1"),
	                KV("blank", "")};
	char *hmac = slurp("apiv2_hmac.hex", NULL);
	wxps_buf out;
	size_t i;

	for (i = 0; hmac[i]; i++) {
		hmac[i] = (char)(hmac[i] >= 'a' ? hmac[i] - 'a' + 'A' : hmac[i]);
	}
	wxps_buf_init(&out);
	CHECK(wxps_apiv2_sign_params("HMAC-SHA256", kv, 5, "SECRET", 6, &out) == 0);
	CHECK_STR(out.data, hmac);
	wxps_buf_free(&out);
	free(hmac);
}

/* ---- RSA ---- */

static void test_rsa_crypt(EVP_PKEY *priv, EVP_PKEY *pub, EVP_PKEY *other_priv)
{
	char *oaep = slurp("oaep.b64", NULL), *pkcs1 = slurp("pkcs1.b64", NULL), long_plain[300];
	wxps_buf enc, dec;
	wxps_error err;

	wxps_buf_init(&enc);
	wxps_buf_init(&dec);
	wxps_error_clear(&err);
	/* Ciphertexts the openssl tool made decrypt with our code. */
	CHECK(wxps_rsa_decrypt(priv, WXPS_RSA_OAEP_PADDING, oaep, strlen(oaep), &dec, &err) == 0);
	CHECK_STR(dec.data, "secret message");
	/* A genuine PKCS#1 v1.5 ciphertext is refused before any decryption: no padding oracle. */
	wxps_buf_reset(&dec);
	CHECK(wxps_rsa_decrypt(priv, WXPS_RSA_PKCS1_PADDING, pkcs1, strlen(pkcs1), &dec, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, "OPENSSL_PKCS1_PADDING (PKCS#1 v1.5) is refused");
	CHECK(dec.len == 0);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_decrypt(priv, WXPS_RSA_OAEP_PADDING, pkcs1, strlen(pkcs1), &dec, &err) == -1);
	CHECK(err.kind == WXPS_E_VERIFY);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_check_padding(WXPS_RSA_OAEP_PADDING, &err) == 0);
	CHECK(wxps_rsa_check_padding(4LL + (1LL << 32), &err) == -1);
	CHECK_HAS(err.message, "padding 4294967300 is not supported");
	wxps_error_clear(&err);

	/* OAEP is randomized: two encryptions differ, both decrypt. */
	CHECK(wxps_rsa_encrypt(pub, WXPS_RSA_OAEP_PADDING, "张三", 6, &enc, &err) == 0);
	CHECK(enc.len == 344);
	wxps_buf_reset(&dec);
	CHECK(wxps_rsa_decrypt(priv, WXPS_RSA_OAEP_PADDING, enc.data, enc.len, &dec, &err) == 0);
	CHECK_STR(dec.data, "张三");
	wxps_buf_reset(&dec);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_decrypt(other_priv, WXPS_RSA_OAEP_PADDING, enc.data, enc.len, &dec, &err) == -1);
	CHECK(err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, "does not decrypt");
	CHECK(dec.len == 0);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_decrypt(priv, WXPS_RSA_OAEP_PADDING, "!!", 2, &dec, &err) == -1);
	CHECK_HAS(err.message, "not base64");
	wxps_error_clear(&err);
	CHECK(wxps_rsa_decrypt(pub, WXPS_RSA_OAEP_PADDING, enc.data, enc.len, &dec, &err) == -1);
	CHECK_HAS(err.message, "needs a private key");

	wxps_buf_reset(&enc);
	wxps_error_clear(&err);
	memset(long_plain, 'x', sizeof(long_plain));
	CHECK(wxps_rsa_encrypt(pub, WXPS_RSA_OAEP_PADDING, long_plain, 214, &enc, &err) == 0);
	wxps_buf_reset(&enc);
	CHECK(wxps_rsa_encrypt(pub, WXPS_RSA_OAEP_PADDING, long_plain, 215, &enc, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, "at most 214 with OAEP");
	wxps_error_clear(&err);
	CHECK(wxps_rsa_encrypt(pub, WXPS_RSA_PKCS1_PADDING, long_plain, 10, &enc, &err) == -1);
	CHECK_HAS(err.message, "is refused");
	CHECK(enc.len == 0);
	wxps_error_clear(&err);
	CHECK(wxps_rsa_encrypt(pub, 3, "x", 1, &enc, &err) == -1);
	CHECK_HAS(err.message, "padding 3 is not supported");
	CHECK(enc.len == 0);
	CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&enc);
	wxps_buf_free(&dec);
	free(oaep);
	free(pkcs1);
}

static void check_scheme_fails(int private_key, const char *src, const char *want)
{
	wxps_error err;
	EVP_PKEY *k;

	wxps_error_clear(&err);
	k = wxps_key_load_any(src, strlen(src), private_key, &err);
	CHECK(k == NULL);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, want);
	wxps_key_free(k);
}

static char *with_scheme(const char *scheme, const char *file)
{
	char *b64 = slurp(file, NULL), *s = malloc(strlen(scheme) + strlen(b64) + 1);

	strcpy(s, scheme);
	strcat(s, b64);
	free(b64);
	return s;
}

static void test_key_schemes(EVP_PKEY *priv)
{
	const char *good[][3] = {{"private.pkcs1://", "priv_pkcs1.b64", "1"},
	                         {"private.pkcs8://", "priv_pkcs8.b64", "1"},
	                         {"public.pkcs1://", "pub_pkcs1.b64", "0"},
	                         {"public.spki://", "pub_spki.b64", "0"}};
	const char *sibling[][2] = {{"private.pkcs1://", "priv_pkcs8.b64"},
	                            {"private.pkcs8://", "priv_pkcs1.b64"},
	                            {"public.pkcs1://", "pub_spki.b64"},
	                            {"public.spki://", "pub_pkcs1.b64"}};
	size_t i;
	char *src;
	wxps_error err;
	EVP_PKEY *k;

	for (i = 0; i < 4; i++) {
		src = with_scheme(good[i][0], good[i][1]);
		wxps_error_clear(&err);
		k = wxps_key_load_any(src, strlen(src), good[i][2][0] == '1', &err);
		CHECK(k != NULL && EVP_PKEY_eq(k, priv) == 1);
		CHECK(k != NULL && wxps_key_is_private(k) == (good[i][2][0] == '1'));
		if (!k) {
			fprintf(stderr, "  (%s: %s)\n", good[i][0], err.message);
		}
		wxps_key_free(k);
		free(src);

		/* The named structure is a hint: its sibling is read as well. */
		src = with_scheme(sibling[i][0], sibling[i][1]);
		k = wxps_key_load_any(src, strlen(src), sibling[i][0][1] == 'r', &err);
		CHECK(k != NULL && EVP_PKEY_eq(k, priv) == 1);
		wxps_key_free(k);
		free(src);
	}
	src = with_scheme("public.spki://", "pub_spki.b64");
	check_scheme_fails(1, src, "\"public.spki://\" holds a public key, a private key is wanted");
	free(src);
	check_scheme_fails(1, "private.pkcs8://", "must be followed by base64 DER");
	check_scheme_fails(1, "private.pkcs8://AAAA", "not a valid RSA private key");
	src = with_scheme("public.spki://", "priv_pkcs8.b64");
	check_scheme_fails(0, src, "not a valid RSA public key");
	free(src);
	check_scheme_fails(0, "public.spki://AAAA\n-----END PUBLIC KEY-----\n-----BEGIN PUBLIC KEY-----\nAAAA",
	                   "must be followed by base64 DER");
	CHECK(ERR_peek_error() == 0);
}

static void test_key_export(EVP_PKEY *priv, EVP_PKEY *pub)
{
	wxps_buf pem;
	wxps_error err;
	EVP_PKEY *k;
	char *spki = slurp("pub_spki.b64", NULL), *pkcs1 = slurp("pub_pkcs1.b64", NULL);

	wxps_buf_init(&pem);
	wxps_error_clear(&err);
	CHECK(wxps_key_is_private(priv) == 1 && wxps_key_is_private(pub) == 0);
	CHECK(wxps_key_bits(pub) == 2048);
	CHECK(wxps_key_to_pem(priv, 1, &pem, &err) == 0);
	CHECK(strncmp(pem.data, "-----BEGIN PRIVATE KEY-----\n", 28) == 0);
	k = wxps_key_load_private(pem.data, pem.len, &err);
	CHECK(k && EVP_PKEY_eq(k, priv) == 1 && wxps_key_is_private(k));
	wxps_key_free(k);
	wxps_buf_reset(&pem);
	CHECK(wxps_key_to_pem(priv, 0, &pem, &err) == 0);
	CHECK(strncmp(pem.data, "-----BEGIN PUBLIC KEY-----\n", 27) == 0);
	k = wxps_key_load_public(pem.data, pem.len, &err);
	CHECK(k && EVP_PKEY_eq(k, pub) == 1 && !wxps_key_is_private(k));
	wxps_key_free(k);
	wxps_buf_reset(&pem);
	CHECK(wxps_key_to_pem(pub, 1, &pem, &err) == -1);
	CHECK_HAS(err.message, "no private key");

	wxps_buf_reset(&pem);
	wxps_error_clear(&err);
	CHECK(wxps_pkcs1_to_spki(pkcs1, strlen(pkcs1), &pem, &err) == 0);
	CHECK_STR(pem.data, spki);
	wxps_buf_reset(&pem);
	CHECK(wxps_pkcs1_to_spki(spki, strlen(spki), &pem, &err) == 0);
	CHECK_STR(pem.data, spki);
	wxps_buf_reset(&pem);
	CHECK(wxps_pkcs1_to_spki("AAAA", 4, &pem, &err) == -1);
	CHECK(err.kind == WXPS_E_ARGUMENT);
	wxps_error_clear(&err);
	CHECK(wxps_pkcs1_to_spki("*", 1, &pem, &err) == -1);
	CHECK_HAS(err.message, "not a base64 PKCS#1");
	CHECK(pem.len == 0);
	CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&pem);
	free(spki);
	free(pkcs1);
}

/* ---- notifications ---- */

static void set_header(wxps_notify_headers *h, wxps_notify_header which, const char *v)
{
	h->value[which].data = v;
	h->value[which].len = v ? strlen(v) : 0;
}

static void test_notify_headers(void)
{
	wxps_notify_headers h;
	wxps_error err;
	int i;

	CHECK(wxps_notify_header_of("Wechatpay-Signature", 19) == WXPS_NH_SIGNATURE);
	CHECK(wxps_notify_header_of("wechatpay-serial", 16) == WXPS_NH_SERIAL);
	CHECK(wxps_notify_header_of("HTTP_WECHATPAY_TIMESTAMP", 24) == WXPS_NH_TIMESTAMP);
	CHECK(wxps_notify_header_of("http-wechatpay-nonce", 20) == WXPS_NH_NONCE);
	CHECK(wxps_notify_header_of("WECHATPAY_SIGNATURE_TYPE", 24) == WXPS_NH_SIGNATURE_TYPE);
	CHECK(wxps_notify_header_of("Wechatpay-Signature ", 20) == WXPS_NH_NONE);
	CHECK(wxps_notify_header_of("X-Wechatpay-Serial", 18) == WXPS_NH_NONE);
	CHECK(wxps_notify_header_of("HTTP_", 5) == WXPS_NH_NONE);
	CHECK(wxps_notify_header_of("Wechatpay-Serial\0x", 18) == WXPS_NH_NONE);

	memset(&h, 0, sizeof(h));
	set_header(&h, WXPS_NH_TIMESTAMP, "1700000000");
	set_header(&h, WXPS_NH_NONCE, "n");
	set_header(&h, WXPS_NH_SIGNATURE, "s");
	set_header(&h, WXPS_NH_SERIAL, "x");
	wxps_error_clear(&err);
	CHECK(wxps_notify_check_headers(&h, 1700000300, &err) == WXPS_NOTIFY_OK);
	CHECK(wxps_notify_check_headers(&h, 1699999700, &err) == WXPS_NOTIFY_OK);
	CHECK(wxps_notify_check_headers(&h, 1700000301, &err) == WXPS_NOTIFY_STALE_TIMESTAMP);
	CHECK_HAS(err.message, "301 s off the local clock (limit 300 s)");
	wxps_error_clear(&err);
	CHECK(wxps_notify_check_headers(&h, 1699999699, &err) == WXPS_NOTIFY_STALE_TIMESTAMP);
	set_header(&h, WXPS_NH_SIGNATURE_TYPE, "WECHATPAY2-SHA256-RSA2048");
	wxps_error_clear(&err);
	CHECK(wxps_notify_check_headers(&h, 1700000000, &err) == WXPS_NOTIFY_OK);
	set_header(&h, WXPS_NH_SIGNATURE_TYPE, "WECHATPAY2-SM2-WITH-SM3");
	CHECK(wxps_notify_check_headers(&h, 1700000000, &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	CHECK_HAS(err.message, "Wechatpay-Signature-Type is not WECHATPAY2-SHA256-RSA2048");
	set_header(&h, WXPS_NH_SIGNATURE_TYPE, NULL);
	for (i = 0; i < 3; i++) {
		const char *bad[] = {"17e8", "-1700000000", "1234567890123456789"};
		set_header(&h, WXPS_NH_TIMESTAMP, bad[i]);
		wxps_error_clear(&err);
		CHECK(wxps_notify_check_headers(&h, 1700000000, &err) == WXPS_NOTIFY_STALE_TIMESTAMP);
		CHECK_HAS(err.message, "Wechatpay-Timestamp is not a number of seconds");
	}
	set_header(&h, WXPS_NH_TIMESTAMP, "1700000000");
	for (i = 0; i < WXPS_NH_SIGNATURE_TYPE; i++) {
		const char *names[] = {"Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature",
		                       "Wechatpay-Serial"};
		wxps_str keep = h.value[i];

		h.value[i].len = 0;
		wxps_error_clear(&err);
		CHECK(wxps_notify_check_headers(&h, 1700000000, &err) == WXPS_NOTIFY_MISSING_HEADER);
		CHECK_HAS(err.message, names[i]);
		h.value[i].data = NULL;
		wxps_error_clear(&err);
		CHECK(wxps_notify_check_headers(&h, 1700000000, &err) == WXPS_NOTIFY_MISSING_HEADER);
		h.value[i] = keep;
	}
}

static void test_notify_verify(EVP_PKEY *pub, EVP_PKEY *other)
{
	char *sig = slurp("notify.sig.b64", NULL);
	const char *body = "{\"id\":\"EV-1\"}";
	wxps_notify_headers h;
	wxps_error err;

	memset(&h, 0, sizeof(h));
	set_header(&h, WXPS_NH_TIMESTAMP, "1700000000");
	set_header(&h, WXPS_NH_NONCE, "NONCE123");
	set_header(&h, WXPS_NH_SIGNATURE, sig);
	set_header(&h, WXPS_NH_SERIAL, "PUB_KEY_ID_1");
	wxps_error_clear(&err);
	CHECK(wxps_notify_verify(pub, &h, body, strlen(body), &err) == WXPS_NOTIFY_OK);
	CHECK(wxps_notify_verify(other, &h, body, strlen(body), &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	CHECK_HAS(err.message, "signature does not verify");
	CHECK(wxps_notify_verify(pub, &h, body, strlen(body) - 1, &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	set_header(&h, WXPS_NH_NONCE, "NONCE124");
	CHECK(wxps_notify_verify(pub, &h, body, strlen(body), &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	set_header(&h, WXPS_NH_NONCE, "NONCE123");
	set_header(&h, WXPS_NH_TIMESTAMP, "1700000001");
	CHECK(wxps_notify_verify(pub, &h, body, strlen(body), &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	set_header(&h, WXPS_NH_TIMESTAMP, "1700000000");
	sig[10] = sig[10] == 'A' ? 'B' : 'A';
	CHECK(wxps_notify_verify(pub, &h, body, strlen(body), &err) == WXPS_NOTIFY_BAD_SIGNATURE);
	free(sig);
}

static void test_notify_decrypt(void)
{
	const char *key = "0123456789abcdef0123456789ABCDEF";
	wxps_aes_gcm job = {(const unsigned char *)key,        32, (const unsigned char *)"fdasflkja484", 12,
	                    (const unsigned char *)"payscore", 8};
	wxps_notify_resource r;
	wxps_buf enc, out;
	wxps_error err;

	wxps_buf_init(&enc);
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_encrypt(&job, "{\"state\":\"DOING\"}", 17, &enc, &err) == 0);
	memset(&r, 0, sizeof(r));
	r.algorithm.data = "AEAD_AES_256_GCM";
	r.algorithm.len = 16;
	r.ciphertext.data = enc.data;
	r.ciphertext.len = enc.len;
	r.nonce.data = "fdasflkja484";
	r.nonce.len = 12;
	r.associated_data.data = "payscore";
	r.associated_data.len = 8;
	CHECK(wxps_notify_decrypt(&r, key, 32, &out, &err) == WXPS_NOTIFY_OK);
	CHECK_STR(out.data, "{\"state\":\"DOING\"}");
	wxps_buf_reset(&out);
	CHECK(wxps_notify_decrypt(&r, "1123456789abcdef0123456789ABCDEF", 32, &out, &err) == WXPS_NOTIFY_UNDECRYPTABLE);
	CHECK_HAS(err.message, "does not decrypt with the apiv3Key");
	CHECK(out.len == 0);
	r.associated_data.data = NULL;
	CHECK(wxps_notify_decrypt(&r, key, 32, &out, &err) == WXPS_NOTIFY_UNDECRYPTABLE);
	r.associated_data.data = "payscore";
	r.algorithm.data = "AEAD_AES_128_GCM";
	wxps_error_clear(&err);
	CHECK(wxps_notify_decrypt(&r, key, 32, &out, &err) == WXPS_NOTIFY_MALFORMED_BODY);
	CHECK_HAS(err.message, "algorithm is not AEAD_AES_256_GCM");
	r.algorithm.data = NULL;
	r.nonce.data = NULL;
	wxps_error_clear(&err);
	CHECK(wxps_notify_decrypt(&r, key, 32, &out, &err) == WXPS_NOTIFY_MALFORMED_BODY);
	CHECK_HAS(err.message, "has no nonce");
	r.nonce.data = "fdasflkja484";
	CHECK(wxps_notify_decrypt(&r, key, 32, &out, &err) == WXPS_NOTIFY_OK);
	CHECK_STR(out.data, "{\"state\":\"DOING\"}");
	wxps_buf_free(&enc);
	wxps_buf_free(&out);
}

/* ---- platform certificates ---- */

static void check_rfc3339_(const char *text, int64_t want, int want_ok)
{
	int ok;
	int64_t got = wxps_rfc3339(text, strlen(text), &ok);

	CHECK(ok == want_ok);
	CHECK(!want_ok || got == want);
}
#define check_rfc3339(...) AT(check_rfc3339_(__VA_ARGS__))

static void test_rfc3339(void)
{
	check_rfc3339("1970-01-01T00:00:00Z", 0, 1);
	check_rfc3339("1970-01-01T08:00:00+08:00", 0, 1);
	check_rfc3339("2018-06-08T10:34:56+08:00", 1528425296, 1);
	check_rfc3339("2018-06-08T02:34:56.123Z", 1528425296, 1);
	check_rfc3339("2024-02-29T00:00:00-05:30", 1709184600, 1);
	check_rfc3339("2100-03-01T00:00:00Z", 4107542400, 1);
	check_rfc3339("2023-02-29T00:00:00Z", 0, 0);
	check_rfc3339("2018-13-08T10:34:56+08:00", 0, 0);
	check_rfc3339("2018-06-08 10:34:56", 0, 0);
	check_rfc3339("2018-06-08T10:34:56+0800", 0, 0);
	check_rfc3339("2018-06-08T10:34:56+08:00 ", 0, 0);
	check_rfc3339("2018-06-08T24:00:00Z", 0, 0);
	check_rfc3339("", 0, 0);
}

/* The entry a download would hold for cert.pem, encrypted under key with aad. */
static void make_entry(wxps_cert_entry *e, wxps_buf *ct, const char *serial, const char *aad_used,
                       const unsigned char *key)
{
	static const char nonce[] = "abcdefghijkl";
	char *pem = slurp("cert.pem", NULL);
	wxps_aes_gcm job = {
	    key, 32, (const unsigned char *)nonce, 12, (const unsigned char *)aad_used, strlen(aad_used)};
	wxps_error err;

	wxps_buf_init(ct);
	wxps_error_clear(&err);
	CHECK(wxps_aes_gcm_encrypt(&job, pem, strlen(pem), ct, &err) == 0);
	free(pem);
	memset(e, 0, sizeof(*e));
	e->serial_no = serial;
	e->serial_no_len = strlen(serial);
	e->effective_time = "2000-01-01T00:00:00+08:00";
	e->effective_time_len = strlen(e->effective_time);
	e->expire_time = "2999-01-01T00:00:00+08:00";
	e->expire_time_len = strlen(e->expire_time);
	e->nonce = nonce;
	e->nonce_len = 12;
	e->associated_data = "certificate";
	e->associated_data_len = 11;
	e->ciphertext = ct->data;
	e->ciphertext_len = ct->len;
}

static void cert_serial(char *out, size_t cap)
{
	char *pem = slurp("cert.pem", NULL);
	BIO *bio = BIO_new_mem_buf(pem, -1);
	X509 *x509 = PEM_read_bio_X509(bio, NULL, NULL, NULL);
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), NULL);
	char *hex = BN_bn2hex(bn);

	snprintf(out, cap, "%s", hex);
	OPENSSL_free(hex);
	BN_free(bn);
	X509_free(x509);
	BIO_free(bio);
	free(pem);
}

/* A certificate from each form PHP code hands over, and what is not one. */
static void test_cert_load(void)
{
	char want[80], serial[WXPS_CERT_SERIAL_MAX + 1], url[4096];
	char *pem = slurp("cert.pem", NULL), *b64, *p, *q;
	const char *bad[] = {"", "not a certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
	                     "file:///nonexistent/cert.pem", "file://"};
	wxps_buf out;
	wxps_error err;
	size_t i;

	cert_serial(want, sizeof(want));
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	CHECK(wxps_cert_load(pem, strlen(pem), &out, serial, sizeof(serial), &err) == 0 && strcmp(serial, want) == 0);
	CHECK(out.len > 0 && strstr(out.data, "-----BEGIN CERTIFICATE-----") != NULL);
	/* The base64 between the PEM lines is base64 DER, line breaks and all. */
	b64 = strdup(strchr(pem, '\n') + 1);
	*strstr(b64, "-----END") = '\0';
	out.len = 0;
	CHECK(wxps_cert_load(b64, strlen(b64), &out, serial, sizeof(serial), &err) == 0 && strcmp(serial, want) == 0);
	/* The same with the line breaks taken out. */
	for (p = q = b64; *p; p++) {
		if (*p != '\n') {
			*q++ = *p;
		}
	}
	*q = '\0';
	CHECK(wxps_cert_load(b64, strlen(b64), &out, serial, sizeof(serial), &err) == 0 && strcmp(serial, want) == 0);
	/* Half a DER is none. */
	b64[strlen(b64) / 2 & ~(size_t)3] = '\0';
	CHECK(wxps_cert_load(b64, strlen(b64), &out, serial, sizeof(serial), &err) != 0 && err.kind == WXPS_E_ARGUMENT);
	free(b64);
	snprintf(url, sizeof(url), "file://%s/cert.pem", keydir);
	CHECK(wxps_cert_load(url, strlen(url), &out, serial, sizeof(serial), &err) == 0 && strcmp(serial, want) == 0);
	/* A key file is no certificate; nor is anything below. */
	snprintf(url, sizeof(url), "file://%s/priv_pkcs8.pem", keydir);
	CHECK(wxps_cert_load(url, strlen(url), &out, serial, sizeof(serial), &err) != 0 && err.kind == WXPS_E_ARGUMENT);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		wxps_error_clear(&err);
		CHECK(wxps_cert_load(bad[i], strlen(bad[i]), &out, serial, sizeof(serial), &err) != 0 &&
		      err.kind == WXPS_E_ARGUMENT && err.message[0] != '\0');
	}
	/* A serial buffer too small for the serial is an error, not a cut serial. */
	CHECK(wxps_cert_load(pem, strlen(pem), &out, serial, 4, &err) != 0);
	CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&out);
	free(pem);
}

static void test_cert_open(EVP_PKEY *pub)
{
	static const unsigned char key[32] = "0123456789abcdef0123456789abcdef";
	static const unsigned char wrong[32] = "0123456789abcdef0123456789abcdeX";
	wxps_cert_entry e;
	wxps_cert cert;
	wxps_buf ct;
	wxps_error err;
	char serial[80];
	int64_t now = (int64_t)time(NULL);

	cert_serial(serial, sizeof(serial));
	make_entry(&e, &ct, serial, "certificate", key);
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) == 0);
	CHECK_STR(cert.serial, serial);
	CHECK(cert.key && EVP_PKEY_eq(cert.key, pub) == 1);
	CHECK_HAS(cert.pem, "-----BEGIN CERTIFICATE-----");
	/* The JSON says until 2999; the certificate itself (openssl -days 2) says sooner. */
	CHECK(cert.expire < now + 3 * 86400 && cert.effective <= now);
	CHECK(wxps_cert_valid(&cert, now, &err));
	wxps_error_clear(&err);
	CHECK(!wxps_cert_valid(&cert, cert.expire, &err));
	CHECK_HAS(err.message, "has expired");
	wxps_error_clear(&err);
	CHECK(!wxps_cert_valid(&cert, cert.effective - 1, &err));
	CHECK_HAS(err.message, "not valid yet");
	wxps_cert_free(&cert);

	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, wrong, &cert, &err) != 0 && err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, "does not decrypt with apiv3Key");
	e.associated_data = "certificatf";
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) != 0);
	CHECK_HAS(err.message, "does not decrypt");
	e.associated_data = "certificate";
	e.serial_no = "0123456789ABCDEF0123456789ABCDEF01234567";
	e.serial_no_len = strlen(e.serial_no);
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) != 0);
	CHECK_HAS(err.message, "is another certificate");
	e.serial_no = "not-hex";
	e.serial_no_len = 7;
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) != 0);
	CHECK_HAS(err.message, "not hexadecimal");
	e.serial_no = serial;
	e.serial_no_len = strlen(serial);
	e.expire_time = "tomorrow";
	e.expire_time_len = 8;
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) != 0);
	CHECK_HAS(err.message, "effective_time and expire_time");
	wxps_buf_free(&ct);
}

static void test_cert_cache(void)
{
	static const unsigned char key[32] = "0123456789abcdef0123456789abcdef";
	wxps_cert_list list = {NULL, 0}, copy = {NULL, 0};
	int64_t now = (int64_t)time(NULL), age, at;
	wxps_cert_entry e;
	wxps_cert cert;
	wxps_buf ct;
	wxps_error err;
	EVP_PKEY *found;
	char serial[80];

	cert_serial(serial, sizeof(serial));
	make_entry(&e, &ct, serial, "certificate", key);
	wxps_error_clear(&err);
	CHECK(wxps_cert_open(&e, key, &cert, &err) == 0);
	CHECK(wxps_cert_list_add(&list, &cert) == 0);
	wxps_cert_free(&cert);
	wxps_buf_free(&ct);

	CHECK(wxps_certs_find("m1 https://a", serial, now, &age) == NULL && age == -1);
	CHECK(wxps_certs_may_fetch("m1 https://a", "AA", now) == 1);
	CHECK(wxps_certs_may_fetch("m1 https://a", "BB", now + 4) == 0);  /* any serial: 5 s apart */
	CHECK(wxps_certs_may_fetch("m1 https://b", "AA", now + 1) == 1);  /* another owner */
	CHECK(wxps_certs_may_fetch("m1 https://a", "BB", now + 5) == 1);  /* another serial */
	CHECK(wxps_certs_may_fetch("m1 https://a", "AA", now + 30) == 0); /* the same serial: 60 s apart */
	CHECK(wxps_certs_may_fetch("m1 https://a", "AA", now + 60) == 1);
	CHECK(wxps_certs_may_fetch("m1 https://a", "", now + 66) == 1);
	CHECK(wxps_certs_store("m1 https://a", &list, now) == 0);
	found = wxps_certs_find("m1 https://a", serial, now + 5, &age);
	CHECK(found != NULL && age == 5);
	wxps_key_free(found);
	CHECK(wxps_certs_find("m2 https://a", serial, now, &age) == NULL);
	CHECK(wxps_certs_find("m1 https://a", "0ABC", now, &age) == NULL && age == 0);
	CHECK(wxps_certs_find("m1 https://a", serial, list.items[0].expire, &age) == NULL);
	CHECK(wxps_certs_copy("m1 https://a", &copy, &at) == 0 && copy.n == 1 && at == now);
	wxps_cert_list_free(&copy);
	/* More owners than the cache holds: the least recently stored is forgotten. */
	for (int i = 0; i < 20; i++) {
		char owner[32];
		snprintf(owner, sizeof(owner), "m%d https://x", i + 10);
		CHECK(wxps_certs_store(owner, &list, now) == 0);
	}
	CHECK(wxps_certs_find("m1 https://a", serial, now, &age) == NULL);
	wxps_certs_clear();
	CHECK(wxps_certs_find("m29 https://x", serial, now, &age) == NULL && age == -1);
	wxps_cert_list_free(&list);
}

static void test_sha256(void)
{
	static const char abc[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
	char hex[65], path[1100];
	wxps_error err;
	size_t size;
	FILE *f;

	CHECK(wxps_sha256_hex("abc", 3, hex) == 0);
	CHECK_STR(hex, abc);
	snprintf(path, sizeof(path), "%s/sha256-input", keydir);
	f = fopen(path, "wb");
	CHECK(f && fwrite("abc", 1, 3, f) == 3);
	fclose(f);
	wxps_error_clear(&err);
	CHECK(wxps_sha256_file(path, 3, hex, &size, &err) == 0 && size == 3);
	CHECK_STR(hex, abc);
	CHECK(wxps_sha256_file(path, 2, hex, &size, &err) != 0 && err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, "is larger than 2 bytes");
	wxps_error_clear(&err);
	CHECK(wxps_sha256_file("/nonexistent/x.png", 10, hex, &size, &err) != 0);
	CHECK_HAS(err.message, "cannot read file \"/nonexistent/x.png\"");
	remove(path);
}

int main(int argc, char **argv)
{
	EVP_PKEY *priv, *pub, *other_priv, *other_pub;

	if (argc != 2) {
		fprintf(stderr, "usage: %s KEYDIR (see tests/core/run.sh)\n", argv[0]);
		return 2;
	}
	keydir = argv[1];

	test_aes_vector();
	test_aes_tamper();
	test_aes_lengths();
	test_hash();
	test_format();
	test_sign_params();

	priv = load(1, "priv_pkcs8.pem");
	pub = load(0, "pub_spki.pem");
	other_priv = load(1, "other_pkcs8.pem");
	other_pub = load(0, "other_spki.pem");
	test_rsa_crypt(priv, pub, other_priv);
	test_key_schemes(priv);
	test_key_export(priv, pub);
	test_notify_headers();
	test_notify_verify(pub, other_pub);
	test_notify_decrypt();
	test_sha256();
	test_rfc3339();
	test_cert_open(pub);
	test_cert_load();
	test_cert_cache();
	wxps_key_free(priv);
	wxps_key_free(pub);
	wxps_key_free(other_priv);
	wxps_key_free(other_pub);
	wxps_sign_cache_shutdown();
	wxps_certs_shutdown();
	wxps_key_cache_shutdown();

	return check_summary("crypto");
}
