/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8756e59a8d5e586f16e5e7dff64c2d70f373485a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Util_MediaUtil___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, fileStream, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Util_MediaUtil_getMeta, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Util_MediaUtil_getStream, 0, 0, WxPayScore\\Stream, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Util_MediaUtil_getContentType arginfo_class_WxPayScore_Util_MediaUtil_getMeta


ZEND_METHOD(WxPayScore_Util_MediaUtil, __construct);
ZEND_METHOD(WxPayScore_Util_MediaUtil, getMeta);
ZEND_METHOD(WxPayScore_Util_MediaUtil, getStream);
ZEND_METHOD(WxPayScore_Util_MediaUtil, getContentType);


static const zend_function_entry class_WxPayScore_Util_MediaUtil_methods[] = {
	ZEND_ME(WxPayScore_Util_MediaUtil, __construct, arginfo_class_WxPayScore_Util_MediaUtil___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Util_MediaUtil, getMeta, arginfo_class_WxPayScore_Util_MediaUtil_getMeta, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Util_MediaUtil, getStream, arginfo_class_WxPayScore_Util_MediaUtil_getStream, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Util_MediaUtil, getContentType, arginfo_class_WxPayScore_Util_MediaUtil_getContentType, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Util_MediaUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Util", "MediaUtil", class_WxPayScore_Util_MediaUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
