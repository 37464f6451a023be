/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9bd326967f35f505cac2d3f05612f0354cd7260d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Crypto_Key___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Key_isPrivate, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Crypto_Key_getBits, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Crypto_Key, __construct);
ZEND_METHOD(WxPayScore_Crypto_Key, isPrivate);
ZEND_METHOD(WxPayScore_Crypto_Key, getBits);


static const zend_function_entry class_WxPayScore_Crypto_Key_methods[] = {
	ZEND_ME(WxPayScore_Crypto_Key, __construct, arginfo_class_WxPayScore_Crypto_Key___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Crypto_Key, isPrivate, arginfo_class_WxPayScore_Crypto_Key_isPrivate, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Crypto_Key, getBits, arginfo_class_WxPayScore_Crypto_Key_getBits, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Crypto_Key(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Crypto", "Key", class_WxPayScore_Crypto_Key_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
