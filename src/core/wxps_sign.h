/* wxps_sign: the APIv3 signature scheme, both directions.
 * Requests are signed with the merchant key; answers and callbacks are verified with platform keys. */
#ifndef WXPS_SIGN_H
#define WXPS_SIGN_H

#include <stddef.h>
#include <stdint.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_keys.h"

#define WXPS_NONCE_LEN 32
/* Answers whose timestamp is further than this from our clock are refused. */
#define WXPS_MAX_CLOCK_SKEW 300

/* 32 characters of [0-9A-Za-z] from the OpenSSL CSPRNG, NUL-terminated. Returns 0 or -1. */
int wxps_nonce(char out[WXPS_NONCE_LEN + 1]);

/* base64(RSA-SHA256 PKCS#1 v1.5 over msg), appended to out. */
int wxps_rsa_sign(EVP_PKEY *key, const char *msg, size_t len, wxps_buf *out, wxps_error *err);
/* 1 when sig_b64 is a valid signature of msg under key, 0 when it is not (or is not base64). */
int wxps_rsa_verify(EVP_PKEY *key, const char *msg, size_t len, const char *sig_b64, size_t sig_len);

/* The Authorization header value for one request:
 *   WECHATPAY2-SHA256-RSA2048 mchid="..",nonce_str="..",signature="..",timestamp="..",serial_no=".."
 * signed over "METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n". target is path plus "?query" as sent. */
int wxps_sign_request(EVP_PKEY *key, const char *mchid, const char *serial, const char *method, const char *target,
                      const char *body, size_t body_len, int64_t timestamp, const char *nonce, wxps_buf *out,
                      wxps_error *err);

/* Check an answer's Wechatpay-Signature over "TIMESTAMP\nNONCE\nBODY\n" and its timestamp
 * against now (within WXPS_MAX_CLOCK_SKEW). Returns 0, or -1 with err (WXPS_E_VERIFY) saying
 * which check failed. */
int wxps_verify_response(EVP_PKEY *key, const char *timestamp, const char *nonce, const char *body, size_t body_len,
                         const char *signature, int64_t now, wxps_error *err);

/* How an answer to a request is verified, by method and path (from its leading '/', no query). */
typedef enum {
	WXPS_ANSWER_SIGNED,    /* the signature covers the body */
	WXPS_ANSWER_UNSIGNED,  /* a file download WeChat Pay does not sign */
	WXPS_ANSWER_STATEMENT, /* an overseas statement: signed over {"sha1":"..."} of the body */
} wxps_answer_kind;

/* Exact matches only, GET only: GET /v3/billdownload/file, /v3/payscore/bill/downloadurl,
 * /v3/bill/downloadurl and /v3/merchant-service/images/{one segment} (not "upload", no dot
 * segment, no '/' or '\', literal or percent-encoded) are unsigned; GET /v3/global/statements
 * and /hk/v3/statements are statements. Everything else is signed. */
wxps_answer_kind wxps_answer_kind_of(const char *method, const char *path, size_t len);

/* An overseas statement: the signature over {"sha1":"SHA1"} (SHA1 as the Wechatpay-Statement-Sha1
 * header gives it), then the body's SHA-1 against that header (hex, any case). As
 * wxps_verify_response. */
int wxps_verify_statement(EVP_PKEY *key, const char *timestamp, const char *nonce, const char *sha1, const char *body,
                          size_t body_len, const char *signature, int64_t now, wxps_error *err);

/* At process end: the prepared signing contexts (and the keys they hold). */
void wxps_sign_cache_shutdown(void);

int wxps_base64_encode(const unsigned char *in, size_t len, wxps_buf *out);
/* Strict decode (standard alphabet, padding required); whitespace is not skipped. -1 on bad input. */
int wxps_base64_decode(const char *in, size_t len, wxps_buf *out);

#endif
