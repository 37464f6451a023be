/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 831ab96fbea26b665d6ace4f7cc8d0b63a744cb9 */

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


ZEND_METHOD(WxPayScore_Crypto_AesGcm, encrypt);
ZEND_METHOD(WxPayScore_Crypto_AesGcm, decrypt);


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
