#include "wxps_certs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "wxps_aes.h"

/* ---- time ---- */

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar. */
static int64_t wxps_days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int wxps_days_in_month(int64_t y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

/* n decimal digits at s; -1 when they are not all digits. */
static int wxps_digits(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int64_t wxps_rfc3339(const char *s, size_t len, int *ok)
{
	int y, mo, d, h, mi, sec, off = 0;
	size_t i = 19;

	*ok = 0;
	if (len < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':' ||
	    s[16] != ':') {
		return 0;
	}
	y = wxps_digits(s, 4);
	mo = wxps_digits(s + 5, 2);
	d = wxps_digits(s + 8, 2);
	h = wxps_digits(s + 11, 2);
	mi = wxps_digits(s + 14, 2);
	sec = wxps_digits(s + 17, 2);
	if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > wxps_days_in_month(y, mo) || h < 0 || h > 23 || mi < 0 ||
	    mi > 59 || sec < 0 || sec > 60) {
		return 0;
	}
	if (s[i] == '.') {
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		}
	}
	if (i + 1 == len && (s[i] == 'Z' || s[i] == 'z')) {
		off = 0;
	} else if (i + 6 == len && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
		int oh = wxps_digits(s + i + 1, 2), om = wxps_digits(s + i + 4, 2);
		if (oh < 0 || oh > 23 || om < 0 || om > 59) {
			return 0;
		}
		off = (oh * 60 + om) * 60 * (s[i] == '-' ? -1 : 1);
	} else {
		return 0;
	}
	*ok = 1;
	return wxps_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - off;
}

static int wxps_asn1_epoch(const ASN1_TIME *t, int64_t *out)
{
	struct tm tm;

	if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
		return -1;
	}
	*out = wxps_days_from_civil((int64_t)tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) * 86400 + tm.tm_hour * 3600 +
	       tm.tm_min * 60 + tm.tm_sec;
	return 0;
}

/* ---- one certificate ---- */

/* Serials compare as hex numbers: any case, leading zeros aside. */
static int wxps_serial_equals(const char *a, const char *b)
{
	while (*a == '0') {
		a++;
	}
	while (*b == '0') {
		b++;
	}
	return strcasecmp(a, b) == 0;
}

/* The certificate's serial as upper-case hex into out. */
static int wxps_x509_serial(X509 *x509, char *out, size_t cap)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), NULL);
	char *hex = bn ? BN_bn2hex(bn) : NULL;
	int rc = hex && strlen(hex) < cap ? 0 : -1;

	if (rc == 0) {
		memcpy(out, hex, strlen(hex) + 1);
	}
	OPENSSL_free(hex);
	BN_free(bn);
	return rc;
}

/* The JSON times of an entry, narrowed by the certificate's own. */
static int wxps_cert_times(const wxps_cert_entry *entry, X509 *x509, wxps_cert *out, wxps_error *err)
{
	int ok_effective, ok_expire;
	int64_t not_before, not_after;

	out->effective = wxps_rfc3339(entry->effective_time, entry->effective_time_len, &ok_effective);
	out->expire = wxps_rfc3339(entry->expire_time, entry->expire_time_len, &ok_expire);
	if (!entry->effective_time || !entry->expire_time || !ok_effective || !ok_expire) {
		return wxps_error_set(err, WXPS_E_VERIFY, "certificate %s has no valid effective_time and expire_time",
		                      out->serial);
	}
	if (wxps_asn1_epoch(X509_get0_notBefore(x509), &not_before) != 0 ||
	    wxps_asn1_epoch(X509_get0_notAfter(x509), &not_after) != 0) {
		return wxps_error_set(err, WXPS_E_VERIFY, "certificate %s has unreadable validity dates", out->serial);
	}
	if (not_before > out->effective) {
		out->effective = not_before;
	}
	if (not_after < out->expire) {
		out->expire = not_after;
	}
	return 0;
}

/* The serial_no of an entry, checked for what a serial may hold. */
static int wxps_cert_serial_no(const wxps_cert_entry *entry, wxps_cert *out, wxps_error *err)
{
	size_t i;

	if (!entry->serial_no || entry->serial_no_len == 0 || entry->serial_no_len > WXPS_CERT_SERIAL_MAX) {
		return wxps_error_set(err, WXPS_E_VERIFY, "a certificate has no valid serial_no");
	}
	for (i = 0; i < entry->serial_no_len; i++) {
		char c = entry->serial_no[i];
		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
			return wxps_error_set(err, WXPS_E_VERIFY, "a certificate's serial_no is not hexadecimal");
		}
	}
	memcpy(out->serial, entry->serial_no, entry->serial_no_len);
	out->serial[entry->serial_no_len] = '\0';
	return 0;
}

static X509 *wxps_cert_decrypt(const wxps_cert_entry *entry, const unsigned char *apiv3_key, const char *serial,
                               wxps_buf *pem, wxps_error *err)
{
	wxps_aes_gcm job = {apiv3_key,
	                    WXPS_AES_KEY_LEN,
	                    (const unsigned char *)entry->nonce,
	                    entry->nonce_len,
	                    (const unsigned char *)entry->associated_data,
	                    entry->associated_data ? entry->associated_data_len : 0};
	wxps_error aes;
	X509 *x509 = NULL;
	BIO *bio;

	wxps_error_clear(&aes);
	if (!entry->nonce || !entry->ciphertext ||
	    wxps_aes_gcm_decrypt(&job, entry->ciphertext, entry->ciphertext_len, pem, &aes) != 0) {
		wxps_error_set(err, WXPS_E_VERIFY, "certificate %s does not decrypt with apiv3Key: %s", serial,
		               aes.message[0] ? aes.message : "no nonce or ciphertext");
		return NULL;
	}
	ERR_set_mark();
	bio = BIO_new_mem_buf(pem->data, (int)pem->len);
	x509 = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
	BIO_free(bio);
	ERR_pop_to_mark();
	if (!x509) {
		wxps_error_set(err, WXPS_E_VERIFY, "certificate %s decrypts to no X.509 certificate", serial);
	}
	return x509;
}

int wxps_cert_open(const wxps_cert_entry *entry, const unsigned char *apiv3_key, wxps_cert *out, wxps_error *err)
{
	char serial[WXPS_CERT_SERIAL_MAX + 1];
	wxps_buf pem;
	X509 *x509;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (wxps_cert_serial_no(entry, out, err) != 0) {
		return -1;
	}
	wxps_buf_init(&pem);
	x509 = wxps_cert_decrypt(entry, apiv3_key, out->serial, &pem, err);
	if (!x509) {
		wxps_buf_free(&pem);
		return -1;
	}
	if (wxps_x509_serial(x509, serial, sizeof(serial)) != 0 || !wxps_serial_equals(serial, out->serial)) {
		wxps_error_set(err, WXPS_E_VERIFY, "certificate listed as %s is another certificate", out->serial);
	} else if (wxps_cert_times(entry, x509, out, err) == 0) {
		out->key = X509_get_pubkey(x509);
		out->pem = wxps_strndup(pem.data, pem.len);
		if (!out->key || EVP_PKEY_base_id(out->key) != EVP_PKEY_RSA) {
			wxps_error_set(err, WXPS_E_VERIFY, "certificate %s holds no RSA key", out->serial);
		} else if (!out->pem) {
			wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		} else {
			rc = 0;
		}
	}
	X509_free(x509);
	wxps_buf_free(&pem);
	if (rc != 0) {
		wxps_cert_free(out);
	}
	return rc;
}

/* ---- a certificate PHP code hands over ---- */

static X509 *wxps_x509_from_text(const char *text, size_t len)
{
	X509 *x509 = NULL;
	BIO *bio;
	wxps_buf der;
	const unsigned char *p;

	if (wxps_has_pem_marker(text, len)) {
		bio = len <= INT32_MAX ? BIO_new_mem_buf(text, (int)len) : NULL;
		x509 = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
		BIO_free(bio);
		return x509;
	}
	wxps_buf_init(&der);
	if (wxps_base64_der(text, len, &der) == 0) {
		p = (const unsigned char *)der.data;
		x509 = d2i_X509(NULL, &p, (long)der.len);
		if (x509 && p != (const unsigned char *)der.data + der.len) {
			X509_free(x509);
			x509 = NULL;
		}
	}
	wxps_buf_free(&der);
	return x509;
}

int wxps_cert_load(const char *src, size_t len, wxps_buf *pem, char *serial, size_t serial_cap, wxps_error *err)
{
	wxps_buf text;
	X509 *x509 = NULL;
	BIO *bio = NULL;
	char *data;
	long n = 0;
	int rc = -1;

	wxps_buf_init(&text);
	if (wxps_source_text(src, len, "certificate", &text, err) != 0) {
		goto out;
	}
	ERR_set_mark();
	x509 = wxps_x509_from_text(text.data, text.len);
	ERR_pop_to_mark();
	if (!x509) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "not an X.509 certificate (PEM or base64 DER)");
	} else if (wxps_x509_serial(x509, serial, serial_cap) != 0) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "the certificate's serial number is unreadable");
	} else if (!(bio = BIO_new(BIO_s_mem())) || PEM_write_bio_X509(bio, x509) != 1 ||
	           (n = BIO_get_mem_data(bio, &data)) <= 0 || wxps_buf_append(pem, data, (size_t)n) != 0) {
		wxps_error_set(err, WXPS_E_INTERNAL, "cannot write the certificate as PEM");
	} else {
		rc = 0;
	}
	BIO_free(bio);
	X509_free(x509);
out:
	wxps_buf_free(&text);
	return rc;
}

int wxps_cert_valid(const wxps_cert *cert, int64_t now, wxps_error *err)
{
	if (now < cert->effective) {
		wxps_error_set(err, WXPS_E_VERIFY, "platform certificate %s is not valid yet", cert->serial);
		return 0;
	}
	if (now >= cert->expire) {
		wxps_error_set(err, WXPS_E_VERIFY, "platform certificate %s has expired", cert->serial);
		return 0;
	}
	return 1;
}

void wxps_cert_free(wxps_cert *cert)
{
	wxps_key_free(cert->key);
	free(cert->pem);
	cert->key = NULL;
	cert->pem = NULL;
}

int wxps_cert_list_add(wxps_cert_list *list, const wxps_cert *cert)
{
	wxps_cert *grown = realloc(list->items, (list->n + 1) * sizeof(*grown));
	wxps_cert *copy;

	if (!grown) {
		return -1;
	}
	list->items = grown;
	copy = &list->items[list->n];
	*copy = *cert;
	copy->pem = wxps_strndup(cert->pem, strlen(cert->pem));
	copy->key = wxps_key_ref(cert->key);
	if (!copy->pem || !copy->key) {
		wxps_cert_free(copy);
		return -1;
	}
	list->n++;
	return 0;
}

void wxps_cert_list_free(wxps_cert_list *list)
{
	size_t i;

	for (i = 0; i < list->n; i++) {
		wxps_cert_free(&list->items[i]);
	}
	free(list->items);
	list->items = NULL;
	list->n = 0;
}

const wxps_cert *wxps_cert_list_find(const wxps_cert_list *list, const char *serial)
{
	size_t i;

	for (i = 0; i < list->n; i++) {
		if (wxps_serial_equals(list->items[i].serial, serial)) {
			return &list->items[i];
		}
	}
	return NULL;
}

/* ---- the process-wide cache ---- */

/* Merchants (and origins) one process talks to: a handful; the oldest is forgotten past this. */
#define WXPS_CERTS_OWNERS 16

/* The serials a download was last tried for, per owner. */
#define WXPS_CERTS_TRIED 8

typedef struct {
	char *owner;
	wxps_cert_list list;
	int64_t downloaded_at; /* 0: never */
	int64_t tried_at;      /* the last download started, whether it succeeded or not */
	struct {
		char serial[WXPS_CERT_SERIAL_MAX + 1];
		int64_t at;
	} tried[WXPS_CERTS_TRIED]; /* the last downloads started, by the serial they were for */
	unsigned next_tried;
	uint64_t used; /* for forgetting the least recently stored */
} wxps_certs_slot;

static wxps_certs_slot wxps_certs_slots[WXPS_CERTS_OWNERS];
static uint64_t wxps_certs_clock;
static CRYPTO_ONCE wxps_certs_once = CRYPTO_ONCE_STATIC_INIT;
static CRYPTO_RWLOCK *wxps_certs_lock;

static void wxps_certs_init(void)
{
	wxps_certs_lock = CRYPTO_THREAD_lock_new();
}

static int wxps_certs_write_lock(void)
{
	return CRYPTO_THREAD_run_once(&wxps_certs_once, wxps_certs_init) && wxps_certs_lock &&
	       CRYPTO_THREAD_write_lock(wxps_certs_lock);
}

static int wxps_certs_read_lock(void)
{
	return CRYPTO_THREAD_run_once(&wxps_certs_once, wxps_certs_init) && wxps_certs_lock &&
	       CRYPTO_THREAD_read_lock(wxps_certs_lock);
}

static wxps_certs_slot *wxps_certs_slot_of(const char *owner)
{
	size_t i;

	for (i = 0; i < WXPS_CERTS_OWNERS; i++) {
		if (wxps_certs_slots[i].owner && strcmp(wxps_certs_slots[i].owner, owner) == 0) {
			return &wxps_certs_slots[i];
		}
	}
	return NULL;
}

static void wxps_certs_slot_free(wxps_certs_slot *slot)
{
	free(slot->owner);
	wxps_cert_list_free(&slot->list);
	memset(slot, 0, sizeof(*slot));
}

/* The slot of owner, made (forgetting the least recently used one) when there is none. Under the write lock. */
static wxps_certs_slot *wxps_certs_slot_for(const char *owner)
{
	wxps_certs_slot *slot = wxps_certs_slot_of(owner), *oldest = &wxps_certs_slots[0];
	size_t i;

	if (slot) {
		slot->used = ++wxps_certs_clock;
		return slot;
	}
	for (i = 0; i < WXPS_CERTS_OWNERS && oldest->owner; i++) {
		if (!wxps_certs_slots[i].owner || wxps_certs_slots[i].used < oldest->used) {
			oldest = &wxps_certs_slots[i];
		}
	}
	wxps_certs_slot_free(oldest);
	oldest->owner = wxps_strndup(owner, strlen(owner));
	if (!oldest->owner) {
		return NULL;
	}
	oldest->used = ++wxps_certs_clock;
	return oldest;
}

int wxps_certs_store(const char *owner, const wxps_cert_list *list, int64_t now)
{
	wxps_cert_list copy = {NULL, 0};
	wxps_certs_slot *slot;
	size_t i;

	for (i = 0; i < list->n; i++) {
		if (wxps_cert_list_add(&copy, &list->items[i]) != 0) {
			wxps_cert_list_free(&copy);
			return -1;
		}
	}
	if (!wxps_certs_write_lock()) {
		wxps_cert_list_free(&copy);
		return -1;
	}
	slot = wxps_certs_slot_for(owner);
	if (slot) {
		wxps_cert_list_free(&slot->list);
		slot->list = copy;
		slot->downloaded_at = now;
	}
	CRYPTO_THREAD_unlock(wxps_certs_lock);
	if (!slot) {
		wxps_cert_list_free(&copy);
		return -1;
	}
	return 0;
}

EVP_PKEY *wxps_certs_find(const char *owner, const char *serial, int64_t now, int64_t *age)
{
	const wxps_certs_slot *slot;
	const wxps_cert *cert;
	EVP_PKEY *key = NULL;
	wxps_error ignored;

	*age = -1;
	if (!wxps_certs_read_lock()) {
		return NULL;
	}
	slot = wxps_certs_slot_of(owner);
	if (slot && slot->downloaded_at) {
		*age = now - slot->downloaded_at;
		cert = wxps_cert_list_find(&slot->list, serial);
		wxps_error_clear(&ignored);
		if (cert && wxps_cert_valid(cert, now, &ignored)) {
			key = wxps_key_ref(cert->key);
		}
	}
	CRYPTO_THREAD_unlock(wxps_certs_lock);
	return key;
}

/* Whether a download for serial may start on slot now; records it when it may. */
static int wxps_certs_slot_may_fetch(wxps_certs_slot *slot, const char *serial, int64_t now)
{
	unsigned i;

	if (slot->tried_at && now >= slot->tried_at && now - slot->tried_at < WXPS_CERT_FLOOR_SECONDS) {
		return 0;
	}
	for (i = 0; i < WXPS_CERTS_TRIED; i++) {
		if (slot->tried[i].at && strcmp(slot->tried[i].serial, serial) == 0 && now >= slot->tried[i].at &&
		    now - slot->tried[i].at < WXPS_CERT_RETRY_SECONDS) {
			return 0;
		}
	}
	slot->tried_at = now;
	i = slot->next_tried++ % WXPS_CERTS_TRIED;
	snprintf(slot->tried[i].serial, sizeof(slot->tried[i].serial), "%s", serial);
	slot->tried[i].at = now;
	return 1;
}

int wxps_certs_may_fetch(const char *owner, const char *serial, int64_t now)
{
	wxps_certs_slot *slot;
	int may = 0;

	if (strlen(serial) > WXPS_CERT_SERIAL_MAX || !wxps_certs_write_lock()) {
		return 0;
	}
	slot = wxps_certs_slot_for(owner);
	if (slot) {
		may = wxps_certs_slot_may_fetch(slot, serial, now);
	}
	CRYPTO_THREAD_unlock(wxps_certs_lock);
	return may;
}

int wxps_certs_copy(const char *owner, wxps_cert_list *out, int64_t *downloaded_at)
{
	const wxps_certs_slot *slot;
	int rc = 0;
	size_t i;

	*downloaded_at = 0;
	if (!wxps_certs_read_lock()) {
		return -1;
	}
	slot = wxps_certs_slot_of(owner);
	if (slot) {
		*downloaded_at = slot->downloaded_at;
		for (i = 0; i < slot->list.n && rc == 0; i++) {
			rc = wxps_cert_list_add(out, &slot->list.items[i]);
		}
	}
	CRYPTO_THREAD_unlock(wxps_certs_lock);
	return rc;
}

void wxps_certs_clear(void)
{
	size_t i;

	if (!wxps_certs_write_lock()) {
		return;
	}
	for (i = 0; i < WXPS_CERTS_OWNERS; i++) {
		wxps_certs_slot_free(&wxps_certs_slots[i]);
	}
	CRYPTO_THREAD_unlock(wxps_certs_lock);
}

void wxps_certs_shutdown(void)
{
	wxps_certs_clear();
	CRYPTO_THREAD_lock_free(wxps_certs_lock);
	wxps_certs_lock = NULL;
}
