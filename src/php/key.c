/* WxPayScore\Crypto\Key, and the bridge to ext/openssl: how a key held by PHP code reaches
 * the core, and how a key the core loaded goes back to PHP code. */
#include "wxps_php.h"

#include "wxps_rsa.h"

#include "key_arginfo.h"

zend_class_entry *php_wxps_ce_key;

typedef struct {
	EVP_PKEY *key; /* NULL for an object not made by Rsa::from() */
	zend_object std;
} wxps_key_obj;

static zend_object_handlers wxps_key_handlers;

static inline wxps_key_obj *wxps_key_obj_from(zend_object *obj)
{
	return (wxps_key_obj *)((char *)obj - offsetof(wxps_key_obj, std));
}

/* ---- calls into ext/openssl ---- */

/* Calls a function of ext/openssl by name: false when it is not loaded. Its warnings are
 * silenced, since every failure becomes one of our exceptions. */
bool php_wxps_openssl_call(const char *name, zval *ret, uint32_t argc, zval *argv)
{
	zval fn;
	int reporting = EG(error_reporting);
	bool called;

	ZVAL_UNDEF(ret);
	if (!zend_hash_str_exists(EG(function_table), name, strlen(name))) {
		return false;
	}
	ZVAL_STRING(&fn, name);
	EG(error_reporting) = 0;
	called = call_user_function(NULL, NULL, &fn, ret, argc, argv) == SUCCESS;
	EG(error_reporting) = reporting;
	zval_ptr_dtor(&fn);
	return called;
}

/* The string an out-parameter of an openssl_* call was given, now held by us alone (wiped on release). */
static zend_string *wxps_take_out_param(zval *ref)
{
	zval *v = Z_REFVAL_P(ref);
	zend_string *s = NULL;

	if (Z_TYPE_P(v) == IS_STRING) {
		s = zend_string_copy(Z_STR_P(v));
	}
	zval_ptr_dtor(ref);
	return s;
}

/* PEM of an OpenSSLAsymmetricKey (its private key, or its public half), asked of ext/openssl. */
static zend_string *wxps_export_openssl_key(zval *key, bool private_key)
{
	zval ret, args[2], *pub;
	zend_string *pem = NULL;

	ZVAL_COPY_VALUE(&args[0], key);
	if (private_key) {
		ZVAL_NEW_REF(&args[1], &EG(uninitialized_zval));
		php_wxps_openssl_call("openssl_pkey_export", &ret, 2, args);
		pem = wxps_take_out_param(&args[1]);
		if (Z_TYPE(ret) != IS_TRUE) {
			php_wxps_secret_release(pem);
			pem = NULL;
		}
	} else if (php_wxps_openssl_call("openssl_pkey_get_details", &ret, 1, args) && Z_TYPE(ret) == IS_ARRAY &&
	           (pub = zend_hash_str_find(Z_ARRVAL(ret), "key", 3)) && Z_TYPE_P(pub) == IS_STRING) {
		pem = zend_string_copy(Z_STR_P(pub));
	}
	zval_ptr_dtor(&ret);
	return pem;
}

zend_string *php_wxps_export_openssl_cert(zval *cert)
{
	zval ret, args[2];
	zend_string *pem;

	ZVAL_COPY_VALUE(&args[0], cert);
	ZVAL_NEW_REF(&args[1], &EG(uninitialized_zval));
	php_wxps_openssl_call("openssl_x509_export", &ret, 2, args);
	pem = wxps_take_out_param(&args[1]);
	if (Z_TYPE(ret) != IS_TRUE && pem) {
		zend_string_release(pem);
		pem = NULL;
	}
	zval_ptr_dtor(&ret);
	return pem;
}

/* ---- keys from PHP values ---- */

/* [$encryptedPem, $passphrase]: ext/openssl decrypts it, the core takes the clear PKCS#8. */
static zend_string *wxps_export_encrypted_key(HashTable *pair, const char *subject, wxps_error *err)
{
	zval *pem = zend_hash_index_find_deref(pair, 0), *pass = zend_hash_index_find_deref(pair, 1);
	zval ret, args[2];
	zend_string *out = NULL;

	if (zend_hash_num_elements(pair) != 2 || !pem || !pass || Z_TYPE_P(pem) != IS_STRING ||
	    Z_TYPE_P(pass) != IS_STRING) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s as an array must be [string $privateKey, string $passphrase]",
		               subject);
		return NULL;
	}
	ZVAL_COPY_VALUE(&args[0], pem);
	ZVAL_COPY_VALUE(&args[1], pass);
	if (!php_wxps_openssl_call("openssl_pkey_get_private", &ret, 2, args)) {
		wxps_error_set(err, WXPS_E_ARGUMENT,
		               "%s: an encrypted private key needs ext/openssl; or decrypt it once "
		               "(openssl pkey -in key.pem -out clear.pem)",
		               subject);
		return NULL;
	}
	if (Z_TYPE(ret) == IS_OBJECT) {
		out = wxps_export_openssl_key(&ret, true);
	}
	zval_ptr_dtor(&ret);
	if (!out && !EG(exception)) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s: the encrypted private key does not open with this passphrase",
		               subject);
	}
	return out;
}

bool php_wxps_is_object_of(zval *v, const char *class_name)
{
	return Z_TYPE_P(v) == IS_OBJECT && zend_string_equals_cstr(Z_OBJCE_P(v)->name, class_name, strlen(class_name));
}

static EVP_PKEY *wxps_key_from_object(zval *v, bool private_key, const char *subject, wxps_error *err)
{
	EVP_PKEY *key = wxps_key_obj_from(Z_OBJ_P(v))->key;

	if (!key) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s: this Key was not made by Rsa::from()", subject);
		return NULL;
	}
	if (private_key && !wxps_key_is_private(key)) {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s: the Key is a public key, a private key is wanted", subject);
		return NULL;
	}
	return wxps_key_ref(key);
}

/* The text the core parses for v, or NULL with err set: borrowed for strings (*owned false). */
static const char *wxps_key_text(zval *v, bool private_key, const char *subject, zend_string **owned, wxps_error *err)
{
	*owned = NULL;
	if (Z_TYPE_P(v) == IS_STRING) {
		return Z_STRVAL_P(v);
	}
	if (php_wxps_is_object_of(v, "OpenSSLAsymmetricKey")) {
		*owned = wxps_export_openssl_key(v, private_key);
		if (!*owned) {
			wxps_error_set(err, WXPS_E_ARGUMENT, "%s: the OpenSSLAsymmetricKey holds no %s key to use",
			               subject, private_key ? "private" : "public");
		}
	} else if (!private_key && php_wxps_is_object_of(v, "OpenSSLCertificate")) {
		*owned = php_wxps_export_openssl_cert(v);
		if (!*owned) {
			wxps_error_set(err, WXPS_E_ARGUMENT, "%s: the OpenSSLCertificate could not be exported",
			               subject);
		}
	} else if (private_key && Z_TYPE_P(v) == IS_ARRAY) {
		*owned = wxps_export_encrypted_key(Z_ARRVAL_P(v), subject, err);
	} else {
		wxps_error_set(err, WXPS_E_ARGUMENT, "%s must be a string or an OpenSSLAsymmetricKey, %s given",
		               subject, zend_zval_type_name(v));
	}
	return *owned ? ZSTR_VAL(*owned) : NULL;
}

EVP_PKEY *php_wxps_key_from_zval(zval *v, bool private_key, const char *subject, wxps_error *err)
{
	zend_string *owned;
	const char *text;
	wxps_error core;
	EVP_PKEY *key;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == php_wxps_ce_key) {
		return wxps_key_from_object(v, private_key, subject, err);
	}
	text = wxps_key_text(v, private_key, subject, &owned, err);
	if (!text) {
		return NULL;
	}
	wxps_error_clear(&core);
	key = wxps_key_load_any(text, owned ? ZSTR_LEN(owned) : Z_STRLEN_P(v), private_key, &core);
	php_wxps_secret_release(owned);
	if (!key) {
		wxps_error_set(err, core.kind, "%s: %s", subject, core.message);
	}
	return key;
}

/* ---- keys for PHP code ---- */

void php_wxps_return_key(zval *return_value, EVP_PKEY *key, bool private_key)
{
	wxps_buf pem;
	wxps_error err;
	zval arg;

	if (!zend_hash_str_exists(EG(function_table), "openssl_pkey_get_private", 24)) {
		object_init_ex(return_value, php_wxps_ce_key);
		wxps_key_obj_from(Z_OBJ_P(return_value))->key = key;
		return;
	}
	wxps_buf_init(&pem);
	wxps_error_clear(&err);
	if (wxps_key_to_pem(key, private_key, &pem, &err) != 0) {
		wxps_key_free(key);
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s", err.message);
		return;
	}
	wxps_key_free(key);
	ZVAL_STRINGL(&arg, pem.data, pem.len);
	wxps_buf_free(&pem);
	php_wxps_openssl_object(private_key ? "openssl_pkey_get_private" : "openssl_pkey_get_public", &arg,
	                        return_value, NULL, "key");
	php_wxps_secret_release(Z_STR(arg));
}

void php_wxps_openssl_object(const char *name, zval *arg, zval *return_value, const char *subject, const char *what)
{
	php_wxps_openssl_call(name, return_value, 1, arg);
	if (Z_TYPE_P(return_value) == IS_OBJECT) {
		return;
	}
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	if (!EG(exception)) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "%s%sext/openssl could not take the %s",
		               subject ? subject : "", subject ? ": " : "", what);
	}
}

/* ---- WxPayScore\Crypto\Key ---- */

static zend_object *wxps_key_new(zend_class_entry *ce)
{
	wxps_key_obj *k = zend_object_alloc(sizeof(*k), ce);

	zend_object_std_init(&k->std, ce);
	object_properties_init(&k->std, ce);
	k->std.handlers = &wxps_key_handlers;
	return &k->std;
}

static void wxps_key_free_obj(zend_object *obj)
{
	wxps_key_free(wxps_key_obj_from(obj)->key);
	zend_object_std_dtor(obj);
}

static zend_object *wxps_key_clone(zend_object *old)
{
	zend_object *obj = wxps_key_new(old->ce);

	wxps_key_obj_from(obj)->key = wxps_key_ref(wxps_key_obj_from(old)->key);
	return obj;
}

/* What var_dump and print_r show: the kind and size, never the key. */
static HashTable *wxps_key_debug_info(zend_object *obj, int *is_temp)
{
	EVP_PKEY *key = wxps_key_obj_from(obj)->key;
	HashTable *ht = zend_new_array(2);
	zval v;

	if (key) {
		ZVAL_STRING(&v, wxps_key_is_private(key) ? "private" : "public");
		zend_hash_str_update(ht, "type", 4, &v);
		ZVAL_LONG(&v, wxps_key_bits(key));
		zend_hash_str_update(ht, "bits", 4, &v);
	}
	*is_temp = 1;
	return ht;
}

static EVP_PKEY *wxps_this_key(zval *this_ptr)
{
	EVP_PKEY *key = wxps_key_obj_from(Z_OBJ_P(this_ptr))->key;

	if (!key) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "this Key was not made by Rsa::from()");
	}
	return key;
}

ZEND_METHOD(WxPayScore_Crypto_Key, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WxPayScore_Crypto_Key, isPrivate)
{
	EVP_PKEY *key;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((key = wxps_this_key(ZEND_THIS))) {
		RETURN_BOOL(wxps_key_is_private(key));
	}
}

ZEND_METHOD(WxPayScore_Crypto_Key, getBits)
{
	EVP_PKEY *key;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((key = wxps_this_key(ZEND_THIS))) {
		RETURN_LONG(wxps_key_bits(key));
	}
}

void php_wxps_register_key_class(void)
{
	php_wxps_ce_key = register_class_WxPayScore_Crypto_Key();
	php_wxps_ce_key->create_object = wxps_key_new;
	memcpy(&wxps_key_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_key_handlers.offset = offsetof(wxps_key_obj, std);
	wxps_key_handlers.free_obj = wxps_key_free_obj;
	wxps_key_handlers.clone_obj = wxps_key_clone;
	wxps_key_handlers.get_debug_info = wxps_key_debug_info;
}
