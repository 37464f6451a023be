/* Client::downloadBill(): a trade, fund-flow or Pay Score bill streamed to a file or a stream,
 * decrypted, gunzipped and checked against its hash_value on the way (core: wxps_bill). */
#include "wxps_php.h"

#include "ext/standard/php_string.h"

#include "wxps_bill.h"
#include "wxps_rsa.h"
#include "wxps_sign.h"

typedef struct {
	wxps_bill *bill;
	php_stream *out;
	wxps_error err; /* why the download stopped, first reason only */
} wxps_bill_job;

static int wxps_bill_write(void *ud, const char *data, size_t len)
{
	wxps_bill_job *job = ud;
	ssize_t n = php_stream_write(job->out, data, len);

	if (n < 0 || (size_t)n != len) {
		return wxps_error_set(&job->err, WXPS_E_INTERNAL, "cannot write the bill (disk full?)");
	}
	return 0;
}

static int wxps_bill_sink(void *ud, const char *data, size_t len)
{
	wxps_bill_job *job = ud;

	return wxps_bill_feed(job->bill, data, len, &job->err);
}

/* A string field of the bill; NULL (thrown when required) when absent or not a string. */
static zend_string *wxps_bill_field(HashTable *bill, const char *name, bool required)
{
	zval *v = zend_hash_str_find_deref(bill, name, strlen(name));

	if (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) {
		return Z_STR_P(v);
	}
	if (required || (v && Z_TYPE_P(v) != IS_NULL)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "bill \"%s\" must be a non-empty string", name);
	}
	return NULL;
}

/* The origin download_url is on (the config's origin or backup origin) and the target after it;
 * NULL after throwing: any other host would be sent our Authorization. */
static zend_string *wxps_bill_origin(wxps_config *cfg, zend_string *url, zend_string **target)
{
	zend_string *origins[2] = {cfg->origin, cfg->backup_origin};
	size_t i;

	for (i = 0; i < ZSTR_LEN(url); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(url)[i];
		if (c <= 0x20 || c >= 0x7f || c == '#') {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "bill \"download_url\" holds a byte that cannot be sent as it is (0x%02x)", c);
			return NULL;
		}
	}
	for (i = 0; i < 2; i++) {
		zend_string *o = origins[i];
		if (o && ZSTR_LEN(url) > ZSTR_LEN(o) && strncasecmp(ZSTR_VAL(url), ZSTR_VAL(o), ZSTR_LEN(o)) == 0 &&
		    ZSTR_VAL(url)[ZSTR_LEN(o)] == '/') {
			*target = zend_string_init(ZSTR_VAL(url) + ZSTR_LEN(o), ZSTR_LEN(url) - ZSTR_LEN(o), 0);
			return o;
		}
	}
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
	               "bill \"download_url\" is not on the client's base_uri or backup_uri host (%s); not sent",
	               ZSTR_VAL(cfg->origin));
	return NULL;
}

/* The AES key of an encrypted bill: encrypt_key under the merchant's private key. -1 after throwing. */
static int wxps_bill_key(wxps_config *cfg, zend_string *encrypt_key, wxps_buf *key)
{
	wxps_error err;

	wxps_error_clear(&err);
	if (wxps_rsa_decrypt(cfg->private_key, WXPS_RSA_OAEP_PADDING, ZSTR_VAL(encrypt_key), ZSTR_LEN(encrypt_key), key,
	                     &err) != 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "bill \"encrypt_key\" does not decrypt with the merchant "
		                                          "private key (RSA-OAEP)");
		return -1;
	}
	if (key->len != 32) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE,
		               "bill \"encrypt_key\" holds %zu bytes, not a 32-byte AES-256 key", key->len);
		return -1;
	}
	return 0;
}

/* Where the bill goes while it downloads: a new file beside path (renamed on success), or the
 * caller's stream. NULL after throwing. */
static php_stream *wxps_bill_open(zval *to, zend_string **tmp)
{
	char nonce[WXPS_NONCE_LEN + 1];
	php_stream *s;

	if (Z_TYPE_P(to) == IS_RESOURCE) {
		return (php_stream *)zend_fetch_resource2_ex(to, "stream", php_file_le_stream(), php_file_le_pstream());
	}
	if (Z_TYPE_P(to) != IS_STRING) {
		zend_argument_type_error(2, "must be a path or a stream resource, %s given", zend_zval_type_name(to));
		return NULL;
	}
	if (Z_STRLEN_P(to) == 0 || memchr(Z_STRVAL_P(to), 0, Z_STRLEN_P(to))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "the bill's path must be a non-empty string without NUL bytes");
		return NULL;
	}
	if (wxps_nonce(nonce) != 0) {
		php_wxps_throw(PHP_WXPS_INTERNAL, "no random bytes for a temporary name");
		return NULL;
	}
	*tmp = zend_strpprintf(0, "%s.%.12s.part", Z_STRVAL_P(to), nonce);
	s = php_stream_open_wrapper(ZSTR_VAL(*tmp), "xb", 0, NULL);
	if (!s) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "cannot create a file beside \"%.*s\" (%s)",
		               (int)MIN(Z_STRLEN_P(to), 200), Z_STRVAL_P(to), strerror(errno));
		zend_string_release(*tmp);
		*tmp = NULL;
	}
	return s;
}

/* A failed download leaves nothing: the temporary file goes, a stream is cut back where it was. */
static void wxps_bill_discard(php_stream *s, zend_string *tmp, zend_off_t start)
{
	if (tmp) {
		php_stream_close(s);
		VCWD_UNLINK(ZSTR_VAL(tmp));
	} else if (start >= 0 && php_stream_truncate_supported(s)) {
		php_stream_truncate_set_size(s, (size_t)start);
		php_stream_seek(s, start, SEEK_SET);
	}
}

/* Close and move the finished file into place; -1 after throwing. */
static int wxps_bill_keep(php_stream *s, zend_string *tmp, zval *to)
{
	if (!tmp) {
		php_stream_flush(s);
		return 0;
	}
	php_stream_close(s);
	if (VCWD_RENAME(ZSTR_VAL(tmp), Z_STRVAL_P(to)) != 0) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "cannot move the bill to \"%.*s\" (%s)",
		               (int)MIN(Z_STRLEN_P(to), 200), Z_STRVAL_P(to), strerror(errno));
		VCWD_UNLINK(ZSTR_VAL(tmp));
		return -1;
	}
	return 0;
}

typedef struct {
	zend_string *url, *hash_type, *hash_value, *encrypt_key, *nonce;
} wxps_bill_fields;

static int wxps_bill_fields_read(zval *bill, wxps_bill_fields *f)
{
	HashTable *from = NULL;

	if (Z_TYPE_P(bill) == IS_ARRAY) {
		from = Z_ARRVAL_P(bill);
	} else if (Z_TYPE_P(bill) == IS_OBJECT && instanceof_function(Z_OBJCE_P(bill), php_wxps_ce_response)) {
		zval *json = php_wxps_response_json(bill);
		from = json ? Z_ARRVAL_P(json) : NULL;
	} else {
		zend_argument_type_error(1, "must be of type array|WxPayScore\\Response, %s given",
		                         zend_zval_type_name(bill));
		return -1;
	}
	if (!from) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the bill answer is not a JSON object");
		return -1;
	}
	if (!(f->url = wxps_bill_field(from, "download_url", true)) ||
	    !(f->hash_type = wxps_bill_field(from, "hash_type", true)) ||
	    !(f->hash_value = wxps_bill_field(from, "hash_value", true))) {
		return -1;
	}
	f->encrypt_key = wxps_bill_field(from, "encrypt_key", false);
	f->nonce = EG(exception) ? NULL : wxps_bill_field(from, "nonce", false);
	if (EG(exception)) {
		return -1;
	}
	if (!f->encrypt_key != !f->nonce) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "an encrypted bill needs both \"encrypt_key\" and \"nonce\"");
		return -1;
	}
	return 0;
}

/* Download into job->out; the original bill's size in *bytes, or -1 after throwing. */
static int wxps_bill_run(wxps_config *cfg, wxps_bill_fields *f, zend_string *origin, zend_string *target, wxps_buf *key,
                         wxps_bill_job *job, uint64_t *bytes)
{
	wxps_bill_spec spec = {ZSTR_VAL(f->hash_type),
	                       ZSTR_VAL(f->hash_value),
	                       key->len ? (unsigned char *)key->data : NULL,
	                       f->nonce ? (unsigned char *)ZSTR_VAL(f->nonce) : NULL,
	                       f->nonce ? ZSTR_LEN(f->nonce) : 0,
	                       wxps_bill_write,
	                       job};

	job->bill = wxps_bill_new(&spec, &job->err);
	if (!job->bill) {
		php_wxps_throw_error(&job->err, PHP_WXPS_REQUEST);
		return -1;
	}
	if (php_wxps_call_download(cfg, origin, target, wxps_bill_sink, job, &job->err) != 0 || EG(exception)) {
		return -1;
	}
	if (wxps_bill_finish(job->bill, bytes, &job->err) != 0) {
		php_wxps_throw(PHP_WXPS_REQUEST, "GET %.*s: %s", (int)MIN(ZSTR_LEN(target), 200), ZSTR_VAL(target),
		               job->err.message);
		return -1;
	}
	return 0;
}

static void wxps_bill_return(zval *return_value, wxps_bill_fields *f, uint64_t bytes, zval *to)
{
	array_init_size(return_value, 4);
	add_assoc_long(return_value, "bytes", (zend_long)bytes);
	add_assoc_str(return_value, "hash_type", zend_string_copy(f->hash_type));
	add_assoc_str(return_value, "hash_value", zend_string_copy(f->hash_value));
	if (Z_TYPE_P(to) == IS_STRING) {
		add_assoc_str(return_value, "path", zend_string_copy(Z_STR_P(to)));
	} else {
		add_assoc_null(return_value, "path");
	}
}

ZEND_METHOD(WxPayScore_Client, downloadBill)
{
	wxps_bill_fields f = {0};
	wxps_bill_job job = {0};
	zend_string *target = NULL, *origin, *tmp = NULL;
	zend_off_t start = -1;
	wxps_config *cfg;
	uint64_t bytes = 0;
	zval *bill, *to;
	wxps_buf key;
	int rc = -1;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(bill)
		Z_PARAM_ZVAL(to)
	ZEND_PARSE_PARAMETERS_END();

	if (!(cfg = php_wxps_client_config(Z_OBJ_P(ZEND_THIS))) || wxps_bill_fields_read(bill, &f) != 0 ||
	    !(origin = wxps_bill_origin(cfg, f.url, &target))) {
		RETURN_THROWS();
	}
	wxps_buf_init(&key);
	wxps_error_clear(&job.err);
	if ((!f.encrypt_key || wxps_bill_key(cfg, f.encrypt_key, &key) == 0) && (job.out = wxps_bill_open(to, &tmp))) {
		start = tmp ? 0 : php_stream_tell(job.out);
		rc = wxps_bill_run(cfg, &f, origin, target, &key, &job, &bytes);
		if (rc != 0) {
			wxps_bill_discard(job.out, tmp, start);
		} else {
			rc = wxps_bill_keep(job.out, tmp, to);
		}
	}
	wxps_bill_free(job.bill);
	wxps_buf_free(&key);
	zend_string_release(target);
	if (tmp) {
		zend_string_release(tmp);
	}
	if (rc == 0) {
		wxps_bill_return(return_value, &f, bytes, to);
	}
}
