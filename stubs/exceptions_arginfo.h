/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 93248948e2f923e69794049c828b186e9ee94ba9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Exception_RequestException_getMethod, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Exception_RequestException_getUri arginfo_class_WxPayScore_Exception_RequestException_getMethod

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Exception_RequestException_hasResponse, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WxPayScore_Exception_RequestException_getResponse, 0, 0, WxPayScore\\Response, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Exception_RequestException_getErrorCode, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Exception_RequestException_getRequestId arginfo_class_WxPayScore_Exception_RequestException_getErrorCode


ZEND_METHOD(WxPayScore_Exception_RequestException, getMethod);
ZEND_METHOD(WxPayScore_Exception_RequestException, getUri);
ZEND_METHOD(WxPayScore_Exception_RequestException, hasResponse);
ZEND_METHOD(WxPayScore_Exception_RequestException, getResponse);
ZEND_METHOD(WxPayScore_Exception_RequestException, getErrorCode);
ZEND_METHOD(WxPayScore_Exception_RequestException, getRequestId);


static const zend_function_entry class_WxPayScore_Exception_WxPayScoreException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_UnexpectedValueException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_CancellationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_TransferException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_RequestException_methods[] = {
	ZEND_ME(WxPayScore_Exception_RequestException, getMethod, arginfo_class_WxPayScore_Exception_RequestException_getMethod, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Exception_RequestException, getUri, arginfo_class_WxPayScore_Exception_RequestException_getUri, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Exception_RequestException, hasResponse, arginfo_class_WxPayScore_Exception_RequestException_hasResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Exception_RequestException, getResponse, arginfo_class_WxPayScore_Exception_RequestException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Exception_RequestException, getErrorCode, arginfo_class_WxPayScore_Exception_RequestException_getErrorCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Exception_RequestException, getRequestId, arginfo_class_WxPayScore_Exception_RequestException_getRequestId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_ClientException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WxPayScore_Exception_NotificationException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Exception_WxPayScoreException(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "WxPayScoreException", class_WxPayScore_Exception_WxPayScoreException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_WxPayScore_Exception_WxPayScoreException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "InvalidArgumentException", class_WxPayScore_Exception_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Exception_WxPayScoreException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_UnexpectedValueException(zend_class_entry *class_entry_UnexpectedValueException, zend_class_entry *class_entry_WxPayScore_Exception_WxPayScoreException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "UnexpectedValueException", class_WxPayScore_Exception_UnexpectedValueException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_UnexpectedValueException);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Exception_WxPayScoreException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_CancellationException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WxPayScore_Exception_WxPayScoreException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "CancellationException", class_WxPayScore_Exception_CancellationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Exception_WxPayScoreException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_TransferException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WxPayScore_Exception_WxPayScoreException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "TransferException", class_WxPayScore_Exception_TransferException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Exception_WxPayScoreException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_RequestException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WxPayScore_Exception_WxPayScoreException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "RequestException", class_WxPayScore_Exception_RequestException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WxPayScore_Exception_WxPayScoreException);

	zval property_method_default_value;
	ZVAL_EMPTY_STRING(&property_method_default_value);
	zend_string *property_method_name = zend_string_init("method", sizeof("method") - 1, 1);
	zend_declare_typed_property(class_entry, property_method_name, &property_method_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_method_name);

	zval property_uri_default_value;
	ZVAL_EMPTY_STRING(&property_uri_default_value);
	zend_string *property_uri_name = zend_string_init("uri", sizeof("uri") - 1, 1);
	zend_declare_typed_property(class_entry, property_uri_name, &property_uri_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_uri_name);

	zend_string *property_response_class_WxPayScore_Response = zend_string_init("WxPayScore\\Response", sizeof("WxPayScore\\Response")-1, 1);
	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_response_class_WxPayScore_Response, 0, MAY_BE_NULL));
	zend_string_release(property_response_name);

	zval property_errorCode_default_value;
	ZVAL_NULL(&property_errorCode_default_value);
	zend_string *property_errorCode_name = zend_string_init("errorCode", sizeof("errorCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorCode_name, &property_errorCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_errorCode_name);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_ClientException(zend_class_entry *class_entry_WxPayScore_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "ClientException", class_WxPayScore_Exception_ClientException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WxPayScore_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_ServerException(zend_class_entry *class_entry_WxPayScore_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "ServerException", class_WxPayScore_Exception_ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WxPayScore_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WxPayScore_Exception_NotificationException(zend_class_entry *class_entry_WxPayScore_Exception_UnexpectedValueException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore\\Exception", "NotificationException", class_WxPayScore_Exception_NotificationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WxPayScore_Exception_UnexpectedValueException);

	zval const_MISSING_HEADER_value;
	ZVAL_LONG(&const_MISSING_HEADER_value, 1);
	zend_string *const_MISSING_HEADER_name = zend_string_init_interned("MISSING_HEADER", sizeof("MISSING_HEADER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MISSING_HEADER_name, &const_MISSING_HEADER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MISSING_HEADER_name);

	zval const_STALE_TIMESTAMP_value;
	ZVAL_LONG(&const_STALE_TIMESTAMP_value, 2);
	zend_string *const_STALE_TIMESTAMP_name = zend_string_init_interned("STALE_TIMESTAMP", sizeof("STALE_TIMESTAMP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STALE_TIMESTAMP_name, &const_STALE_TIMESTAMP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STALE_TIMESTAMP_name);

	zval const_UNKNOWN_SERIAL_value;
	ZVAL_LONG(&const_UNKNOWN_SERIAL_value, 3);
	zend_string *const_UNKNOWN_SERIAL_name = zend_string_init_interned("UNKNOWN_SERIAL", sizeof("UNKNOWN_SERIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNKNOWN_SERIAL_name, &const_UNKNOWN_SERIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNKNOWN_SERIAL_name);

	zval const_BAD_SIGNATURE_value;
	ZVAL_LONG(&const_BAD_SIGNATURE_value, 4);
	zend_string *const_BAD_SIGNATURE_name = zend_string_init_interned("BAD_SIGNATURE", sizeof("BAD_SIGNATURE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BAD_SIGNATURE_name, &const_BAD_SIGNATURE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BAD_SIGNATURE_name);

	zval const_MALFORMED_BODY_value;
	ZVAL_LONG(&const_MALFORMED_BODY_value, 5);
	zend_string *const_MALFORMED_BODY_name = zend_string_init_interned("MALFORMED_BODY", sizeof("MALFORMED_BODY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MALFORMED_BODY_name, &const_MALFORMED_BODY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MALFORMED_BODY_name);

	zval const_UNDECRYPTABLE_value;
	ZVAL_LONG(&const_UNDECRYPTABLE_value, 6);
	zend_string *const_UNDECRYPTABLE_name = zend_string_init_interned("UNDECRYPTABLE", sizeof("UNDECRYPTABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNDECRYPTABLE_name, &const_UNDECRYPTABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNDECRYPTABLE_name);

	return class_entry;
}
