/* wxps_notify: the checks a WeChat Pay callback passes before its body is trusted — the
 * Wechatpay-* headers however a framework names them, the 300 s window, the platform signature —
 * and the AES-256-GCM decryption of its resource with the APIv3 key. */
#ifndef WXPS_NOTIFY_H
#define WXPS_NOTIFY_H

#include <stddef.h>
#include <stdint.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_format.h"
#include "wxps_keys.h"

/* The headers a callback is checked with. */
typedef enum {
	WXPS_NH_NONE = -1,
	WXPS_NH_TIMESTAMP = 0,
	WXPS_NH_NONCE,
	WXPS_NH_SIGNATURE,
	WXPS_NH_SERIAL,
	WXPS_NH_SIGNATURE_TYPE,
	WXPS_NH_COUNT
} wxps_notify_header;

/* Why a callback was refused: the numbers are NotificationException's codes. */
typedef enum {
	WXPS_NOTIFY_OK = 0,
	WXPS_NOTIFY_MISSING_HEADER = 1,
	WXPS_NOTIFY_STALE_TIMESTAMP = 2,
	WXPS_NOTIFY_UNKNOWN_SERIAL = 3,
	WXPS_NOTIFY_BAD_SIGNATURE = 4,
	WXPS_NOTIFY_MALFORMED_BODY = 5,
	WXPS_NOTIFY_UNDECRYPTABLE = 6
} wxps_notify_fault;

/* Header values by wxps_notify_header; data NULL when the header was not given. */
typedef struct {
	wxps_str value[WXPS_NH_COUNT];
} wxps_notify_headers;

/* The encrypted part of a notification body, as its JSON "resource" object holds it. */
typedef struct {
	wxps_str algorithm; /* data NULL: not given, taken as AEAD_AES_256_GCM */
	wxps_str ciphertext;
	wxps_str nonce;
	wxps_str associated_data; /* data NULL: none */
} wxps_notify_resource;

/* Which header a name stands for, as frameworks hand them: any case, "-" or "_", with or
 * without the "HTTP_" of server variables ("Wechatpay-Serial", "HTTP_WECHATPAY_SERIAL"). */
wxps_notify_header wxps_notify_header_of(const char *name, size_t len);

/* Every header there and non-empty, the signature type one we verify, the timestamp a number
 * within WXPS_MAX_CLOCK_SKEW of now. Returns the fault, with err (WXPS_E_VERIFY) saying which. */
wxps_notify_fault wxps_notify_check_headers(const wxps_notify_headers *h, int64_t now, wxps_error *err);

/* Wechatpay-Signature over "TIMESTAMP\nNONCE\nBODY\n" under the platform key of the serial. */
wxps_notify_fault wxps_notify_verify(EVP_PKEY *key, const wxps_notify_headers *h, const char *body, size_t len,
                                     wxps_error *err);

/* The resource's plaintext, appended to out. */
wxps_notify_fault wxps_notify_decrypt(const wxps_notify_resource *r, const char *apiv3_key, size_t key_len,
                                      wxps_buf *out, wxps_error *err);

#endif
