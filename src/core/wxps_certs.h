/* wxps_certs: WeChat Pay platform certificates as GET /v3/certificates gives them (each
 * AES-256-GCM encrypted with the APIv3 key), opened and checked one by one, and the
 * process-wide cache of those a download proved, per merchant and origin. */
#ifndef WXPS_CERTS_H
#define WXPS_CERTS_H

#include <stddef.h>
#include <stdint.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_keys.h"

/* Serials are 40 hex digits today; room for more. */
#define WXPS_CERT_SERIAL_MAX 64

/* How often one unknown serial may cause a download, per merchant. */
#define WXPS_CERT_RETRY_SECONDS 60
/* How often any download may start, per merchant: a flood of made-up serials (notifications are
 * anyone's to send) costs WeChat Pay one download every few seconds at most. */
#define WXPS_CERT_FLOOR_SECONDS 5

/* One platform certificate. Its validity is the narrower of the download's JSON times and the
 * certificate's own notBefore/notAfter (during a rotation WeChat Pay's expire_time is earlier). */
typedef struct {
	char serial[WXPS_CERT_SERIAL_MAX + 1]; /* as serial_no gives it */
	EVP_PKEY *key;
	char *pem;         /* the certificate, PEM (malloc) */
	int64_t effective; /* seconds since the epoch */
	int64_t expire;
} wxps_cert;

typedef struct {
	wxps_cert *items;
	size_t n;
} wxps_cert_list;

/* What one entry of a download holds (strings need not be NUL-terminated). */
typedef struct {
	const char *serial_no;
	size_t serial_no_len;
	const char *effective_time; /* RFC 3339 */
	size_t effective_time_len;
	const char *expire_time;
	size_t expire_time_len;
	const char *nonce;
	size_t nonce_len;
	const char *associated_data;
	size_t associated_data_len;
	const char *ciphertext; /* base64(ciphertext || tag) */
	size_t ciphertext_len;
} wxps_cert_entry;

/* RFC 3339 date-time ("2026-11-30T13:29:35+08:00", "...Z", fractions allowed) as seconds since
 * the epoch; 0 with *ok = 0 when it is not one. */
int64_t wxps_rfc3339(const char *s, size_t len, int *ok);

/* Open one entry: decrypt it with the 32-byte APIv3 key, parse the X.509 certificate, check that
 * its serial is serial_no and that its key is RSA. Validity is not judged here (see
 * wxps_cert_valid). Fails with WXPS_E_VERIFY for what a download must not contain (a tag that
 * does not authenticate, no certificate, another serial) and names the entry, never key bytes. */
int wxps_cert_open(const wxps_cert_entry *entry, const unsigned char *apiv3_key, wxps_cert *out, wxps_error *err);

/* An X.509 certificate from "file://path", PEM text or base64 DER, as PHP code hands one over: the
 * certificate as PEM appended to pem, and its serial number as upper-case hex without leading zero
 * bytes (what openssl_x509_parse() calls serialNumberHex) into serial, of serial_cap bytes.
 * -1 with err (WXPS_E_ARGUMENT) when src holds no certificate. */
int wxps_cert_load(const char *src, size_t len, wxps_buf *pem, char *serial, size_t serial_cap, wxps_error *err);

/* 1 when cert is valid at now; else 0 with why ("expired", "not valid yet") in err. */
int wxps_cert_valid(const wxps_cert *cert, int64_t now, wxps_error *err);

void wxps_cert_free(wxps_cert *cert);
/* Append a copy of cert (its key shared). 0 or -1. */
int wxps_cert_list_add(wxps_cert_list *list, const wxps_cert *cert);
void wxps_cert_list_free(wxps_cert_list *list);
/* The certificate of list with this serial, or NULL. */
const wxps_cert *wxps_cert_list_find(const wxps_cert_list *list, const char *serial);

/* ---- the process-wide cache, keyed by merchant and origin (e.g. "1900000001 https://host") ---- */

/* Replace what the cache holds for owner with a copy of list, downloaded at now. */
int wxps_certs_store(const char *owner, const wxps_cert_list *list, int64_t now);
/* A new reference on the key of serial for owner, valid at now, or NULL. *age is set to the
 * seconds since owner's certificates were downloaded (-1: never). */
EVP_PKEY *wxps_certs_find(const char *owner, const char *serial, int64_t now, int64_t *age);
/* Whether a download for owner, wanted for serial ("" for a refresh), may start now: none in the
 * last WXPS_CERT_FLOOR_SECONDS, and none for the same serial in the last WXPS_CERT_RETRY_SECONDS.
 * When it may, the attempt is recorded. */
int wxps_certs_may_fetch(const char *owner, const char *serial, int64_t now);
/* A copy of what the cache holds for owner (empty when nothing). 0 or -1. */
int wxps_certs_copy(const char *owner, wxps_cert_list *out, int64_t *downloaded_at);
/* Forget everything (a request's end without persistence); the lock stays. */
void wxps_certs_clear(void);
/* At process end. */
void wxps_certs_shutdown(void);

#endif
