/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0d508bf0a61a9bc7829d416383b06a2fd25674d6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Crypto_Encryptor___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Encryptor_getSerial, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Encryptor_encrypt, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Crypto_Encryptor, __construct);
ZEND_METHOD(WxPayScore_Crypto_Encryptor, getSerial);
ZEND_METHOD(WxPayScore_Crypto_Encryptor, encrypt);


static const zend_function_entry class_WxPayScore_Crypto_Encryptor_methods[] = {
	ZEND_ME(WxPayScore_Crypto_Encryptor, __construct, arginfo_class_WxPayScore_Crypto_Encryptor___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Crypto_Encryptor, getSerial, arginfo_class_WxPayScore_Crypto_Encryptor_getSerial, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Crypto_Encryptor, encrypt, arginfo_class_WxPayScore_Crypto_Encryptor_encrypt, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Crypto_Encryptor(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "Encryptor", class_WxPayScore_Crypto_Encryptor_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
