/* fuzz_key_loader: the body shared by the private- and public-key targets.
 * The input is the key source as a merchant would configure it; a "file://" prefix makes the
 * rest the content of a temporary file, so the file path is fuzzed without reaching real files. */
#ifndef WXPS_FUZZ_KEY_LOADER_H
#define WXPS_FUZZ_KEY_LOADER_H

#include "fuzz_common.h"

#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>

#include "wxps_buf.h"
#include "wxps_keys.h"
#include "wxps_sign.h"

typedef EVP_PKEY *(*fuzz_key_loader)(const char *src, size_t len, wxps_error *err);

static char fuzz_key_file[64];

static void fuzz_key_file_remove(void)
{
	if (fuzz_key_file[0]) {
		unlink(fuzz_key_file);
	}
}

/* "file://" + a per-process temporary path holding the bytes after the prefix. */
static char *fuzz_key_file_source(const uint8_t *data, size_t size, size_t *len)
{
	FILE *f;
	char *src;

	if (!fuzz_key_file[0]) {
		int fd;
		snprintf(fuzz_key_file, sizeof(fuzz_key_file), "/tmp/wxps-fuzz-key.XXXXXX");
		fd = mkstemp(fuzz_key_file);
		FUZZ_CHECK(fd >= 0);
		close(fd);
		atexit(fuzz_key_file_remove);
	}
	f = fopen(fuzz_key_file, "wb");
	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(size <= 7 || fwrite(data + 7, 1, size - 7, f) == size - 7);
	fclose(f);
	*len = 7 + strlen(fuzz_key_file);
	src = fuzz_dup_exact((const uint8_t *)"file://", 7);
	src = realloc(src, *len);
	FUZZ_CHECK(src != NULL);
	memcpy(src + 7, fuzz_key_file, *len - 7);
	return src;
}

/* Use the key once: signing or verifying must fail cleanly, never crash, on odd keys. */
static void fuzz_key_use(EVP_PKEY *key, int private)
{
	static const char msg[] = "1700000000\nNONCE\n{}\n";
	wxps_buf sig;
	wxps_error err;

	/* Huge moduli are legal but slow; the decoders are what is being fuzzed. */
	if (EVP_PKEY_get_bits(key) > 4096) {
		return;
	}
	if (private) {
		wxps_buf_init(&sig);
		wxps_error_clear(&err);
		if (wxps_rsa_sign(key, msg, sizeof(msg) - 1, &sig, &err) != 0) {
			fuzz_check_error(&err);
		}
		wxps_buf_free(&sig);
	} else {
		FUZZ_CHECK(wxps_rsa_verify(key, msg, sizeof(msg) - 1, "AAAA", 4) == 0);
	}
}

static inline int fuzz_key_one(const uint8_t *data, size_t size, fuzz_key_loader load, int private)
{
	char *src;
	size_t len = size;
	EVP_PKEY *key;
	wxps_error err;

	if (size >= 7 && memcmp(data, "file://", 7) == 0) {
		src = fuzz_key_file_source(data, size, &len);
	} else {
		src = fuzz_dup_exact(data, size);
	}
	/* The loader must not leave errors for ext/openssl to trip over, nor eat others'. */
	ERR_clear_error();
	ERR_raise(ERR_LIB_USER, 1);
	wxps_error_clear(&err);
	key = load(src, len, &err);
	FUZZ_CHECK(ERR_GET_LIB(ERR_peek_error()) == ERR_LIB_USER && ERR_peek_last_error() == ERR_peek_error());
	ERR_clear_error();
	if (key) {
		FUZZ_CHECK(err.kind == WXPS_OK);
		FUZZ_CHECK(EVP_PKEY_is_a(key, "RSA"));
		fuzz_key_use(key, private);
		FUZZ_CHECK(ERR_peek_error() == 0);
		wxps_key_free(key);
	} else {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT);
	}
	free(src);
	return 0;
}

#endif
