/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 83e547e465d49ee836ef426e50de31f1f806c2b7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Client___get, 0, 1, WxPayScore\\Client, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client___isset, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Client_chain, 0, 1, WxPayScore\\Client, 0)
	ZEND_ARG_TYPE_INFO(0, segments, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Client_offsetGet, 0, 1, WxPayScore\\Client, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_offsetSet, 0, 2, IS_NEVER, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_offsetUnset, 0, 1, IS_NEVER, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Client_get, 0, 0, WxPayScore\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Client_put arginfo_class_WxPayScore_Client_get

#define arginfo_class_WxPayScore_Client_post arginfo_class_WxPayScore_Client_get

#define arginfo_class_WxPayScore_Client_patch arginfo_class_WxPayScore_Client_get

#define arginfo_class_WxPayScore_Client_delete arginfo_class_WxPayScore_Client_get

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Client_getAsync, 0, 0, WxPayScore\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Client_putAsync arginfo_class_WxPayScore_Client_getAsync

#define arginfo_class_WxPayScore_Client_postAsync arginfo_class_WxPayScore_Client_getAsync

#define arginfo_class_WxPayScore_Client_patchAsync arginfo_class_WxPayScore_Client_getAsync

#define arginfo_class_WxPayScore_Client_deleteAsync arginfo_class_WxPayScore_Client_getAsync

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_getPath, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client___clone, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_notification, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, headers, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_certificates, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Client_encryptor arginfo_class_WxPayScore_Client_certificates

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_payScoreDetailParams, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, params, WxPayScore\\Response, MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Client_payScoreEnableParams arginfo_class_WxPayScore_Client_payScoreDetailParams

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_payScoreUseParams, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, order, WxPayScore\\Response, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_payScoreUseSignedParams, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, order, WxPayScore\\Response, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Client_downloadBill, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, bill, WxPayScore\\Response, MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_INFO(0, to, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Client, __construct);
ZEND_METHOD(WxPayScore_Client, __get);
ZEND_METHOD(WxPayScore_Client, __isset);
ZEND_METHOD(WxPayScore_Client, chain);
ZEND_METHOD(WxPayScore_Client, offsetExists);
ZEND_METHOD(WxPayScore_Client, offsetGet);
ZEND_METHOD(WxPayScore_Client, offsetSet);
ZEND_METHOD(WxPayScore_Client, offsetUnset);
ZEND_METHOD(WxPayScore_Client, get);
ZEND_METHOD(WxPayScore_Client, put);
ZEND_METHOD(WxPayScore_Client, post);
ZEND_METHOD(WxPayScore_Client, patch);
ZEND_METHOD(WxPayScore_Client, delete);
ZEND_METHOD(WxPayScore_Client, getAsync);
ZEND_METHOD(WxPayScore_Client, putAsync);
ZEND_METHOD(WxPayScore_Client, postAsync);
ZEND_METHOD(WxPayScore_Client, patchAsync);
ZEND_METHOD(WxPayScore_Client, deleteAsync);
ZEND_METHOD(WxPayScore_Client, getPath);
ZEND_METHOD(WxPayScore_Client, __clone);
ZEND_METHOD(WxPayScore_Client, notification);
ZEND_METHOD(WxPayScore_Client, certificates);
ZEND_METHOD(WxPayScore_Client, encryptor);
ZEND_METHOD(WxPayScore_Client, payScoreDetailParams);
ZEND_METHOD(WxPayScore_Client, payScoreEnableParams);
ZEND_METHOD(WxPayScore_Client, payScoreUseParams);
ZEND_METHOD(WxPayScore_Client, payScoreUseSignedParams);
ZEND_METHOD(WxPayScore_Client, downloadBill);


static const zend_function_entry class_WxPayScore_Client_methods[] = {
	ZEND_ME(WxPayScore_Client, __construct, arginfo_class_WxPayScore_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, __get, arginfo_class_WxPayScore_Client___get, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, __isset, arginfo_class_WxPayScore_Client___isset, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, chain, arginfo_class_WxPayScore_Client_chain, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, offsetExists, arginfo_class_WxPayScore_Client_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, offsetGet, arginfo_class_WxPayScore_Client_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, offsetSet, arginfo_class_WxPayScore_Client_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, offsetUnset, arginfo_class_WxPayScore_Client_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, get, arginfo_class_WxPayScore_Client_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, put, arginfo_class_WxPayScore_Client_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, post, arginfo_class_WxPayScore_Client_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, patch, arginfo_class_WxPayScore_Client_patch, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, delete, arginfo_class_WxPayScore_Client_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, getAsync, arginfo_class_WxPayScore_Client_getAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, putAsync, arginfo_class_WxPayScore_Client_putAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, postAsync, arginfo_class_WxPayScore_Client_postAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, patchAsync, arginfo_class_WxPayScore_Client_patchAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, deleteAsync, arginfo_class_WxPayScore_Client_deleteAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, getPath, arginfo_class_WxPayScore_Client_getPath, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, __clone, arginfo_class_WxPayScore_Client___clone, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Client, notification, arginfo_class_WxPayScore_Client_notification, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, certificates, arginfo_class_WxPayScore_Client_certificates, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, encryptor, arginfo_class_WxPayScore_Client_encryptor, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, payScoreDetailParams, arginfo_class_WxPayScore_Client_payScoreDetailParams, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, payScoreEnableParams, arginfo_class_WxPayScore_Client_payScoreEnableParams, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, payScoreUseParams, arginfo_class_WxPayScore_Client_payScoreUseParams, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, payScoreUseSignedParams, arginfo_class_WxPayScore_Client_payScoreUseSignedParams, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Client, downloadBill, arginfo_class_WxPayScore_Client_downloadBill, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Client(zend_class_entry *class_entry_ArrayAccess)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore", "Client", class_WxPayScore_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_ArrayAccess);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
