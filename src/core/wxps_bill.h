/* wxps_bill: a bill download checked as it streams in: AES-256-GCM decryption (Pay Score's
 * encrypted bills), gunzip, and the SHA1/SHA256 hash_value over the original bill. */
#ifndef WXPS_BILL_H
#define WXPS_BILL_H

#include <stddef.h>
#include <stdint.h>

#include "wxps_error.h"

/* Takes the original bill piece by piece: 0, or -1 to stop (the writer keeps its reason). */
typedef int (*wxps_bill_writer)(void *ud, const char *data, size_t len);

typedef struct {
	const char *hash_type;    /* "SHA1" or "SHA256", any case */
	const char *hash_value;   /* hex digest of the original bill, any case */
	const unsigned char *key; /* 32-byte AES key of an encrypted bill, or NULL */
	const unsigned char *iv;  /* its nonce, as given (1 to 128 bytes) */
	size_t iv_len;
	wxps_bill_writer write;
	void *write_ud;
} wxps_bill_spec;

typedef struct wxps_bill wxps_bill;

/* NULL with err (WXPS_E_ARGUMENT for a spec that cannot be used). The spec's strings are read
 * now; the writer must outlive the bill. */
wxps_bill *wxps_bill_new(const wxps_bill_spec *spec, wxps_error *err);
/* The next bytes of the download as they came: decrypted, gunzipped when the bill is gzip (as
 * its first two bytes tell), hashed and written. 0, or -1 with err. */
int wxps_bill_feed(wxps_bill *b, const char *data, size_t len, wxps_error *err);
/* After the last byte: the tag, the end of the gzip stream and the hash are checked
 * (WXPS_E_VERIFY on a mismatch); 0 and the original bill's size in *bytes, or -1 with err. */
int wxps_bill_finish(wxps_bill *b, uint64_t *bytes, wxps_error *err);
void wxps_bill_free(wxps_bill *b);

#endif
