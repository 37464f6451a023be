/* wxps_keys: RSA keys from the forms merchants hold them in.
 * "file://path", PEM text (PKCS#1, PKCS#8, SPKI, X.509 certificate) or base64 DER, parsed once. */
#ifndef WXPS_KEYS_H
#define WXPS_KEYS_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"

typedef struct evp_pkey_st EVP_PKEY;

/* A private key: PKCS#1 "RSA PRIVATE KEY", PKCS#8 "PRIVATE KEY", or base64 of either DER.
 * Returns NULL and fills err (WXPS_E_ARGUMENT) when the source holds no usable RSA private key.
 * The message names the form that failed, never any key bytes. */
EVP_PKEY *wxps_key_load_private(const char *src, size_t len, wxps_error *err);

/* A public key: SPKI "PUBLIC KEY", PKCS#1 "RSA PUBLIC KEY", an X.509 "CERTIFICATE",
 * or base64 of SPKI DER. Same error rule as above. */
EVP_PKEY *wxps_key_load_public(const char *src, size_t len, wxps_error *err);

/* The text behind src, into out: a file's contents for "file://path" (at most 1 MiB), else src
 * itself. what names it in messages ("certificate"); -1 with err set when there is none. */
int wxps_source_text(const char *src, size_t len, const char *what, wxps_buf *out, wxps_error *err);
/* DER from base64 text, whitespace allowed; -1 when it is not base64 or decodes to nothing. */
int wxps_base64_der(const char *text, size_t len, wxps_buf *der);
/* Whether text holds a "-----BEGIN" marker, so is PEM rather than base64. */
int wxps_has_pem_marker(const char *text, size_t len);

/* The OpenSSL library in use, e.g. "OpenSSL 3.0.17 1 Jul 2025". */
const char *wxps_openssl_version(void);

/* Parsed keys are cached per process by the SHA-256 of their text; this drops the cache. */
void wxps_key_cache_clear(void);
/* At process end: the cache and its lock; no key is cached afterwards. */
void wxps_key_cache_shutdown(void);

/* An extra reference on a shared key; wxps_key_free drops one. */
EVP_PKEY *wxps_key_ref(EVP_PKEY *key);
void wxps_key_free(EVP_PKEY *key);

#endif
