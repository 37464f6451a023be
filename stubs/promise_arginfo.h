/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e0b9e2df21a5b7443610807df61f53b25bfaabe6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Promise___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Promise_then, 0, 0, WxPayScore\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFulfilled, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRejected, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Promise_otherwise, 0, 1, WxPayScore\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, onRejected, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Promise_wait, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unwrap, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Promise_getState, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Promise_cancel, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Promise_all, 0, 1, WxPayScore\\Promise, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, promises, Traversable, MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Promise_settle arginfo_class_WxPayScore_Promise_all


ZEND_METHOD(WxPayScore_Promise, __construct);
ZEND_METHOD(WxPayScore_Promise, then);
ZEND_METHOD(WxPayScore_Promise, otherwise);
ZEND_METHOD(WxPayScore_Promise, wait);
ZEND_METHOD(WxPayScore_Promise, getState);
ZEND_METHOD(WxPayScore_Promise, cancel);
ZEND_METHOD(WxPayScore_Promise, all);
ZEND_METHOD(WxPayScore_Promise, settle);


static const zend_function_entry class_WxPayScore_Promise_methods[] = {
	ZEND_ME(WxPayScore_Promise, __construct, arginfo_class_WxPayScore_Promise___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Promise, then, arginfo_class_WxPayScore_Promise_then, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Promise, otherwise, arginfo_class_WxPayScore_Promise_otherwise, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Promise, wait, arginfo_class_WxPayScore_Promise_wait, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Promise, getState, arginfo_class_WxPayScore_Promise_getState, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Promise, cancel, arginfo_class_WxPayScore_Promise_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Promise, all, arginfo_class_WxPayScore_Promise_all, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WxPayScore_Promise, settle, arginfo_class_WxPayScore_Promise_settle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Promise(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore", "Promise", class_WxPayScore_Promise_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_PENDING_value;
	zend_string *const_PENDING_value_str = zend_string_init("pending", strlen("pending"), 1);
	ZVAL_STR(&const_PENDING_value, const_PENDING_value_str);
	zend_string *const_PENDING_name = zend_string_init_interned("PENDING", sizeof("PENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PENDING_name, &const_PENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PENDING_name);

	zval const_FULFILLED_value;
	zend_string *const_FULFILLED_value_str = zend_string_init("fulfilled", strlen("fulfilled"), 1);
	ZVAL_STR(&const_FULFILLED_value, const_FULFILLED_value_str);
	zend_string *const_FULFILLED_name = zend_string_init_interned("FULFILLED", sizeof("FULFILLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FULFILLED_name, &const_FULFILLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FULFILLED_name);

	zval const_REJECTED_value;
	zend_string *const_REJECTED_value_str = zend_string_init("rejected", strlen("rejected"), 1);
	ZVAL_STR(&const_REJECTED_value, const_REJECTED_value_str);
	zend_string *const_REJECTED_name = zend_string_init_interned("REJECTED", sizeof("REJECTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_REJECTED_name, &const_REJECTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_REJECTED_name);

	return class_entry;
}
