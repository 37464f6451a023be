/* Keys in wechatpay-php's forms too ("private.pkcs1://BASE64", "public.spki://"...), PEM
 * export, and PKCS#1-to-SPKI conversion. Input: FLAGS(1) SOURCE. FLAGS bit 0 asks for a
 * private key; bit 1 converts SOURCE with wxps_pkcs1_to_spki instead. A loaded key must come
 * back equal from its own PEM; an SPKI must convert to itself. */
#include "fuzz_common.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include "wxps_buf.h"
#include "wxps_keys.h"
#include "wxps_rsa.h"

static void fuzz_load(const char *src, size_t len, int private_key)
{
	wxps_buf pem;
	wxps_error err;
	EVP_PKEY *key, *again;

	wxps_error_clear(&err);
	key = wxps_key_load_any(src, len, private_key, &err);
	FUZZ_CHECK(ERR_peek_error() == 0);
	if (!key) {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT);
		return;
	}
	FUZZ_CHECK(err.kind == WXPS_OK && EVP_PKEY_is_a(key, "RSA"));
	FUZZ_CHECK(!private_key || wxps_key_is_private(key));
	wxps_buf_init(&pem);
	FUZZ_CHECK(wxps_key_to_pem(key, private_key, &pem, &err) == 0);
	again = wxps_key_load_any(pem.data, pem.len, private_key, &err);
	FUZZ_CHECK(again != NULL && EVP_PKEY_eq(key, again) == 1);
	FUZZ_CHECK(ERR_peek_error() == 0);
	wxps_key_free(again);
	wxps_key_free(key);
	wxps_buf_free(&pem);
}

static void fuzz_to_spki(const char *src, size_t len)
{
	wxps_buf spki, twice;
	wxps_error err;
	EVP_PKEY *key;

	wxps_buf_init(&spki);
	wxps_buf_init(&twice);
	wxps_error_clear(&err);
	if (wxps_pkcs1_to_spki(src, len, &spki, &err) != 0) {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT && spki.len == 0);
	} else {
		key = wxps_key_load_public(spki.data, spki.len, &err);
		FUZZ_CHECK(key != NULL);
		wxps_key_free(key);
		FUZZ_CHECK(wxps_pkcs1_to_spki(spki.data, spki.len, &twice, &err) == 0);
		FUZZ_CHECK(twice.len == spki.len && memcmp(twice.data, spki.data, spki.len) == 0);
	}
	FUZZ_CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&spki);
	wxps_buf_free(&twice);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src;

	/* "file://" reads files; the key_private and key_public targets fuzz that path safely. */
	if (size < 1 || (size >= 8 && memcmp(data + 1, "file://", 7) == 0)) {
		return 0;
	}
	src = fuzz_dup_exact(data + 1, size - 1);
	ERR_clear_error();
	if (data[0] & 2) {
		fuzz_to_spki(src, size - 1);
	} else {
		fuzz_load(src, size - 1, data[0] & 1);
	}
	free(src);
	return 0;
}
