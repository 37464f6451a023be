/* The exception classes, and the one place where core errors become PHP exceptions. */
#include "wxps_php.h"

#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include "exceptions_arginfo.h"

zend_class_entry *php_wxps_ce_exception;
zend_class_entry *php_wxps_ce_invalid_argument;
zend_class_entry *php_wxps_ce_unexpected_value;
zend_class_entry *php_wxps_ce_transfer;
zend_class_entry *php_wxps_ce_cancellation;
zend_class_entry *php_wxps_ce_request;
zend_class_entry *php_wxps_ce_client_error;
zend_class_entry *php_wxps_ce_server_error;
zend_class_entry *php_wxps_ce_notification;

static zend_class_entry *php_wxps_class_of(php_wxps_kind kind)
{
	switch (kind) {
	case PHP_WXPS_INVALID_ARGUMENT: return php_wxps_ce_invalid_argument;
	case PHP_WXPS_TRANSFER: return php_wxps_ce_transfer;
	case PHP_WXPS_CANCELLATION: return php_wxps_ce_cancellation;
	case PHP_WXPS_REQUEST: return php_wxps_ce_request;
	case PHP_WXPS_UNEXPECTED_VALUE:
	case PHP_WXPS_INTERNAL: break;
	}
	return php_wxps_ce_unexpected_value;
}

static void php_wxps_vthrow(php_wxps_kind kind, const char *fmt, va_list ap)
{
	char *msg;

	zend_vspprintf(&msg, 0, fmt, ap);
	zend_throw_exception(php_wxps_class_of(kind), msg, 0);
	efree(msg);
}

void php_wxps_throw(php_wxps_kind kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	php_wxps_vthrow(kind, fmt, ap);
	va_end(ap);
}

php_wxps_kind php_wxps_error_kind(const wxps_error *err, php_wxps_kind verify_as)
{
	switch (err->kind) {
	case WXPS_E_ARGUMENT: return PHP_WXPS_INVALID_ARGUMENT;
	case WXPS_E_TRANSFER: return PHP_WXPS_TRANSFER;
	case WXPS_E_VERIFY: return verify_as;
	default: return PHP_WXPS_INTERNAL;
	}
}

void php_wxps_throw_error(const wxps_error *err, php_wxps_kind verify_as)
{
	php_wxps_throw(php_wxps_error_kind(err, verify_as), "%s", err->message[0] ? err->message : "unknown failure");
}

void php_wxps_return_buf_or_throw(zval *return_value, wxps_buf *b, int rc, php_wxps_kind kind, const char *fmt, ...)
{
	va_list ap;

	if (rc == 0) {
		php_wxps_return_buf(return_value, b);
		return;
	}
	wxps_buf_free(b);
	va_start(ap, fmt);
	php_wxps_vthrow(kind, fmt, ap);
	va_end(ap);
}

void php_wxps_exception_to_error(wxps_error *err, wxps_error_kind kind)
{
	zend_object *ex = EG(exception);
	zval rv, *message;

	if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
		return;
	}
	message = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	wxps_error_set(err, kind, "%s", Z_TYPE_P(message) == IS_STRING ? Z_STRVAL_P(message) : "failed");
	zend_clear_exception();
}

void php_wxps_throw_notification(int code, const char *message)
{
	zend_throw_exception(php_wxps_ce_notification, message, code);
}

static void wxps_update_private(zend_object *ex, const char *name, zval *value)
{
	zend_update_property_ex(php_wxps_ce_request, ex, zend_string_init_interned(name, strlen(name), 0), value);
}

void php_wxps_throw_request(zend_class_entry *ce, const char *message, const char *method, zend_string *uri,
                            zval *response, zend_string *error_code)
{
	zend_object *ex;
	zval tmp;
	long status = response ? php_wxps_response_status(response) : 0;

	ex = zend_throw_exception(ce, message, (zend_long)status);
	ZVAL_STRING(&tmp, method);
	wxps_update_private(ex, "method", &tmp);
	zval_ptr_dtor(&tmp);
	ZVAL_STR_COPY(&tmp, uri);
	wxps_update_private(ex, "uri", &tmp);
	zval_ptr_dtor(&tmp);
	if (response) {
		wxps_update_private(ex, "response", response);
	}
	if (error_code) {
		ZVAL_STR_COPY(&tmp, error_code);
		wxps_update_private(ex, "errorCode", &tmp);
		zval_ptr_dtor(&tmp);
	}
}

static zval *wxps_read_private(zend_object *ex, const char *name)
{
	zval rv;

	return zend_read_property(php_wxps_ce_request, ex, name, strlen(name), 1, &rv);
}

ZEND_METHOD(WxPayScore_Exception_RequestException, getMethod)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wxps_read_private(Z_OBJ_P(ZEND_THIS), "method"));
}

ZEND_METHOD(WxPayScore_Exception_RequestException, getUri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wxps_read_private(Z_OBJ_P(ZEND_THIS), "uri"));
}

ZEND_METHOD(WxPayScore_Exception_RequestException, hasResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_TYPE_P(wxps_read_private(Z_OBJ_P(ZEND_THIS), "response")) == IS_OBJECT);
}

ZEND_METHOD(WxPayScore_Exception_RequestException, getResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wxps_read_private(Z_OBJ_P(ZEND_THIS), "response"));
}

ZEND_METHOD(WxPayScore_Exception_RequestException, getErrorCode)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wxps_read_private(Z_OBJ_P(ZEND_THIS), "errorCode"));
}

ZEND_METHOD(WxPayScore_Exception_RequestException, getRequestId)
{
	zval *response = wxps_read_private(Z_OBJ_P(ZEND_THIS), "response");
	zend_string *id;

	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_TYPE_P(response) != IS_OBJECT || !(id = php_wxps_response_header(response, "Request-ID"))) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(id);
}

void php_wxps_register_exception_classes(void)
{
	php_wxps_ce_exception = register_class_WxPayScore_Exception_WxPayScoreException(zend_ce_throwable);
	php_wxps_ce_invalid_argument = register_class_WxPayScore_Exception_InvalidArgumentException(
	    spl_ce_InvalidArgumentException, php_wxps_ce_exception);
	php_wxps_ce_unexpected_value = register_class_WxPayScore_Exception_UnexpectedValueException(
	    spl_ce_UnexpectedValueException, php_wxps_ce_exception);
	php_wxps_ce_cancellation =
	    register_class_WxPayScore_Exception_CancellationException(spl_ce_RuntimeException, php_wxps_ce_exception);
	php_wxps_ce_transfer =
	    register_class_WxPayScore_Exception_TransferException(spl_ce_RuntimeException, php_wxps_ce_exception);
	php_wxps_ce_request =
	    register_class_WxPayScore_Exception_RequestException(spl_ce_RuntimeException, php_wxps_ce_exception);
	php_wxps_ce_client_error = register_class_WxPayScore_Exception_ClientException(php_wxps_ce_request);
	php_wxps_ce_server_error = register_class_WxPayScore_Exception_ServerException(php_wxps_ce_request);
	php_wxps_ce_notification =
	    register_class_WxPayScore_Exception_NotificationException(php_wxps_ce_unexpected_value);
}
