/* wxps_rsa: RSA beyond request signing — encryption of sensitive fields (OAEP with SHA-1, as
 * WeChat Pay uses), wechatpay-php's key strings, and PEM export of a parsed key. */
#ifndef WXPS_RSA_H
#define WXPS_RSA_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_keys.h"

/* The values of PHP's OPENSSL_PKCS1_PADDING and OPENSSL_PKCS1_OAEP_PADDING. */
#define WXPS_RSA_PKCS1_PADDING 1
#define WXPS_RSA_OAEP_PADDING 4

/* 0 for OAEP, the one padding encryption takes; WXPS_E_ARGUMENT for any other. PKCS#1 v1.5 is
 * refused as wechatpay-php >= 1.4.10 refuses it: its decryption is a padding oracle. */
int wxps_rsa_check_padding(long long padding, wxps_error *err);

/* base64 of plain encrypted with the public half of key, appended to out. A padding
 * wxps_rsa_check_padding() refuses, or a plaintext too long for the key, fails with WXPS_E_ARGUMENT. */
int wxps_rsa_encrypt(EVP_PKEY *key, int padding, const char *plain, size_t len, wxps_buf *out, wxps_error *err);

/* The plaintext of base64 ciphertext b64 under the private key, appended to out. A refused
 * padding fails with WXPS_E_ARGUMENT before any work; a ciphertext that is not base64 or does
 * not decrypt, with WXPS_E_VERIFY. */
int wxps_rsa_decrypt(EVP_PKEY *key, int padding, const char *b64, size_t len, wxps_buf *out, wxps_error *err);

/* A key in any form wxps_key_load_* reads, or in wechatpay-php's "private.pkcs1://BASE64",
 * "private.pkcs8://", "public.pkcs1://" and "public.spki://" forms. The structure named is a
 * hint: DER of the sibling structure of the same kind (PKCS#8 for PKCS#1...) is read too.
 * Errors as wxps_key_load_*. */
EVP_PKEY *wxps_key_load_any(const char *src, size_t len, int private_key, wxps_error *err);

/* PEM of key: PKCS#8 "PRIVATE KEY" when private_part, else SPKI "PUBLIC KEY"; appended to out. */
int wxps_key_to_pem(EVP_PKEY *key, int private_part, wxps_buf *out, wxps_error *err);

/* 1 when key holds a private key, 0 when only the public half. */
int wxps_key_is_private(EVP_PKEY *key);
int wxps_key_bits(EVP_PKEY *key);

/* base64 SPKI DER of a base64 PKCS#1 RSAPublicKey DER (SPKI in gives the same SPKI out),
 * appended to out; WXPS_E_ARGUMENT when the input is no RSA public key. */
int wxps_pkcs1_to_spki(const char *b64, size_t len, wxps_buf *out, wxps_error *err);

#endif
