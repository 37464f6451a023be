/* wxps_aes: AES-256-GCM as WeChat Pay uses it for callback resources and the APIv3 key.
 * Ciphertext travels as base64(ciphertext || 16-byte tag), as wechatpay-php's AesGcm has it. */
#ifndef WXPS_AES_H
#define WXPS_AES_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"

#define WXPS_AES_KEY_LEN 32
#define WXPS_AES_TAG_LEN 16

#define WXPS_AES_MAX_IV_LEN 128

/* One AES-256-GCM job: the key (32 bytes), the nonce (1 to 128 bytes; WeChat Pay uses 12)
 * and the associated data (may be empty). */
typedef struct {
	const unsigned char *key;
	size_t key_len;
	const unsigned char *iv;
	size_t iv_len;
	const unsigned char *aad;
	size_t aad_len;
} wxps_aes_gcm;

/* base64(ciphertext || tag) of plain, appended to out. A bad key or nonce length fails
 * with WXPS_E_ARGUMENT. */
int wxps_aes_gcm_encrypt(const wxps_aes_gcm *job, const char *plain, size_t len, wxps_buf *out, wxps_error *err);

/* The plaintext of base64(ciphertext || tag), appended to out. Input that is not base64 or
 * shorter than a tag, and a tag that does not authenticate (wrong key, nonce or associated
 * data, or altered bytes), fail with WXPS_E_VERIFY; out is then left as it was. */
int wxps_aes_gcm_decrypt(const wxps_aes_gcm *job, const char *b64, size_t len, wxps_buf *out, wxps_error *err);

#endif
