/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bae6157d01632f7ac768ab3ad5327989cec7ee1c */

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

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Crypto_Key___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Key_isPrivate, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Key_getBits, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_AesInterface_encrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_AesInterface_decrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ciphertext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_AesGcm_encrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, aad, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_AesGcm_decrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ciphertext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, aad, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Hash_md5, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_MASK(0, agency, MAY_BE_BOOL|MAY_BE_LONG|MAY_BE_STRING, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WxPayScore_Crypto_Hash_hmac, 0, 2, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, algorithm, IS_STRING, 0, "\'sha256\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Hash_equals, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, known, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, user, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Hash_sign, 0, 3, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
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
ZEND_METHOD(WxPayScore_Crypto_Key, __construct);
ZEND_METHOD(WxPayScore_Crypto_Key, isPrivate);
ZEND_METHOD(WxPayScore_Crypto_Key, getBits);
ZEND_METHOD(WxPayScore_Crypto_AesGcm, encrypt);
ZEND_METHOD(WxPayScore_Crypto_AesGcm, decrypt);
ZEND_METHOD(WxPayScore_Crypto_Hash, md5);
ZEND_METHOD(WxPayScore_Crypto_Hash, hmac);
ZEND_METHOD(WxPayScore_Crypto_Hash, equals);
ZEND_METHOD(WxPayScore_Crypto_Hash, sign);


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


static const zend_function_entry class_WxPayScore_Crypto_Key_methods[] = {
	ZEND_ME(WxPayScore_Crypto_Key, __construct, arginfo_class_WxPayScore_Crypto_Key___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Crypto_Key, isPrivate, arginfo_class_WxPayScore_Crypto_Key_isPrivate, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Crypto_Key, getBits, arginfo_class_WxPayScore_Crypto_Key_getBits, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Crypto_AesInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WxPayScore_Crypto_AesInterface, encrypt, arginfo_class_WxPayScore_Crypto_AesInterface_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WxPayScore_Crypto_AesInterface, decrypt, arginfo_class_WxPayScore_Crypto_AesInterface_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Crypto_AesGcm_methods[] = {
	ZEND_ME(WxPayScore_Crypto_AesGcm, encrypt, arginfo_class_WxPayScore_Crypto_AesGcm_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_AesGcm, decrypt, arginfo_class_WxPayScore_Crypto_AesGcm_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Crypto_Hash_methods[] = {
	ZEND_ME(WxPayScore_Crypto_Hash, md5, arginfo_class_WxPayScore_Crypto_Hash_md5, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Hash, hmac, arginfo_class_WxPayScore_Crypto_Hash_hmac, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Hash, equals, arginfo_class_WxPayScore_Crypto_Hash_equals, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Crypto_Hash, sign, arginfo_class_WxPayScore_Crypto_Hash_sign, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
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

static zend_class_entry *register_class_WxPayScore_Crypto_Key(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "Key", class_WxPayScore_Crypto_Key_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Crypto_AesInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "AesInterface", class_WxPayScore_Crypto_AesInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_BLOCK_SIZE_value;
	ZVAL_LONG(&const_BLOCK_SIZE_value, 16);
	zend_string *const_BLOCK_SIZE_name = zend_string_init_interned("BLOCK_SIZE", sizeof("BLOCK_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BLOCK_SIZE_name, &const_BLOCK_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BLOCK_SIZE_name);

	zval const_KEY_LENGTH_BYTE_value;
	ZVAL_LONG(&const_KEY_LENGTH_BYTE_value, 32);
	zend_string *const_KEY_LENGTH_BYTE_name = zend_string_init_interned("KEY_LENGTH_BYTE", sizeof("KEY_LENGTH_BYTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_KEY_LENGTH_BYTE_name, &const_KEY_LENGTH_BYTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_KEY_LENGTH_BYTE_name);

	zval const_AUTH_TAG_LENGTH_BYTE_value;
	ZVAL_LONG(&const_AUTH_TAG_LENGTH_BYTE_value, 16);
	zend_string *const_AUTH_TAG_LENGTH_BYTE_name = zend_string_init_interned("AUTH_TAG_LENGTH_BYTE", sizeof("AUTH_TAG_LENGTH_BYTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AUTH_TAG_LENGTH_BYTE_name, &const_AUTH_TAG_LENGTH_BYTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AUTH_TAG_LENGTH_BYTE_name);

	zval const_ALGO_AES_256_GCM_value;
	zend_string *const_ALGO_AES_256_GCM_value_str = zend_string_init("aes-256-gcm", strlen("aes-256-gcm"), 1);
	ZVAL_STR(&const_ALGO_AES_256_GCM_value, const_ALGO_AES_256_GCM_value_str);
	zend_string *const_ALGO_AES_256_GCM_name = zend_string_init_interned("ALGO_AES_256_GCM", sizeof("ALGO_AES_256_GCM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_AES_256_GCM_name, &const_ALGO_AES_256_GCM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_AES_256_GCM_name);

	zval const_ALGO_AES_256_ECB_value;
	zend_string *const_ALGO_AES_256_ECB_value_str = zend_string_init("aes-256-ecb", strlen("aes-256-ecb"), 1);
	ZVAL_STR(&const_ALGO_AES_256_ECB_value, const_ALGO_AES_256_ECB_value_str);
	zend_string *const_ALGO_AES_256_ECB_name = zend_string_init_interned("ALGO_AES_256_ECB", sizeof("ALGO_AES_256_ECB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_AES_256_ECB_name, &const_ALGO_AES_256_ECB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_AES_256_ECB_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Crypto_AesGcm(zend_class_entry *class_entry_WxPayScore_Crypto_AesInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "AesGcm", class_WxPayScore_Crypto_AesGcm_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Crypto_AesInterface);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Crypto_Hash(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "Hash", class_WxPayScore_Crypto_Hash_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_ALGO_MD5_value;
	zend_string *const_ALGO_MD5_value_str = zend_string_init("MD5", strlen("MD5"), 1);
	ZVAL_STR(&const_ALGO_MD5_value, const_ALGO_MD5_value_str);
	zend_string *const_ALGO_MD5_name = zend_string_init_interned("ALGO_MD5", sizeof("ALGO_MD5") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_MD5_name, &const_ALGO_MD5_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_MD5_name);

	zval const_ALGO_HMAC_SHA256_value;
	zend_string *const_ALGO_HMAC_SHA256_value_str = zend_string_init("HMAC-SHA256", strlen("HMAC-SHA256"), 1);
	ZVAL_STR(&const_ALGO_HMAC_SHA256_value, const_ALGO_HMAC_SHA256_value_str);
	zend_string *const_ALGO_HMAC_SHA256_name = zend_string_init_interned("ALGO_HMAC_SHA256", sizeof("ALGO_HMAC_SHA256") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_HMAC_SHA256_name, &const_ALGO_HMAC_SHA256_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_HMAC_SHA256_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "md5", sizeof("md5") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "hmac", sizeof("hmac") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
