/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 37817eda48af7cabf95549f59734e865cda989eb */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WxPayScore_Crypto_Rsa_from, 0, 1, OpenSSLAsymmetricKey|WxPayScore\\Crypto\\Key, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_STRING, 0, "WxPayScore\\Crypto\\Rsa::KEY_TYPE_PRIVATE")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WxPayScore_Crypto_Rsa_fromPkcs1, 0, 1, OpenSSLAsymmetricKey|WxPayScore\\Crypto\\Key, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_STRING, 0, "WxPayScore\\Crypto\\Rsa::KEY_TYPE_PRIVATE")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WxPayScore_Crypto_Rsa_fromPkcs8, 0, 1, OpenSSLAsymmetricKey|WxPayScore\\Crypto\\Key, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Crypto_Rsa_fromSpki arginfo_class_WxPayScore_Crypto_Rsa_fromPkcs8

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Rsa_pkcs1ToSpki, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Rsa_encrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, publicKey, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, padding, IS_LONG, 0, "4")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Rsa_verify, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, publicKey, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Rsa_sign, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, privateKey, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Rsa_decrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ciphertext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, privateKey, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, padding, IS_LONG, 0, "4")
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Crypto_Rsa, from);
ZEND_METHOD(WxPayScore_Crypto_Rsa, fromPkcs1);
ZEND_METHOD(WxPayScore_Crypto_Rsa, fromPkcs8);
ZEND_METHOD(WxPayScore_Crypto_Rsa, fromSpki);
ZEND_METHOD(WxPayScore_Crypto_Rsa, pkcs1ToSpki);
ZEND_METHOD(WxPayScore_Crypto_Rsa, encrypt);
ZEND_METHOD(WxPayScore_Crypto_Rsa, verify);
ZEND_METHOD(WxPayScore_Crypto_Rsa, sign);
ZEND_METHOD(WxPayScore_Crypto_Rsa, decrypt);


static const zend_function_entry class_WxPayScore_Crypto_Rsa_methods[] = {
	ZEND_ME(WxPayScore_Crypto_Rsa, from, arginfo_class_WxPayScore_Crypto_Rsa_from, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, fromPkcs1, arginfo_class_WxPayScore_Crypto_Rsa_fromPkcs1, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, fromPkcs8, arginfo_class_WxPayScore_Crypto_Rsa_fromPkcs8, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, fromSpki, arginfo_class_WxPayScore_Crypto_Rsa_fromSpki, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, pkcs1ToSpki, arginfo_class_WxPayScore_Crypto_Rsa_pkcs1ToSpki, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, encrypt, arginfo_class_WxPayScore_Crypto_Rsa_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, verify, arginfo_class_WxPayScore_Crypto_Rsa_verify, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, sign, arginfo_class_WxPayScore_Crypto_Rsa_sign, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Rsa, decrypt, arginfo_class_WxPayScore_Crypto_Rsa_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Crypto_Rsa(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "Rsa", class_WxPayScore_Crypto_Rsa_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_KEY_TYPE_PUBLIC_value;
	zend_string *const_KEY_TYPE_PUBLIC_value_str = zend_string_init("public", strlen("public"), 1);
	ZVAL_STR(&const_KEY_TYPE_PUBLIC_value, const_KEY_TYPE_PUBLIC_value_str);
	zend_string *const_KEY_TYPE_PUBLIC_name = zend_string_init_interned("KEY_TYPE_PUBLIC", sizeof("KEY_TYPE_PUBLIC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_KEY_TYPE_PUBLIC_name, &const_KEY_TYPE_PUBLIC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_KEY_TYPE_PUBLIC_name);

	zval const_KEY_TYPE_PRIVATE_value;
	zend_string *const_KEY_TYPE_PRIVATE_value_str = zend_string_init("private", strlen("private"), 1);
	ZVAL_STR(&const_KEY_TYPE_PRIVATE_value, const_KEY_TYPE_PRIVATE_value_str);
	zend_string *const_KEY_TYPE_PRIVATE_name = zend_string_init_interned("KEY_TYPE_PRIVATE", sizeof("KEY_TYPE_PRIVATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_KEY_TYPE_PRIVATE_name, &const_KEY_TYPE_PRIVATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_KEY_TYPE_PRIVATE_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "from", sizeof("from") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frompkcs1", sizeof("frompkcs1") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frompkcs8", sizeof("frompkcs8") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
