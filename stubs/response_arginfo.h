/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f39b0310463bcf37819c5576b90d583345fb4f5f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Response___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_getReasonPhrase, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Response_getProtocolVersion arginfo_class_WxPayScore_Response_getReasonPhrase

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_hasHeader, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_getHeader, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_getHeaderLine, 0, 1, IS_STRING, 0)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_getBody, 0, 0, WxPayScore\\Stream, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_withProtocolVersion, 0, 1, WxPayScore\\Response, 0)
	ZEND_ARG_INFO(0, version)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_withHeader, 0, 2, WxPayScore\\Response, 0)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Response_withAddedHeader arginfo_class_WxPayScore_Response_withHeader

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_withoutHeader, 0, 1, WxPayScore\\Response, 0)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_withBody, 0, 1, WxPayScore\\Response, 0)
	ZEND_ARG_INFO(0, body)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Response_withStatus, 0, 1, WxPayScore\\Response, 0)
	ZEND_ARG_INFO(0, code)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Response_toArray arginfo_class_WxPayScore_Response_getHeaders

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_offsetGet, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_offsetSet, 0, 2, IS_NEVER, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Response_offsetUnset, 0, 1, IS_NEVER, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Response_jsonSerialize arginfo_class_WxPayScore_Response_getHeaders


ZEND_METHOD(WxPayScore_Response, __construct);
ZEND_METHOD(WxPayScore_Response, getStatusCode);
ZEND_METHOD(WxPayScore_Response, getReasonPhrase);
ZEND_METHOD(WxPayScore_Response, getProtocolVersion);
ZEND_METHOD(WxPayScore_Response, getHeaders);
ZEND_METHOD(WxPayScore_Response, hasHeader);
ZEND_METHOD(WxPayScore_Response, getHeader);
ZEND_METHOD(WxPayScore_Response, getHeaderLine);
ZEND_METHOD(WxPayScore_Response, getBody);
ZEND_METHOD(WxPayScore_Response, withProtocolVersion);
ZEND_METHOD(WxPayScore_Response, withHeader);
ZEND_METHOD(WxPayScore_Response, withAddedHeader);
ZEND_METHOD(WxPayScore_Response, withoutHeader);
ZEND_METHOD(WxPayScore_Response, withBody);
ZEND_METHOD(WxPayScore_Response, withStatus);
ZEND_METHOD(WxPayScore_Response, toArray);
ZEND_METHOD(WxPayScore_Response, offsetExists);
ZEND_METHOD(WxPayScore_Response, offsetGet);
ZEND_METHOD(WxPayScore_Response, offsetSet);
ZEND_METHOD(WxPayScore_Response, offsetUnset);
ZEND_METHOD(WxPayScore_Response, jsonSerialize);


static const zend_function_entry class_WxPayScore_Response_methods[] = {
	ZEND_ME(WxPayScore_Response, __construct, arginfo_class_WxPayScore_Response___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Response, getStatusCode, arginfo_class_WxPayScore_Response_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getReasonPhrase, arginfo_class_WxPayScore_Response_getReasonPhrase, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getProtocolVersion, arginfo_class_WxPayScore_Response_getProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getHeaders, arginfo_class_WxPayScore_Response_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, hasHeader, arginfo_class_WxPayScore_Response_hasHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getHeader, arginfo_class_WxPayScore_Response_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getHeaderLine, arginfo_class_WxPayScore_Response_getHeaderLine, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, getBody, arginfo_class_WxPayScore_Response_getBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withProtocolVersion, arginfo_class_WxPayScore_Response_withProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withHeader, arginfo_class_WxPayScore_Response_withHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withAddedHeader, arginfo_class_WxPayScore_Response_withAddedHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withoutHeader, arginfo_class_WxPayScore_Response_withoutHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withBody, arginfo_class_WxPayScore_Response_withBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, withStatus, arginfo_class_WxPayScore_Response_withStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, toArray, arginfo_class_WxPayScore_Response_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, offsetExists, arginfo_class_WxPayScore_Response_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, offsetGet, arginfo_class_WxPayScore_Response_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, offsetSet, arginfo_class_WxPayScore_Response_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, offsetUnset, arginfo_class_WxPayScore_Response_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Response, jsonSerialize, arginfo_class_WxPayScore_Response_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Response(zend_class_entry *class_entry_ArrayAccess, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore", "Response", class_WxPayScore_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 2, class_entry_ArrayAccess, class_entry_JsonSerializable);

	return class_entry;
}
