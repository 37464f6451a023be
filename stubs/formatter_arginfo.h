/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c4e1b077893df1c291ab5fa33ecf2e730407e105 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_nonce, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "32")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_timestamp, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_authorization, 0, 5, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, mchid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, serial, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_request, 0, 4, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_response, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_joinedByLineFeed, 0, 0, IS_STRING, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, pieces, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_ksort, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, thing, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Formatter_queryStringLike, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, thing, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Formatter, nonce);
ZEND_METHOD(WxPayScore_Formatter, timestamp);
ZEND_METHOD(WxPayScore_Formatter, authorization);
ZEND_METHOD(WxPayScore_Formatter, request);
ZEND_METHOD(WxPayScore_Formatter, response);
ZEND_METHOD(WxPayScore_Formatter, joinedByLineFeed);
ZEND_METHOD(WxPayScore_Formatter, ksort);
ZEND_METHOD(WxPayScore_Formatter, queryStringLike);


static const zend_function_entry class_WxPayScore_Formatter_methods[] = {
	ZEND_ME(WxPayScore_Formatter, nonce, arginfo_class_WxPayScore_Formatter_nonce, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, timestamp, arginfo_class_WxPayScore_Formatter_timestamp, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, authorization, arginfo_class_WxPayScore_Formatter_authorization, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, request, arginfo_class_WxPayScore_Formatter_request, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, response, arginfo_class_WxPayScore_Formatter_response, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, joinedByLineFeed, arginfo_class_WxPayScore_Formatter_joinedByLineFeed, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, ksort, arginfo_class_WxPayScore_Formatter_ksort, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Formatter, queryStringLike, arginfo_class_WxPayScore_Formatter_queryStringLike, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Formatter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore", "Formatter", class_WxPayScore_Formatter_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
