/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 60f27f6d662b21313fa2c6912aa1dc51c54016cf */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WxPayScore_Util_PemUtil_loadPrivateKey, 0, 1, OpenSSLAsymmetricKey|WxPayScore\\Crypto\\Key, 0)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WxPayScore_Util_PemUtil_loadPrivateKeyFromString, 0, 1, OpenSSLAsymmetricKey|WxPayScore\\Crypto\\Key, 0)
	ZEND_ARG_TYPE_INFO(0, content, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Util_PemUtil_loadCertificate, 0, 1, OpenSSLCertificate, 0)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Util_PemUtil_loadCertificateFromString, 0, 1, OpenSSLCertificate, 0)
	ZEND_ARG_TYPE_INFO(0, content, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Util_PemUtil_parseCertificateSerialNo, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, certificate, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Util_PemUtil, loadPrivateKey);
ZEND_METHOD(WxPayScore_Util_PemUtil, loadPrivateKeyFromString);
ZEND_METHOD(WxPayScore_Util_PemUtil, loadCertificate);
ZEND_METHOD(WxPayScore_Util_PemUtil, loadCertificateFromString);
ZEND_METHOD(WxPayScore_Util_PemUtil, parseCertificateSerialNo);


static const zend_function_entry class_WxPayScore_Util_PemUtil_methods[] = {
	ZEND_ME(WxPayScore_Util_PemUtil, loadPrivateKey, arginfo_class_WxPayScore_Util_PemUtil_loadPrivateKey, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Util_PemUtil, loadPrivateKeyFromString, arginfo_class_WxPayScore_Util_PemUtil_loadPrivateKeyFromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Util_PemUtil, loadCertificate, arginfo_class_WxPayScore_Util_PemUtil_loadCertificate, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Util_PemUtil, loadCertificateFromString, arginfo_class_WxPayScore_Util_PemUtil_loadCertificateFromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Util_PemUtil, parseCertificateSerialNo, arginfo_class_WxPayScore_Util_PemUtil_parseCertificateSerialNo, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Util_PemUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Util", "PemUtil", class_WxPayScore_Util_PemUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "loadprivatekeyfromstring", sizeof("loadprivatekeyfromstring") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
