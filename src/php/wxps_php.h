/* wxps_php: what the Zend classes share — class entries, the client's configuration,
 * and the one place where core errors become PHP exceptions. */
#ifndef WXPS_PHP_H
#define WXPS_PHP_H

#include "php.h"
#include "php_wxps_compat.h"
#include "wxps_buf.h"
#include "wxps_error.h"
#include "wxps_http.h"
#include "wxps_keys.h"

extern zend_class_entry *php_wxps_ce_client;
extern zend_class_entry *php_wxps_ce_response;
extern zend_class_entry *php_wxps_ce_stream;
extern zend_class_entry *php_wxps_ce_exception;
extern zend_class_entry *php_wxps_ce_invalid_argument;
extern zend_class_entry *php_wxps_ce_unexpected_value;
extern zend_class_entry *php_wxps_ce_transfer;
extern zend_class_entry *php_wxps_ce_cancellation;
extern zend_class_entry *php_wxps_ce_request;
extern zend_class_entry *php_wxps_ce_client_error;
extern zend_class_entry *php_wxps_ce_server_error;
extern zend_class_entry *php_wxps_ce_notification;
extern zend_class_entry *php_wxps_ce_key;

struct wxps_async_call;

/* Everything a client and its nodes share; immutable once built, but for the scheduler's state
 * of its async calls (in_flight and the waiting FIFO, scheduler.c). */
typedef struct {
	uint32_t refcount;
	zend_string *mchid;
	zend_string *serial;
	EVP_PKEY *private_key;
	HashTable certs; /* serial => EVP_PKEY* */
	zend_string *apiv3_key;
	zend_string *secret;
	zend_string *origin;        /* "https://api.mch.weixin.qq.com" */
	zend_string *base_path;     /* "/" or "/prefix/" */
	zend_string *backup_origin; /* NULL: no failover */
	zend_string *ca_file;       /* NULL: the system store */
	double timeout;
	double connect_timeout;
	HashTable headers;          /* default request headers: name => "Name: value" */
	size_t max_response_size;   /* larger answers fail with TransferException */
	zend_string *owner;         /* "mchid origin": whose downloaded platform certificates are whose */
	zend_string *pubkey_serial; /* the first PUB_KEY_ID_... of certs, or NULL */
	zend_long cert_refresh;     /* seconds between downloads of platform certificates */
	zval on_stats;              /* config "on_stats", or UNDEF; not counted here: the Client, each of its
	                             * nodes and each call hold a reference, so it lives as long as this does,
	                             * and the garbage collector sees a hook that holds its own Client */
	zend_string *proxy;         /* NULL: the environment's; "": none */
	zend_string *no_proxy;      /* NULL: the environment's */
	uint32_t concurrency;       /* async transfers of this client in flight at once */
	uint32_t in_flight;
	struct wxps_async_call *waiting_first; /* async calls waiting for a slot, oldest first */
	struct wxps_async_call *waiting_last;
} wxps_config;

/* Async calls of one client beyond this many wait their turn: enough to hide WeChat Pay's
 * round trip for hundreds of calls a second, below its per-merchant frequency limits. */
#define WXPS_DEFAULT_CONCURRENCY 32
/* Platform certificates are downloaded again after this many seconds (SPEC: 12 h). */
#define WXPS_DEFAULT_CERT_REFRESH 43200
/* Pay Score answers are a few KiB; bill downloads reach megabytes. */
#define WXPS_DEFAULT_MAX_RESPONSE_SIZE (32u * 1024u * 1024u)

/* A new config (refcount 1) whose on_stats reference, when it has one, the caller takes over. */
wxps_config *php_wxps_config_from_array(HashTable *options);
/* Every key of a call's options is an option or a variable of tpl; -1 after throwing (options.c). */
int php_wxps_check_call_options(HashTable *options, zend_string *tpl);
/* Every key of a config is one the client takes; -1 after throwing. */
int php_wxps_check_config_keys(HashTable *config);
/* The one pair that counts references to a config: a client, its nodes and its calls each hold one. */
wxps_config *php_wxps_config_addref(wxps_config *cfg);
void php_wxps_config_release(wxps_config *cfg);
EVP_PKEY *php_wxps_config_cert(const wxps_config *cfg, const char *serial);

/* ---- platform keys (certificates.c) ---- */

/* The key that verifies what serial signed, as a new reference: config "certs" first, then
 * platform certificates downloaded from GET /v3/certificates (when apiv3Key is set and the
 * serial is not a PUB_KEY_ID_, downloading now if the serial is unknown or the download stale,
 * at most once per WXPS_CERT_RETRY_SECONDS). NULL with err (WXPS_E_VERIFY) saying why. */
EVP_PKEY *php_wxps_platform_key(wxps_config *cfg, const char *serial, wxps_error *err);
/* The key WeChat Pay wants sensitive fields encrypted to, as a new reference, and its serial:
 * the configured public key, else the newest valid platform certificate. NULL after throwing. */
EVP_PKEY *php_wxps_encryption_key(wxps_config *cfg, zend_string **serial);
/* ['serial' => ..., 'encrypt' => Closure] for encryptor(); nothing in out after throwing. */
void php_wxps_encryptor(wxps_config *cfg, zval *out);
/* serial => [pem, effective_time, expire_time, source] for certificates(); -1 after throwing. */
int php_wxps_certificates(wxps_config *cfg, zval *out);
/* At request end without persistence, and at process end. */
void php_wxps_certs_request_end(void);
/* "proxy" or "no_proxy" of a config or a call (what names which in messages): NULL when absent or
 * null, a new string otherwise; -1 in *failed after throwing. */
zend_string *php_wxps_proxy_option(zval *v, const char *what, bool no_proxy, int *failed);
/* A proxy URL as messages show it: without user and password. */
zend_string *php_wxps_proxy_shown(zend_string *proxy);
/* A duration option in seconds (int or float, finite, >= 0) as milliseconds; -1 after throwing. */
zend_long php_wxps_seconds_option(zval *value, const char *name);
/* Append "Name: value" to a header table keyed by lower-cased name; throws and returns -1 on a bad header. */
int php_wxps_headers_merge(HashTable *into, HashTable *from, const char *option);

/* Release a string that held secret bytes, wiping them first when no one else can see them:
 * never an interned string (opcache's shared memory) nor one another zval still holds. */
static inline void php_wxps_secret_release(zend_string *s)
{
	if (!s) {
		return;
	}
	if (!ZSTR_IS_INTERNED(s) && GC_REFCOUNT(s) == 1) {
		ZEND_SECURE_ZERO(ZSTR_VAL(s), ZSTR_LEN(s));
	}
	zend_string_release(s);
}

/* What went wrong, as PHP code sees it: each kind is one exception class. The glue throws
 * through php_wxps_throw() (or php_wxps_return_buf_or_throw()) and php_wxps_throw_error() only. */
typedef enum {
	PHP_WXPS_INVALID_ARGUMENT, /* InvalidArgumentException: bad config, option or argument */
	PHP_WXPS_UNEXPECTED_VALUE, /* UnexpectedValueException: a key, ciphertext or signature we cannot use */
	PHP_WXPS_TRANSFER,         /* TransferException: DNS, connect, TLS, timeout, a dropped connection */
	PHP_WXPS_CANCELLATION,     /* CancellationException: a promise that cannot or will not settle */
	PHP_WXPS_REQUEST,          /* RequestException: an answer that failed verification */
	PHP_WXPS_INTERNAL,         /* out of memory or a library failure: UnexpectedValueException */
} php_wxps_kind;

void php_wxps_throw(php_wxps_kind kind, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
/* The one mapping of core errors: WXPS_E_ARGUMENT is INVALID_ARGUMENT, WXPS_E_TRANSFER is
 * TRANSFER, WXPS_E_VERIFY is verify_as (REQUEST for calls, UNEXPECTED_VALUE for the crypto
 * classes), anything else INTERNAL. */
php_wxps_kind php_wxps_error_kind(const wxps_error *err, php_wxps_kind verify_as);
/* Throw err as php_wxps_error_kind() maps it. */
void php_wxps_throw_error(const wxps_error *err, php_wxps_kind verify_as);
/* Take the pending exception's message into err (kind), and clear the exception; for code that
 * reports through a core error. An exit() keeps unwinding and is not taken. */
void php_wxps_exception_to_error(wxps_error *err, wxps_error_kind kind);
/* A callback refused: code is a wxps_notify_fault (NotificationException's constants). */
void php_wxps_throw_notification(int code, const char *message);
/* Throw a RequestException (or its 4xx/5xx subclass) that keeps the answer. */
void php_wxps_throw_request(zend_class_entry *ce, const char *message, const char *method, zend_string *uri,
                            zval *response, zend_string *error_code);

/* A core buffer as the PHP string return value; the buffer is freed (and wiped). */
static inline void php_wxps_return_buf(zval *return_value, wxps_buf *b)
{
	if (b->len) {
		RETVAL_STRINGL(b->data, b->len);
	} else {
		RETVAL_EMPTY_STRING();
	}
	wxps_buf_free(b);
}

/* How a method that built its string in b ends: rc 0 returns it, anything else is
 * php_wxps_throw(kind, fmt, ...). The buffer is freed (and wiped) either way. */
void php_wxps_return_buf_or_throw(zval *return_value, wxps_buf *b, int rc, php_wxps_kind kind, const char *fmt, ...)
    ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

/* Build a Response object from a finished transfer's answer (takes ownership of resp). */
void php_wxps_response_create(zval *out, wxps_response *resp);
zend_string *php_wxps_response_body(zval *response);
/* A Stream over a copy of data. */
void php_wxps_stream_create(zval *out, zend_string *data);
/* MediaUtil's stream: reads as meta (what is signed), sent as the upload ("multipart" spec) given. */
void php_wxps_stream_create_media(zval *out, zend_string *meta, zval *upload);
/* The upload a "body" stands for when it is MediaUtil's stream; else NULL. */
zval *php_wxps_stream_media(zval *v);
/* Add a PSR-7 interface to a class when ext-psr provides it. */
void php_wxps_implement_psr(zend_class_entry *ce, const char *iface);
long php_wxps_response_status(zval *response);
/* The first value of a header of a Response (any case), borrowed, or NULL. */
zend_string *php_wxps_response_header(zval *response, const char *name);
/* The decoded JSON body, or NULL when it is not a JSON object (nothing thrown). */
zval *php_wxps_response_json(zval *response);

/* Once per process: the header lines every call sends. */
void php_wxps_call_startup(void);

/* The "multipart" option of a call (upload.c): the file, hashed, and the meta JSON it is signed by. */
typedef struct php_wxps_upload php_wxps_upload;
/* WeChat Pay's limits: images (media/upload, merchant-service/images/upload) 2 MiB, videos 5 MiB. */
#define PHP_WXPS_UPLOAD_IMAGE_MAX (2u * 1024u * 1024u)
#define PHP_WXPS_UPLOAD_VIDEO_MAX (5u * 1024u * 1024u)
/* The limit of an upload to target (a path). */
size_t php_wxps_upload_max(zend_string *target);
/* NULL after throwing (no file, unreadable, over max bytes). */
php_wxps_upload *php_wxps_upload_open(zval *spec, size_t max);
zend_string *php_wxps_upload_meta(const php_wxps_upload *up);
const wxps_multipart *php_wxps_upload_parts(const php_wxps_upload *up);
void php_wxps_upload_free(php_wxps_upload *up);

/* One signed call, prepared from a node's URI template and the caller's options. */
typedef struct wxps_call wxps_call;
/* NULL after throwing (bad options: nothing is sent). Holds a reference on cfg. */
wxps_call *php_wxps_call_new(const char *method, wxps_config *cfg, zend_string *tpl, HashTable *options);
/* Start the transfer on the process engine; NULL after throwing. */
wxps_transfer *php_wxps_call_start(wxps_call *call);
/* After the transfer finished: a verified Response in out, or an exception thrown — or, when the
 * primary could not be reached and nothing was sent, the transfer to the backup (wait for it). */
wxps_transfer *php_wxps_call_finish(wxps_call *call, wxps_transfer *t, zval *out);
wxps_config *php_wxps_call_config(const wxps_call *call);
/* What the call's on_stats hook threw although the call succeeded (the caller's to throw, after the
 * result is settled), or NULL. */
zend_object *php_wxps_call_take_hook_exception(wxps_call *call);
/* A signed GET of path below base_uri whose answer is taken as it is, unverified (the caller
 * verifies it); failover as for any call. 0 with *resp, or -1 with err; never throws. */
int php_wxps_call_fetch(wxps_config *cfg, const char *path, wxps_response **resp, wxps_error *err);
void php_wxps_call_free(wxps_call *call);
/* A signed GET of target (path and query, as sent) on origin (the config's origin or backup
 * origin: the caller checked which), whose 2xx body goes to sink as it arrives, unverified (WeChat
 * Pay does not sign files; the caller checks them). 0 after a 2xx answer; -1 after throwing:
 * sink_err when the sink stopped the transfer, else as any call (TransferException, 4xx, 5xx). */
int php_wxps_call_download(wxps_config *cfg, zend_string *origin, zend_string *target, wxps_http_sink sink, void *ud,
                           wxps_error *sink_err);

/* A pending Promise for a prepared call (ownership of call passes to it), sent at once when its
 * client has a free slot, else when one frees up (scheduler.c). */
void php_wxps_promise_for_call(zval *out, wxps_call *call);
/* Cancel every pending async call; at request end, before the engine may go (scheduler.c). */
void php_wxps_promises_shutdown(void);
void php_wxps_register_promise_class(void);

wxps_http_engine *php_wxps_engine(void);
/* The configuration of a constructed Client (any node), or NULL after throwing. */
wxps_config *php_wxps_client_config(zend_object *client);

void php_wxps_register_client_class(void);
void php_wxps_register_response_classes(void);
void php_wxps_register_stream_class(void);
void php_wxps_register_exception_classes(void);
void php_wxps_register_rsa_class(void);
void php_wxps_register_key_class(void);
void php_wxps_register_pem_util_class(void);
void php_wxps_register_media_util_class(void);
void php_wxps_register_aes_classes(void);
void php_wxps_register_hash_class(void);
void php_wxps_register_formatter_class(void);
void php_wxps_register_encryptor_class(void);

/* A key from what PHP code holds: a string of any form wxps_key_load_any() reads, an
 * OpenSSLAsymmetricKey, an OpenSSLCertificate (public keys), [$encryptedPem, $passphrase]
 * (private keys, through ext/openssl), or a Key. NULL with err holding a message that starts
 * with subject (such as `config "privateKey"`), or after PHP code it ran threw. */
EVP_PKEY *php_wxps_key_from_zval(zval *v, bool private_key, const char *subject, wxps_error *err);
/* The same, or NULL after throwing an UnexpectedValueException, as Rsa's methods do (rsa.c). */
EVP_PKEY *php_wxps_rsa_key(zval *v, bool private_key, const char *subject);
/* An openssl_* function of ext/openssl, called with warnings silenced; false when it is not loaded. */
bool php_wxps_openssl_call(const char *name, zval *ret, uint32_t argc, zval *argv);
/* The PEM of an OpenSSLCertificate, or NULL. */
zend_string *php_wxps_export_openssl_cert(zval *cert);
/* name(arg) of ext/openssl into return_value, which must be an object: else null, and an
 * UnexpectedValueException "[subject: ]ext/openssl could not take the <what>" unless it threw. */
void php_wxps_openssl_object(const char *name, zval *arg, zval *return_value, const char *subject, const char *what);
/* Whether v is an object of the class named so (one that need not be loaded). */
bool php_wxps_is_object_of(zval *v, const char *class_name);
/* A loaded key handed to PHP code as return_value (taking the reference): an
 * OpenSSLAsymmetricKey made by ext/openssl from the PEM the core writes, so it goes wherever
 * wechatpay-php's keys went; a Key when ext/openssl is not loaded. Null after throwing. */
void php_wxps_return_key(zval *return_value, EVP_PKEY *key, bool private_key);

#endif
