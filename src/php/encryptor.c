/* WxPayScore\Crypto\Encryptor: a key WeChat Pay decrypts sensitive fields with, and its serial. */
#include "wxps_php.h"

#include "zend_attributes.h"
#include "zend_closures.h"

#include "wxps_rsa.h"

#include "encryptor_arginfo.h"

zend_class_entry *php_wxps_ce_encryptor;

typedef struct {
	EVP_PKEY *key;
	zend_string *serial;
	zend_object std;
} wxps_encryptor_obj;

static zend_object_handlers wxps_encryptor_handlers;

static inline wxps_encryptor_obj *wxps_encryptor_from(zend_object *obj)
{
	return (wxps_encryptor_obj *)((char *)obj - offsetof(wxps_encryptor_obj, std));
}

static zend_object *wxps_encryptor_new(zend_class_entry *ce)
{
	wxps_encryptor_obj *e = zend_object_alloc(sizeof(*e), ce);

	zend_object_std_init(&e->std, ce);
	object_properties_init(&e->std, ce);
	e->std.handlers = &wxps_encryptor_handlers;
	return &e->std;
}

static void wxps_encryptor_free_obj(zend_object *obj)
{
	wxps_encryptor_obj *e = wxps_encryptor_from(obj);

	wxps_key_free(e->key);
	if (e->serial) {
		zend_string_release(e->serial);
	}
	zend_object_std_dtor(obj);
}

/* ['serial' => ..., 'encrypt' => Closure] for cfg; nothing (after throwing) when there is no key. */
void php_wxps_encryptor(wxps_config *cfg, zval *out)
{
	zend_string *serial = NULL;
	EVP_PKEY *key = php_wxps_encryption_key(cfg, &serial);
	wxps_encryptor_obj *e;
	zval obj, closure;

	if (!key) {
		return;
	}
	object_init_ex(&obj, php_wxps_ce_encryptor);
	e = wxps_encryptor_from(Z_OBJ(obj));
	e->key = key;
	e->serial = serial;
	php_wxps_fake_closure(
	    &closure, zend_hash_str_find_ptr(&php_wxps_ce_encryptor->function_table, "encrypt", sizeof("encrypt") - 1),
	    php_wxps_ce_encryptor, &obj);
	array_init_size(out, 2);
	add_assoc_str(out, "serial", zend_string_copy(serial));
	add_assoc_zval(out, "encrypt", &closure);
	zval_ptr_dtor(&obj);
}

ZEND_METHOD(WxPayScore_Crypto_Encryptor, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WxPayScore_Crypto_Encryptor, getSerial)
{
	wxps_encryptor_obj *e = wxps_encryptor_from(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(e->serial);
}

ZEND_METHOD(WxPayScore_Crypto_Encryptor, encrypt)
{
	wxps_encryptor_obj *e = wxps_encryptor_from(Z_OBJ_P(ZEND_THIS));
	zend_string *plaintext;
	wxps_error err;
	wxps_buf out;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(plaintext)
	ZEND_PARSE_PARAMETERS_END();
	wxps_buf_init(&out);
	wxps_error_clear(&err);
	if (wxps_rsa_encrypt(e->key, WXPS_RSA_OAEP_PADDING, ZSTR_VAL(plaintext), ZSTR_LEN(plaintext), &out, &err) !=
	    0) {
		wxps_buf_free(&out);
		php_wxps_throw_error(&err, PHP_WXPS_UNEXPECTED_VALUE);
		RETURN_THROWS();
	}
	php_wxps_return_buf(return_value, &out);
}

void php_wxps_register_encryptor_class(void)
{
	php_wxps_ce_encryptor = register_class_WxPayScore_Crypto_Encryptor();
	php_wxps_ce_encryptor->create_object = wxps_encryptor_new;
	memcpy(&wxps_encryptor_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_encryptor_handlers.offset = offsetof(wxps_encryptor_obj, std);
	wxps_encryptor_handlers.free_obj = wxps_encryptor_free_obj;
	wxps_encryptor_handlers.clone_obj = NULL;
}
