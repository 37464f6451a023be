/* wxps_bill: plain, gzip and encrypted bills fed in pieces of every size, and each way a
 * download can be wrong (an altered byte, a short file, a bad hash) refused. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <zlib.h>

#include "check.h"
#include "wxps_bill.h"

typedef struct {
	unsigned char *data;
	size_t len, cap;
} sink;

static int sink_write(void *ud, const char *data, size_t len)
{
	sink *s = ud;
	if (s->len + len > s->cap) {
		s->cap = (s->len + len) * 2;
		s->data = realloc(s->data, s->cap);
	}
	memcpy(s->data + s->len, data, len);
	s->len += len;
	return 0;
}

static const unsigned char key[32] = "0123456789abcdef0123456789abcdef";
static const char nonce[] = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

static size_t make_bill(unsigned char *out, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		out[i] = (unsigned char)("`2026-11-30,`wx1,`1900000001,`4200000001,`10.00\r\n"[i % 50]);
	}
	return n;
}

static size_t gzip_of(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
	z.next_in = (unsigned char *)in;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_FINISH);
	n = z.total_out;
	deflateEnd(&z);
	return n;
}

static size_t encrypt(const unsigned char *in, size_t n, unsigned char *out)
{
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	int len = 0, fin = 0;
	EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, NULL, NULL);
	EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, (int)strlen(nonce), NULL);
	EVP_EncryptInit_ex(c, NULL, NULL, key, (const unsigned char *)nonce);
	EVP_EncryptUpdate(c, out, &len, in, (int)n);
	EVP_EncryptFinal_ex(c, out + len, &fin);
	EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, out + len + fin);
	EVP_CIPHER_CTX_free(c);
	return (size_t)(len + fin) + 16;
}

static void sha1_hex(const unsigned char *in, size_t n, char hex[41], int upper)
{
	unsigned char md[20];
	size_t i;
	SHA1(in, n, md);
	for (i = 0; i < 20; i++) {
		snprintf(hex + 2 * i, 3, upper ? "%02X" : "%02x", md[i]);
	}
}

/* Feeds file in pieces of step bytes; 0 with the bill in out, or -1 with err. */
static int run(const unsigned char *file, size_t n, size_t step, int encrypted, const char *type, const char *hash,
               sink *out, wxps_error *err)
{
	wxps_bill_spec spec = {type,       hash, encrypted ? key : NULL, (const unsigned char *)nonce, strlen(nonce),
	                       sink_write, out};
	wxps_bill *b;
	uint64_t bytes = 0;
	size_t i;
	int rc = 0;

	wxps_error_clear(err);
	out->len = 0;
	b = wxps_bill_new(&spec, err);
	if (!b) {
		return -1;
	}
	for (i = 0; i < n && rc == 0; i += step) {
		rc = wxps_bill_feed(b, (const char *)file + i, n - i < step ? n - i : step, err);
	}
	if (rc == 0) {
		rc = wxps_bill_finish(b, &bytes, err);
	}
	if (rc == 0 && bytes != out->len) {
		rc = -1;
	}
	wxps_bill_free(b);
	return rc;
}

int main(void)
{
	enum { N = 200000 };
	static unsigned char bill[N], gz[N], enc[N + 16], encgz[N + 16];
	static const size_t steps[] = {1, 7, 16, 17, 4096, 65537, N + 32};
	char hash[41], upper[41];
	size_t gz_len, enc_len, encgz_len, i;
	sink out = {0};
	wxps_error err;

	make_bill(bill, N);
	sha1_hex(bill, N, hash, 0);
	sha1_hex(bill, N, upper, 1);
	gz_len = gzip_of(bill, N, gz, sizeof(gz));
	enc_len = encrypt(bill, N, enc);
	encgz_len = encrypt(gz, gz_len, encgz);

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		CHECK(run(bill, N, steps[i], 0, "SHA1", hash, &out, &err) == 0 && out.len == N &&
		      memcmp(out.data, bill, N) == 0);
		CHECK(run(gz, gz_len, steps[i], 0, "sha1", upper, &out, &err) == 0 && out.len == N &&
		      memcmp(out.data, bill, N) == 0);
		CHECK(run(enc, enc_len, steps[i], 1, "SHA1", hash, &out, &err) == 0 && out.len == N);
		CHECK(run(encgz, encgz_len, steps[i], 1, "SHA1", hash, &out, &err) == 0 && out.len == N &&
		      memcmp(out.data, bill, N) == 0);
	}

	/* A wrong hash, an altered byte, a short file. */
	CHECK(run(bill, N - 1, 4096, 0, "SHA1", hash, &out, &err) == -1 && err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, "does not match its hash_value");
	CHECK(run(gz, gz_len - 10, 4096, 0, "SHA1", hash, &out, &err) == -1 && err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, "gzip bill ends early");
	encgz[100] ^= 1;
	CHECK(run(encgz, encgz_len, 4096, 1, "SHA1", hash, &out, &err) == -1 && err.kind == WXPS_E_VERIFY);
	encgz[100] ^= 1;
	CHECK(run(enc, enc_len - 1, 4096, 1, "SHA1", hash, &out, &err) == -1 && err.kind == WXPS_E_VERIFY);
	CHECK_HAS(err.message, "tag check");
	CHECK(run(enc, 10, 4096, 1, "SHA1", hash, &out, &err) == -1);
	CHECK_HAS(err.message, "shorter than its 16-byte tag");
	gz[gz_len / 2] ^= 0x55;
	CHECK(run(gz, gz_len, 4096, 0, "SHA1", hash, &out, &err) == -1 && err.kind == WXPS_E_VERIFY);

	/* What cannot be used is refused before any byte. */
	CHECK(run(bill, N, 4096, 0, "MD5", hash, &out, &err) == -1 && err.kind == WXPS_E_ARGUMENT);
	CHECK_HAS(err.message, "SHA1 or SHA256");
	CHECK(run(bill, N, 4096, 0, "SHA256", hash, &out, &err) == -1 && err.kind == WXPS_E_ARGUMENT);
	CHECK(run(bill, N, 4096, 0, "SHA1", "zz", &out, &err) == -1 && err.kind == WXPS_E_ARGUMENT);

	/* An empty bill. */
	sha1_hex(bill, 0, hash, 0);
	CHECK(run(bill, 0, 1, 0, "SHA1", hash, &out, &err) == 0 && out.len == 0);
	free(out.data);
	return check_summary("bill_test");
}
