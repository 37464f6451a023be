#include "wxps_keys.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "wxps_buf.h"
#include "wxps_sign.h"

/* Real keys and certificates are a few KiB; anything this big is a mistake, not a key. */
#define WXPS_KEY_MAX_BYTES (1024 * 1024)

/* One form a key comes in: its PEM label, and how OpenSSL decodes its DER. */
typedef struct {
	const char *label;
	const char *structure; /* OSSL_DECODER input structure; NULL: an X.509 certificate */
	const char *keytype;   /* NULL: whatever the DER names (checked for RSA afterwards) */
} wxps_key_form;

/* Base64 DER has no label, so its forms are tried in this order. The encrypted form is
 * decoded only so that the passphrase callback can tell it from garbage. */
static const wxps_key_form wxps_private_forms[] = {
    {"PRIVATE KEY", "PrivateKeyInfo", NULL},
    {"RSA PRIVATE KEY", "type-specific", "RSA"},
    {"ENCRYPTED PRIVATE KEY", "EncryptedPrivateKeyInfo", NULL},
    {NULL, NULL, NULL},
};

static const wxps_key_form wxps_public_forms[] = {
    {"PUBLIC KEY", "SubjectPublicKeyInfo", NULL},
    {"RSA PUBLIC KEY", "type-specific", "RSA"},
    {"CERTIFICATE", NULL, NULL},
    {NULL, NULL, NULL},
};

typedef struct {
	int private;      /* loading a private key (1) or a public key (0) */
	const char *what; /* "private key" or "public key", for messages */
	const wxps_key_form *forms;
	int encrypted; /* set when OpenSSL asked for a passphrase */
} wxps_key_job;

/* OpenSSL asks for a passphrase only when the key is encrypted: note it and refuse. */
static int wxps_no_passphrase(char *pass, size_t size, size_t *len, const OSSL_PARAM params[], void *arg)
{
	(void)pass;
	(void)size;
	(void)params;
	*len = 0;
	((wxps_key_job *)arg)->encrypted = 1;
	return 0;
}

static EVP_PKEY *wxps_decode_der(wxps_key_job *job, const wxps_key_form *form, const unsigned char *der, size_t len)
{
	OSSL_DECODER_CTX *dctx;
	EVP_PKEY *pkey = NULL;
	int selection = job->private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;

	dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", form->structure, form->keytype, selection, NULL, NULL);
	if (!dctx) {
		return NULL;
	}
	OSSL_DECODER_CTX_set_passphrase_cb(dctx, wxps_no_passphrase, job);
	/* Trailing bytes after the key mean the input is not what it claims to be. */
	if (OSSL_DECODER_from_data(dctx, &der, &len) != 1 || len != 0) {
		EVP_PKEY_free(pkey);
		pkey = NULL;
	}
	OSSL_DECODER_CTX_free(dctx);
	return pkey;
}

static EVP_PKEY *wxps_decode_cert(const unsigned char *der, size_t len)
{
	const unsigned char *p = der;
	EVP_PKEY *pkey = NULL;
	X509 *cert;

	if (len > WXPS_KEY_MAX_BYTES) {
		return NULL;
	}
	cert = d2i_X509(NULL, &p, (long)len);
	if (cert && p == der + len) {
		pkey = X509_get_pubkey(cert);
	}
	X509_free(cert);
	return pkey;
}

static EVP_PKEY *wxps_decode_form(wxps_key_job *job, const wxps_key_form *form, const unsigned char *der, size_t len)
{
	if (!form->structure) {
		return wxps_decode_cert(der, len);
	}
	return wxps_decode_der(job, form, der, len);
}

static EVP_PKEY *wxps_decode_any_form(wxps_key_job *job, const unsigned char *der, size_t len)
{
	const wxps_key_form *form;
	EVP_PKEY *pkey = NULL;

	for (form = job->forms; !pkey && form->label; form++) {
		pkey = wxps_decode_form(job, form, der, len);
	}
	return pkey;
}

static const wxps_key_form *wxps_form_by_label(const wxps_key_job *job, const char *label)
{
	const wxps_key_form *form;

	for (form = job->forms; form->label; form++) {
		if (strcmp(form->label, label) == 0) {
			return form;
		}
	}
	return NULL;
}

static EVP_PKEY *wxps_decode_pem_block(wxps_key_job *job, const wxps_key_form *form, const char *header,
                                       const unsigned char *der, size_t len)
{
	/* Legacy PKCS#1 encryption shows only as a "Proc-Type: 4,ENCRYPTED" header. */
	if (header && strstr(header, "ENCRYPTED")) {
		job->encrypted = 1;
		return NULL;
	}
	return wxps_decode_form(job, form, der, len);
}

static int wxps_ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);

	return n >= t && strcmp(s + n - t, tail) == 0;
}

/* "EC PRIVATE KEY" deserves a clearer word than "no private key here". */
static void wxps_pem_wrong_block(const wxps_key_job *job, const char *label, wxps_error *err)
{
	if (wxps_ends_with(label, job->private ? " PRIVATE KEY" : " PUBLIC KEY")) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "PEM holds an \"%s\", only RSA keys are accepted", label);
	} else {
		wxps_error_set(err, WXPS_E_ARGUMENT, "PEM holds no %s (found a \"%s\" block)", job->what, label);
	}
}

static EVP_PKEY *wxps_key_from_pem(wxps_key_job *job, const char *text, size_t len, wxps_error *err)
{
	BIO *bio = BIO_new_mem_buf(text, (int)len);
	char *name, *header, other[64] = "";
	const wxps_key_form *form;
	unsigned char *data;
	long dlen;
	EVP_PKEY *pkey = NULL;
	int tried = 0;

	if (!bio) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		return NULL;
	}
	/* The first block of a label we know decides; others (parameters, chains) are skipped. */
	while (!tried && PEM_read_bio_ex(bio, &name, &header, &data, &dlen, PEM_FLAG_SECURE) == 1) {
		form = wxps_form_by_label(job, name);
		if (form) {
			tried = 1;
			pkey = wxps_decode_pem_block(job, form, header, data, (size_t)dlen);
		} else if (!other[0]) {
			snprintf(other, sizeof(other), "%s", name);
		}
		OPENSSL_secure_clear_free(data, (size_t)dlen);
		OPENSSL_secure_free(header);
		OPENSSL_secure_free(name);
	}
	BIO_free(bio);
	if (!pkey && !tried && other[0]) {
		wxps_pem_wrong_block(job, other, err);
	}
	return pkey;
}

static int wxps_is_b64_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int wxps_base64_der(const char *text, size_t len, wxps_buf *der)
{
	wxps_buf b64;
	size_t i;
	int rc = 0;

	wxps_buf_init(&b64);
	/* Base64 copied from a file or a console often carries line breaks. */
	for (i = 0; i < len && rc == 0; i++) {
		if (!wxps_is_b64_space(text[i])) {
			rc = wxps_buf_append_char(&b64, text[i]);
		}
	}
	rc = rc == 0 && b64.len > 0 && wxps_base64_decode(b64.data, b64.len, der) == 0 && der->len > 0 ? 0 : -1;
	OPENSSL_cleanse(b64.data, b64.len);
	wxps_buf_free(&b64);
	return rc;
}

static EVP_PKEY *wxps_key_from_base64(wxps_key_job *job, const char *text, size_t len)
{
	wxps_buf der;
	EVP_PKEY *pkey = NULL;

	wxps_buf_init(&der);
	if (wxps_base64_der(text, len, &der) == 0) {
		pkey = wxps_decode_any_form(job, (const unsigned char *)der.data, der.len);
	}
	wxps_buf_free(&der);
	return pkey;
}

static int wxps_read_stream(FILE *f, wxps_buf *out)
{
	char chunk[4096];
	size_t n;
	int rc = 0;

	while (rc == 0 && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (out->len + n > WXPS_KEY_MAX_BYTES) {
			rc = 1;
		} else if (wxps_buf_append(out, chunk, n) != 0) {
			rc = -1;
		}
	}
	if (rc == 0 && ferror(f)) {
		rc = -1;
	}
	OPENSSL_cleanse(chunk, sizeof(chunk));
	return rc;
}

static int wxps_read_key_file(const char *what, const char *path, size_t plen, wxps_buf *out, wxps_error *err)
{
	char quoted[WXPS_PATH_QUOTE_SIZE];
	wxps_buf name;
	FILE *f = NULL;
	int rc = -1;

	wxps_buf_init(&name);
	if (plen == 0 || memchr(path, '\0', plen) || wxps_buf_append(&name, path, plen) != 0) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "invalid %s file path", what);
		goto out;
	}
	f = fopen(name.data, "rb");
	if (f) {
		/* No stdio buffer: it would keep key bytes in memory nobody wipes. */
		setvbuf(f, NULL, _IONBF, 0);
		rc = wxps_read_stream(f, out);
		fclose(f);
	}
	wxps_quote_path(name.data, name.len, quoted);
	if (rc > 0) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s file %s is larger than 1 MiB", what, quoted);
	} else if (rc < 0) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "cannot read %s file %s", what, quoted);
	} else if (out->len == 0) {
		rc = wxps_error_set(err, WXPS_E_ARGUMENT, "%s file %s is empty", what, quoted);
	}
out:
	wxps_buf_free(&name);
	return rc == 0 ? 0 : -1;
}

int wxps_has_pem_marker(const char *text, size_t len)
{
	static const char mark[] = "-----BEGIN";
	size_t i, n = sizeof(mark) - 1;

	for (i = 0; i + n <= len; i++) {
		if (text[i] == '-' && memcmp(text + i, mark, n) == 0) {
			return 1;
		}
	}
	return 0;
}

static int wxps_require_rsa(const wxps_key_job *job, EVP_PKEY *pkey, wxps_error *err)
{
	const char *type;

	if (EVP_PKEY_is_a(pkey, "RSA")) {
		return 0;
	}
	type = EVP_PKEY_get0_type_name(pkey);
	return wxps_error_set(err, WXPS_E_ARGUMENT, "%s is %s, only RSA keys are accepted", job->what,
	                      type ? type : "not RSA");
}

/* Parsed keys, per process, by the SHA-256 of their text: a client built on every request
 * (as in PHP-FPM) then pays for a hash, not for a parse. Keys are shared by reference. */
#define WXPS_KEY_CACHE_SIZE 32

typedef struct {
	unsigned char digest[32];
	int private;
	EVP_PKEY *key;
} wxps_key_cache_entry;

static wxps_key_cache_entry wxps_key_cache[WXPS_KEY_CACHE_SIZE];
static unsigned wxps_key_cache_next;
static CRYPTO_ONCE wxps_key_cache_once = CRYPTO_ONCE_STATIC_INIT;
static CRYPTO_RWLOCK *wxps_key_cache_lock;

static void wxps_key_cache_init(void)
{
	wxps_key_cache_lock = CRYPTO_THREAD_lock_new();
}

static int wxps_key_cache_ready(void)
{
	return CRYPTO_THREAD_run_once(&wxps_key_cache_once, wxps_key_cache_init) && wxps_key_cache_lock;
}

static EVP_PKEY *wxps_key_cache_find(const unsigned char *digest, int private)
{
	EVP_PKEY *found = NULL;
	unsigned i;

	if (!wxps_key_cache_ready() || !CRYPTO_THREAD_read_lock(wxps_key_cache_lock)) {
		return NULL;
	}
	for (i = 0; i < WXPS_KEY_CACHE_SIZE && !found; i++) {
		if (wxps_key_cache[i].key && wxps_key_cache[i].private == private &&
		    CRYPTO_memcmp(wxps_key_cache[i].digest, digest, 32) == 0) {
			found = wxps_key_ref(wxps_key_cache[i].key);
		}
	}
	CRYPTO_THREAD_unlock(wxps_key_cache_lock);
	return found;
}

static void wxps_key_cache_add(const unsigned char *digest, int private, EVP_PKEY *key)
{
	wxps_key_cache_entry *slot;
	EVP_PKEY *evicted;

	if (!wxps_key_cache_ready() || !wxps_key_ref(key) || !CRYPTO_THREAD_write_lock(wxps_key_cache_lock)) {
		return;
	}
	slot = &wxps_key_cache[wxps_key_cache_next++ % WXPS_KEY_CACHE_SIZE];
	evicted = slot->key;
	memcpy(slot->digest, digest, 32);
	slot->private = private;
	slot->key = key;
	CRYPTO_THREAD_unlock(wxps_key_cache_lock);
	EVP_PKEY_free(evicted);
}

void wxps_key_cache_shutdown(void)
{
	wxps_key_cache_clear();
	CRYPTO_THREAD_lock_free(wxps_key_cache_lock);
	wxps_key_cache_lock = NULL;
}

void wxps_key_cache_clear(void)
{
	unsigned i;

	/* Under the write lock: another thread may be finding, adding or evicting. */
	if (!wxps_key_cache_lock || !CRYPTO_THREAD_write_lock(wxps_key_cache_lock)) {
		return;
	}
	for (i = 0; i < WXPS_KEY_CACHE_SIZE; i++) {
		EVP_PKEY_free(wxps_key_cache[i].key);
		wxps_key_cache[i].key = NULL;
	}
	CRYPTO_THREAD_unlock(wxps_key_cache_lock);
}

static EVP_PKEY *wxps_key_parse_uncached(wxps_key_job *job, const char *text, size_t len, wxps_error *err);

static EVP_PKEY *wxps_key_parse(wxps_key_job *job, const char *text, size_t len, wxps_error *err)
{
	unsigned char digest[32];
	EVP_PKEY *pkey;

	if (len > WXPS_KEY_MAX_BYTES || !EVP_Digest(text, len, digest, NULL, EVP_sha256(), NULL)) {
		return wxps_key_parse_uncached(job, text, len, err);
	}
	pkey = wxps_key_cache_find(digest, job->private);
	if (!pkey) {
		pkey = wxps_key_parse_uncached(job, text, len, err);
		if (pkey) {
			wxps_key_cache_add(digest, job->private, pkey);
		}
	}
	OPENSSL_cleanse(digest, sizeof(digest));
	return pkey;
}

static EVP_PKEY *wxps_key_parse_uncached(wxps_key_job *job, const char *text, size_t len, wxps_error *err)
{
	EVP_PKEY *pkey;

	if (len > WXPS_KEY_MAX_BYTES) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s is larger than 1 MiB", job->what);
		return NULL;
	}
	/* OpenSSL reports every failed attempt on its error queue; ext/openssl would later
	 * trip over them, so drop ours (and only ours) whatever the outcome. */
	ERR_set_mark();
	if (wxps_has_pem_marker(text, len)) {
		pkey = wxps_key_from_pem(job, text, len, err);
	} else {
		pkey = wxps_key_from_base64(job, text, len);
	}
	ERR_pop_to_mark();
	if (pkey && wxps_require_rsa(job, pkey, err) != 0) {
		EVP_PKEY_free(pkey);
		return NULL;
	}
	if (!pkey && job->encrypted) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s is encrypted; give it unencrypted (openssl pkey -in key.pem)",
		               job->what);
	} else if (!pkey) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "not a valid RSA %s (PEM or base64 DER)", job->what);
	}
	return pkey;
}

static EVP_PKEY *wxps_key_load(wxps_key_job *job, const char *src, size_t len, wxps_error *err)
{
	wxps_buf file;
	EVP_PKEY *pkey = NULL;

	if (!src || len == 0) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s is empty", job->what);
		return NULL;
	}
	if (len < 7 || memcmp(src, "file://", 7) != 0) {
		return wxps_key_parse(job, src, len, err);
	}
	wxps_buf_init(&file);
	if (wxps_read_key_file(job->what, src + 7, len - 7, &file, err) == 0) {
		pkey = wxps_key_parse(job, file.data, file.len, err);
	}
	wxps_buf_free(&file);
	return pkey;
}

int wxps_source_text(const char *src, size_t len, const char *what, wxps_buf *out, wxps_error *err)
{
	if (!src || len == 0) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "%s is empty", what);
	}
	if (len >= 7 && memcmp(src, "file://", 7) == 0) {
		return wxps_read_key_file(what, src + 7, len - 7, out, err);
	}
	if (len > WXPS_KEY_MAX_BYTES) {
		return wxps_error_set(err, WXPS_E_ARGUMENT, "%s is larger than 1 MiB", what);
	}
	if (wxps_buf_append(out, src, len) != 0) {
		return wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
	}
	return 0;
}

EVP_PKEY *wxps_key_load_private(const char *src, size_t len, wxps_error *err)
{
	wxps_key_job job = {1, "private key", wxps_private_forms, 0};

	return wxps_key_load(&job, src, len, err);
}

EVP_PKEY *wxps_key_load_public(const char *src, size_t len, wxps_error *err)
{
	wxps_key_job job = {0, "public key", wxps_public_forms, 0};

	return wxps_key_load(&job, src, len, err);
}

const char *wxps_openssl_version(void)
{
	return OpenSSL_version(OPENSSL_VERSION);
}

EVP_PKEY *wxps_key_ref(EVP_PKEY *key)
{
	if (key && EVP_PKEY_up_ref(key) != 1) {
		return NULL;
	}
	return key;
}

void wxps_key_free(EVP_PKEY *key)
{
	EVP_PKEY_free(key);
}
