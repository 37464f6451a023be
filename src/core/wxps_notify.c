#include "wxps_notify.h"

#include <inttypes.h>
#include <string.h>

#include "wxps_aes.h"
#include "wxps_sign.h"

#define WXPS_SIGNATURE_TYPE "WECHATPAY2-SHA256-RSA2048"
#define WXPS_NOTIFY_ALGORITHM "AEAD_AES_256_GCM"

static const char *const wxps_notify_header_names[WXPS_NH_COUNT] = {
    "wechatpay-timestamp", "wechatpay-nonce", "wechatpay-signature", "wechatpay-serial", "wechatpay-signature-type",
};

/* Header names as the messages show them. */
static const char *const wxps_notify_header_labels[WXPS_NH_COUNT] = {
    "Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial", "Wechatpay-Signature-Type",
};

static char wxps_header_char(char c)
{
	if (c >= 'A' && c <= 'Z') {
		return (char)(c - 'A' + 'a');
	}
	return c == '_' ? '-' : c;
}

static int wxps_header_name_is(const char *name, size_t len, const char *want)
{
	size_t i;

	if (len != strlen(want)) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (wxps_header_char(name[i]) != want[i]) {
			return 0;
		}
	}
	return 1;
}

wxps_notify_header wxps_notify_header_of(const char *name, size_t len)
{
	int i;

	if (len > 5 && wxps_header_name_is(name, 5, "http-")) {
		name += 5;
		len -= 5;
	}
	for (i = 0; i < WXPS_NH_COUNT; i++) {
		if (wxps_header_name_is(name, len, wxps_notify_header_names[i])) {
			return (wxps_notify_header)i;
		}
	}
	return WXPS_NH_NONE;
}

static int wxps_str_is(const wxps_str *s, const char *want)
{
	return s->data && s->len == strlen(want) && memcmp(s->data, want, s->len) == 0;
}

/* Plain decimal seconds; more than 18 digits cannot be a sane clock and would overflow. */
static int wxps_parse_seconds(const wxps_str *s, int64_t *out)
{
	int64_t v = 0;
	size_t i;

	if (s->len == 0 || s->len > 18) {
		return -1;
	}
	for (i = 0; i < s->len; i++) {
		if (s->data[i] < '0' || s->data[i] > '9') {
			return -1;
		}
		v = v * 10 + (s->data[i] - '0');
	}
	*out = v;
	return 0;
}

static wxps_notify_fault wxps_notify_fail(wxps_notify_fault fault, wxps_error *err, const char *fmt, const char *arg)
{
	wxps_error_set(err, WXPS_E_VERIFY, fmt, arg);
	return fault;
}

wxps_notify_fault wxps_notify_check_headers(const wxps_notify_headers *h, int64_t now, wxps_error *err)
{
	const wxps_str *type = &h->value[WXPS_NH_SIGNATURE_TYPE];
	int64_t ts, skew;
	int i;

	for (i = 0; i < WXPS_NH_SIGNATURE_TYPE; i++) {
		if (!h->value[i].data || h->value[i].len == 0) {
			return wxps_notify_fail(WXPS_NOTIFY_MISSING_HEADER, err, "notification has no %s header",
			                        wxps_notify_header_labels[i]);
		}
	}
	/* Absent means the one type there is; SM2 callbacks would need another verifier. */
	if (type->data && !wxps_str_is(type, WXPS_SIGNATURE_TYPE)) {
		return wxps_notify_fail(WXPS_NOTIFY_BAD_SIGNATURE, err,
		                        "notification Wechatpay-Signature-Type is not %s", WXPS_SIGNATURE_TYPE);
	}
	if (wxps_parse_seconds(&h->value[WXPS_NH_TIMESTAMP], &ts) != 0) {
		return wxps_notify_fail(WXPS_NOTIFY_STALE_TIMESTAMP, err, "notification %s is not a number of seconds",
		                        wxps_notify_header_labels[WXPS_NH_TIMESTAMP]);
	}
	skew = now > ts ? now - ts : ts - now;
	if (skew > WXPS_MAX_CLOCK_SKEW) {
		wxps_error_set(err, WXPS_E_VERIFY,
		               "notification timestamp is %" PRId64 " s off the local clock (limit %d s): "
		               "a replay, or a clock to fix",
		               skew, WXPS_MAX_CLOCK_SKEW);
		return WXPS_NOTIFY_STALE_TIMESTAMP;
	}
	return WXPS_NOTIFY_OK;
}

wxps_notify_fault wxps_notify_verify(EVP_PKEY *key, const wxps_notify_headers *h, const char *body, size_t len,
                                     wxps_error *err)
{
	const wxps_str *sig = &h->value[WXPS_NH_SIGNATURE];
	wxps_str pieces[3];
	wxps_buf msg;
	int ok;

	pieces[0] = h->value[WXPS_NH_TIMESTAMP];
	pieces[1] = h->value[WXPS_NH_NONCE];
	pieces[2].data = body ? body : "";
	pieces[2].len = body ? len : 0;
	wxps_buf_init(&msg);
	if (!key || !sig->data || wxps_join_lf(pieces, 3, &msg) != 0) {
		wxps_buf_free(&msg);
		wxps_error_set(err, WXPS_E_INTERNAL, "notification could not be checked (out of memory)");
		return WXPS_NOTIFY_BAD_SIGNATURE;
	}
	ok = wxps_rsa_verify(key, msg.data, msg.len, sig->data, sig->len);
	wxps_buf_free(&msg);
	if (!ok) {
		wxps_error_set(err, WXPS_E_VERIFY,
		               "notification signature does not verify with the platform key of its serial: "
		               "not from WeChat Pay, or altered");
		return WXPS_NOTIFY_BAD_SIGNATURE;
	}
	return WXPS_NOTIFY_OK;
}

wxps_notify_fault wxps_notify_decrypt(const wxps_notify_resource *r, const char *apiv3_key, size_t key_len,
                                      wxps_buf *out, wxps_error *err)
{
	wxps_aes_gcm job;
	wxps_error aes;

	if (r->algorithm.data && !wxps_str_is(&r->algorithm, WXPS_NOTIFY_ALGORITHM)) {
		return wxps_notify_fail(WXPS_NOTIFY_MALFORMED_BODY, err, "notification resource algorithm is not %s",
		                        WXPS_NOTIFY_ALGORITHM);
	}
	if (!r->ciphertext.data || !r->nonce.data || r->nonce.len == 0) {
		return wxps_notify_fail(WXPS_NOTIFY_MALFORMED_BODY, err, "notification resource has no %s",
		                        !r->ciphertext.data ? "ciphertext" : "nonce");
	}
	wxps_error_clear(&aes);
	job.key = (const unsigned char *)apiv3_key;
	job.key_len = key_len;
	job.iv = (const unsigned char *)r->nonce.data;
	job.iv_len = r->nonce.len;
	job.aad = (const unsigned char *)(r->associated_data.data ? r->associated_data.data : "");
	job.aad_len = r->associated_data.data ? r->associated_data.len : 0;
	if (wxps_aes_gcm_decrypt(&job, r->ciphertext.data, r->ciphertext.len, out, &aes) != 0) {
		if (aes.kind == WXPS_E_VERIFY) {
			wxps_error_set(err, WXPS_E_VERIFY,
			               "notification resource does not decrypt with the apiv3Key: %s", aes.message);
		} else {
			wxps_error_set(err, aes.kind, "%s", aes.message);
		}
		return WXPS_NOTIFY_UNDECRYPTABLE;
	}
	return WXPS_NOTIFY_OK;
}
