#include "wxps_bill.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <zlib.h>

#define WXPS_BILL_TAG_LEN 16
#define WXPS_BILL_CHUNK 65536

struct wxps_bill {
	EVP_CIPHER_CTX *aes;                  /* NULL: a plain bill */
	unsigned char tag[WXPS_BILL_TAG_LEN]; /* the last bytes seen: the tag, once all arrived */
	size_t tag_len;
	EVP_MD_CTX *md;
	char want[2 * EVP_MAX_MD_SIZE + 1]; /* hash_value, lower case */
	unsigned char sniff[2];             /* the first plaintext bytes, until gzip or not is known */
	size_t sniff_len;
	int gzip; /* -1 not known yet, 0 plain, 1 gzip */
	int z_ready;
	int z_ended; /* the last gzip member ended where the input did */
	z_stream z;
	uint64_t bytes;
	wxps_bill_writer write;
	void *write_ud;
	unsigned char buf[WXPS_BILL_CHUNK];
};

static int wxps_bill_emit(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	if (!len) {
		return 0;
	}
	if (EVP_DigestUpdate(b->md, data, len) != 1) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "cannot hash the bill");
	}
	b->bytes += len;
	if (b->write(b->write_ud, (const char *)data, len) != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "cannot write the bill");
	}
	return 0;
}

static int wxps_bill_inflate(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	unsigned char out[16384];
	int rc;

	b->z.next_in = (unsigned char *)data;
	b->z.avail_in = (uInt)len;
	do {
		if (b->z_ended) {
			if (b->z.avail_in == 0) {
				break;
			}
			/* Another gzip member follows (gzip files may be concatenated). */
			inflateReset(&b->z);
			b->z_ended = 0;
		}
		b->z.next_out = out;
		b->z.avail_out = sizeof(out);
		rc = inflate(&b->z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
			return wxps_error_set(err, WXPS_E_VERIFY, "bill is not valid gzip (%s)",
			                      b->z.msg ? b->z.msg : "inflate failed");
		}
		if (wxps_bill_emit(b, out, sizeof(out) - b->z.avail_out, err) != 0) {
			return -1;
		}
		b->z_ended = rc == Z_STREAM_END;
		if (rc == Z_BUF_ERROR) {
			break; /* no progress possible: all input taken, nothing pending */
		}
	} while (b->z.avail_in > 0 || b->z.avail_out == 0);
	return 0;
}

static int wxps_bill_plain(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	return b->gzip ? wxps_bill_inflate(b, data, len, err) : wxps_bill_emit(b, data, len, err);
}

/* Decide gzip or not from the first two bytes, then pass what was held back on. */
static int wxps_bill_decide(wxps_bill *b, wxps_error *err)
{
	b->gzip = b->sniff_len == 2 && b->sniff[0] == 0x1f && b->sniff[1] == 0x8b;
	if (b->gzip) {
		memset(&b->z, 0, sizeof(b->z));
		if (inflateInit2(&b->z, 16 + MAX_WBITS) != Z_OK) {
			return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		}
		b->z_ready = 1;
	}
	return wxps_bill_plain(b, b->sniff, b->sniff_len, err);
}

static int wxps_bill_plaintext(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	while (b->gzip < 0 && len > 0) {
		b->sniff[b->sniff_len++] = *data++;
		len--;
		if (b->sniff_len == sizeof(b->sniff) && wxps_bill_decide(b, err) != 0) {
			return -1;
		}
	}
	return len ? wxps_bill_plain(b, data, len, err) : 0;
}

static int wxps_bill_decrypt(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	int n;

	while (len > 0) {
		size_t piece = len < sizeof(b->buf) ? len : sizeof(b->buf);
		if (EVP_DecryptUpdate(b->aes, b->buf, &n, data, (int)piece) != 1) {
			return wxps_error_set(err, WXPS_E_VERIFY, "bill does not decrypt");
		}
		if (wxps_bill_plaintext(b, b->buf, (size_t)n, err) != 0) {
			return -1;
		}
		data += piece;
		len -= piece;
	}
	return 0;
}

/* The last 16 bytes may be the tag: hold them back until more arrive or the download ends. */
static int wxps_bill_ciphertext(wxps_bill *b, const unsigned char *data, size_t len, wxps_error *err)
{
	size_t out_n, from_tag, from_data;

	if (b->tag_len + len <= WXPS_BILL_TAG_LEN) {
		memcpy(b->tag + b->tag_len, data, len);
		b->tag_len += len;
		return 0;
	}
	out_n = b->tag_len + len - WXPS_BILL_TAG_LEN;
	from_tag = b->tag_len < out_n ? b->tag_len : out_n;
	from_data = out_n - from_tag;
	if (wxps_bill_decrypt(b, b->tag, from_tag, err) != 0 || wxps_bill_decrypt(b, data, from_data, err) != 0) {
		return -1;
	}
	memmove(b->tag, b->tag + from_tag, b->tag_len - from_tag);
	memcpy(b->tag + (b->tag_len - from_tag), data + from_data, len - from_data);
	b->tag_len = WXPS_BILL_TAG_LEN;
	return 0;
}

int wxps_bill_feed(wxps_bill *b, const char *data, size_t len, wxps_error *err)
{
	const unsigned char *p = (const unsigned char *)data;

	return b->aes ? wxps_bill_ciphertext(b, p, len, err) : wxps_bill_plaintext(b, p, len, err);
}

static int wxps_bill_check_tag(wxps_bill *b, wxps_error *err)
{
	int n;

	if (b->tag_len < WXPS_BILL_TAG_LEN) {
		return wxps_error_set(err, WXPS_E_VERIFY, "encrypted bill is shorter than its 16-byte tag");
	}
	if (EVP_CIPHER_CTX_ctrl(b->aes, EVP_CTRL_GCM_SET_TAG, WXPS_BILL_TAG_LEN, b->tag) != 1 ||
	    EVP_DecryptFinal_ex(b->aes, b->buf, &n) != 1) {
		return wxps_error_set(err, WXPS_E_VERIFY,
		                      "encrypted bill fails its tag check (altered, truncated, or the wrong key)");
	}
	return 0;
}

static int wxps_bill_check_hash(wxps_bill *b, wxps_error *err)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	char got[2 * EVP_MAX_MD_SIZE + 1];
	unsigned int n, i;

	if (EVP_DigestFinal_ex(b->md, md, &n) != 1) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "cannot hash the bill");
	}
	for (i = 0; i < n; i++) {
		got[2 * i] = hex[md[i] >> 4];
		got[2 * i + 1] = hex[md[i] & 15];
	}
	got[2 * n] = '\0';
	if (strcmp(got, b->want) != 0) {
		return wxps_error_set(err, WXPS_E_VERIFY,
		                      "bill does not match its hash_value (%s of the %llu bytes received is %s)",
		                      n == 20 ? "SHA1" : "SHA256", (unsigned long long)b->bytes, got);
	}
	return 0;
}

int wxps_bill_finish(wxps_bill *b, uint64_t *bytes, wxps_error *err)
{
	if (b->aes && wxps_bill_check_tag(b, err) != 0) {
		return -1;
	}
	if (b->gzip < 0 && wxps_bill_decide(b, err) != 0) {
		return -1;
	}
	if (b->gzip && !b->z_ended) {
		return wxps_error_set(err, WXPS_E_VERIFY, "gzip bill ends early (truncated)");
	}
	if (wxps_bill_check_hash(b, err) != 0) {
		return -1;
	}
	*bytes = b->bytes;
	return 0;
}

static const EVP_MD *wxps_bill_digest(const char *type, size_t *hex_len)
{
	if (type && strcasecmp(type, "SHA1") == 0) {
		*hex_len = 40;
		return EVP_sha1();
	}
	if (type && strcasecmp(type, "SHA256") == 0) {
		*hex_len = 64;
		return EVP_sha256();
	}
	return NULL;
}

static int wxps_bill_want(wxps_bill *b, const char *value, size_t hex_len, wxps_error *err)
{
	size_t i;

	if (!value || strlen(value) != hex_len) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "bill \"hash_value\" must be %zu hex digits", hex_len);
	}
	for (i = 0; i < hex_len; i++) {
		char c = value[i];
		if (c >= 'A' && c <= 'F') {
			c = (char)(c - 'A' + 'a');
		}
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
			return wxps_error_set(err, WXPS_E_ARGUMENT, "bill \"hash_value\" must be %zu hex digits",
			                      hex_len);
		}
		b->want[i] = c;
	}
	b->want[hex_len] = '\0';
	return 0;
}

static int wxps_bill_cipher(wxps_bill *b, const wxps_bill_spec *spec, wxps_error *err)
{
	if (spec->iv_len < 1 || spec->iv_len > 128) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "bill \"nonce\" must be 1 to 128 bytes");
	}
	b->aes = EVP_CIPHER_CTX_new();
	if (!b->aes || EVP_DecryptInit_ex(b->aes, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(b->aes, EVP_CTRL_GCM_SET_IVLEN, (int)spec->iv_len, NULL) != 1 ||
	    EVP_DecryptInit_ex(b->aes, NULL, NULL, spec->key, spec->iv) != 1) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "cannot set up AES-256-GCM");
	}
	return 0;
}

wxps_bill *wxps_bill_new(const wxps_bill_spec *spec, wxps_error *err)
{
	size_t hex_len = 0;
	const EVP_MD *md = wxps_bill_digest(spec->hash_type, &hex_len);
	wxps_bill *b;

	if (!md) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "bill \"hash_type\" must be SHA1 or SHA256");
		return NULL;
	}
	b = calloc(1, sizeof(*b));
	if (!b) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		return NULL;
	}
	b->gzip = -1;
	b->write = spec->write;
	b->write_ud = spec->write_ud;
	b->md = EVP_MD_CTX_new();
	if (wxps_bill_want(b, spec->hash_value, hex_len, err) != 0 ||
	    (spec->key && wxps_bill_cipher(b, spec, err) != 0)) {
		wxps_bill_free(b);
		return NULL;
	}
	if (!b->md || EVP_DigestInit_ex(b->md, md, NULL) != 1) {
		wxps_error_set(err, WXPS_E_INTERNAL, "cannot hash the bill");
		wxps_bill_free(b);
		return NULL;
	}
	return b;
}

void wxps_bill_free(wxps_bill *b)
{
	if (!b) {
		return;
	}
	if (b->aes) {
		EVP_CIPHER_CTX_free(b->aes); /* wipes the key schedule */
	}
	EVP_MD_CTX_free(b->md);
	if (b->z_ready) {
		inflateEnd(&b->z);
	}
	free(b);
}
