/* AES-256-GCM as callbacks use it. Input:
 *   FLAGS(1) KEY(32) IVLEN(1) IV AADLEN(1) AAD REST
 * FLAGS bit 0 clear: REST is attacker base64 to decrypt. Set: REST is a plaintext that must
 * survive encrypt-then-decrypt, and with bit 1 one ciphertext bit is flipped first, which must
 * be refused. Bit 2 shortens the key by one byte, which every call must refuse. */
#include "fuzz_common.h"

#include <openssl/err.h>

#include "wxps_aes.h"
#include "wxps_buf.h"
#include "wxps_sign.h"

static const char fuzz_prefix[] = "kept";

/* A failed decryption leaves out exactly as it was: no unauthenticated plaintext. */
/* The header's rule for nonces: 1 to WXPS_AES_MAX_IV_LEN bytes. */
static int fuzz_bad_iv(const wxps_aes_gcm *job)
{
	return job->iv_len == 0 || job->iv_len > WXPS_AES_MAX_IV_LEN;
}

static void fuzz_check_untouched(const wxps_buf *out)
{
	FUZZ_CHECK(out->len == sizeof(fuzz_prefix) - 1);
	FUZZ_CHECK(memcmp(out->data, fuzz_prefix, out->len) == 0 && out->data[out->len] == '\0');
}

static void fuzz_decrypt_attacker(const wxps_aes_gcm *job, const uint8_t *text, size_t n, int bad_key)
{
	char *b64 = fuzz_dup_exact(text, n);
	wxps_buf out;
	wxps_error err;
	int rc;

	wxps_buf_init(&out);
	FUZZ_CHECK(wxps_buf_append_str(&out, fuzz_prefix) == 0);
	wxps_error_clear(&err);
	rc = wxps_aes_gcm_decrypt(job, b64, n, &out, &err);
	FUZZ_CHECK(ERR_peek_error() == 0);
	/* Forging a tag takes the key; the fuzzer has it only in the roundtrip mode. */
	if (rc == 0) {
		FUZZ_CHECK(!bad_key && !fuzz_bad_iv(job));
		FUZZ_CHECK(out.len >= sizeof(fuzz_prefix) - 1);
	} else {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == ((bad_key || fuzz_bad_iv(job)) ? WXPS_E_ARGUMENT : WXPS_E_VERIFY));
		fuzz_check_untouched(&out);
	}
	wxps_buf_free(&out);
	free(b64);
}

static void fuzz_roundtrip(const wxps_aes_gcm *job, const uint8_t *plain, size_t n, int flip, unsigned pos, int bad_key)
{
	wxps_buf ct, raw, out;
	wxps_error err;
	int rc;

	wxps_buf_init(&ct);
	wxps_buf_init(&raw);
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	rc = wxps_aes_gcm_encrypt(job, (const char *)plain, n, &ct, &err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(!(bad_key || fuzz_bad_iv(job)) || rc == -1);
	if (rc != 0) {
		/* The header's promise: any other failure is a bad key or nonce length, said as such. */
		fuzz_check_error(&err);
		if (err.kind != WXPS_E_ARGUMENT) {
			fprintf(stderr, "encryption refused as %d: %s\n", (int)err.kind, err.message);
		}
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT);
		goto out;
	}
	FUZZ_CHECK(wxps_base64_decode(ct.data, ct.len, &raw) == 0 && raw.len == n + WXPS_AES_TAG_LEN);
	if (flip) {
		raw.data[pos % raw.len] ^= (char)(1u << (pos / 7 % 8));
		wxps_buf_reset(&ct);
		FUZZ_CHECK(wxps_base64_encode((const unsigned char *)raw.data, raw.len, &ct) == 0);
	}
	FUZZ_CHECK(wxps_buf_append_str(&out, fuzz_prefix) == 0);
	wxps_error_clear(&err);
	rc = wxps_aes_gcm_decrypt(job, ct.data, ct.len, &out, &err);
	if (flip) {
		FUZZ_CHECK(rc == -1 && err.kind == WXPS_E_VERIFY);
		fuzz_check_untouched(&out);
	} else {
		FUZZ_CHECK(rc == 0);
		FUZZ_CHECK(out.len == sizeof(fuzz_prefix) - 1 + n);
		FUZZ_CHECK(n == 0 || memcmp(out.data + sizeof(fuzz_prefix) - 1, plain, n) == 0);
	}
out:
	FUZZ_CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&ct);
	wxps_buf_free(&raw);
	wxps_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t pos = 1 + WXPS_AES_KEY_LEN;
	uint8_t *key, *iv, *aad;
	wxps_aes_gcm job;
	int flags, bad_key;

	if (size < pos + 1) {
		return 0;
	}
	flags = data[0];
	bad_key = (flags & 4) != 0;
	/* Each part in a block of its own size, so a read past any of them is seen. */
	key = (uint8_t *)fuzz_dup_exact(data + 1, WXPS_AES_KEY_LEN);
	job.key = key;
	job.key_len = WXPS_AES_KEY_LEN - (size_t)bad_key;
	job.iv_len = data[pos] < size - pos - 1 ? data[pos] : size - pos - 1;
	iv = (uint8_t *)fuzz_dup_exact(data + pos + 1, job.iv_len);
	job.iv = iv;
	pos += 1 + job.iv_len;
	job.aad_len = 0;
	if (pos < size) {
		job.aad_len = data[pos] < size - pos - 1 ? data[pos] : size - pos - 1;
		pos++;
	}
	aad = (uint8_t *)fuzz_dup_exact(data + pos, job.aad_len);
	job.aad = aad;
	pos += job.aad_len;

	ERR_clear_error();
	if (flags & 1) {
		fuzz_roundtrip(&job, data + pos, size - pos, (flags & 2) != 0, (unsigned)flags >> 3, bad_key);
	} else {
		fuzz_decrypt_attacker(&job, data + pos, size - pos, bad_key);
	}
	free(key);
	free(iv);
	free(aad);
	return 0;
}
