/* Certificates as PHP code hands them to PemUtil: PEM, base64 DER, "file://" (the bytes after the
 * prefix become a temporary file's content). Properties: success gives a serial of upper-case hex
 * digits that fits its buffer and a PEM certificate that loads again to the same serial; failure
 * is WXPS_E_ARGUMENT with a message and leaves the output buffer as it was; OpenSSL's error
 * queue is left as found. */
#include "fuzz_key_loader.h"

#include "wxps_certs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char serial[WXPS_CERT_SERIAL_MAX + 1], again[WXPS_CERT_SERIAL_MAX + 1];
	char *src;
	size_t len = size, i;
	wxps_buf pem, pem2;
	wxps_error err;
	int rc;

	if (size >= 7 && memcmp(data, "file://", 7) == 0) {
		src = fuzz_key_file_source(data, size, &len);
	} else {
		src = fuzz_dup_exact(data, size);
	}
	wxps_buf_init(&pem);
	ERR_clear_error();
	ERR_raise(ERR_LIB_USER, 1);
	wxps_error_clear(&err);
	rc = wxps_cert_load(src, len, &pem, serial, sizeof(serial), &err);
	FUZZ_CHECK(ERR_GET_LIB(ERR_peek_error()) == ERR_LIB_USER && ERR_peek_last_error() == ERR_peek_error());
	ERR_clear_error();
	if (rc == 0) {
		FUZZ_CHECK(err.kind == WXPS_OK && serial[0] != '\0' && pem.len > 0);
		for (i = 0; serial[i]; i++) {
			FUZZ_CHECK((serial[i] >= '0' && serial[i] <= '9') || (serial[i] >= 'A' && serial[i] <= 'F') ||
			           (i == 0 && serial[i] == '-'));
		}
		FUZZ_CHECK(memcmp(pem.data, "-----BEGIN CERTIFICATE-----", 27) == 0);
		wxps_buf_init(&pem2);
		FUZZ_CHECK(wxps_cert_load(pem.data, pem.len, &pem2, again, sizeof(again), &err) == 0);
		FUZZ_CHECK(strcmp(serial, again) == 0 && pem2.len == pem.len &&
		           memcmp(pem2.data, pem.data, pem.len) == 0);
		wxps_buf_free(&pem2);
	} else {
		fuzz_check_error(&err);
		FUZZ_CHECK(err.kind == WXPS_E_ARGUMENT && pem.len == 0);
	}
	FUZZ_CHECK(ERR_peek_error() == 0);
	wxps_buf_free(&pem);
	free(src);
	return 0;
}
