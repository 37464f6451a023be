/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c3677ffa0f6997fbc986708cc36ea2be3a5549f5 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WxPayScore_Stream___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Stream_detach arginfo_class_WxPayScore_Stream___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_tell, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Stream_isSeekable arginfo_class_WxPayScore_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_INFO(0, offset)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, whence, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Stream_rewind arginfo_class_WxPayScore_Stream_close

#define arginfo_class_WxPayScore_Stream_isWritable arginfo_class_WxPayScore_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_write, 0, 1, IS_NEVER, 0)
	ZEND_ARG_INFO(0, string)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Stream_isReadable arginfo_class_WxPayScore_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_INFO(0, length)
ZEND_END_ARG_INFO()

#define arginfo_class_WxPayScore_Stream_getContents arginfo_class_WxPayScore_Stream___toString

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WxPayScore_Stream_getMetadata, 0, 0, IS_MIXED, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, key, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WxPayScore_Stream, __construct);
ZEND_METHOD(WxPayScore_Stream, __toString);
ZEND_METHOD(WxPayScore_Stream, close);
ZEND_METHOD(WxPayScore_Stream, detach);
ZEND_METHOD(WxPayScore_Stream, getSize);
ZEND_METHOD(WxPayScore_Stream, tell);
ZEND_METHOD(WxPayScore_Stream, eof);
ZEND_METHOD(WxPayScore_Stream, isSeekable);
ZEND_METHOD(WxPayScore_Stream, seek);
ZEND_METHOD(WxPayScore_Stream, rewind);
ZEND_METHOD(WxPayScore_Stream, isWritable);
ZEND_METHOD(WxPayScore_Stream, write);
ZEND_METHOD(WxPayScore_Stream, isReadable);
ZEND_METHOD(WxPayScore_Stream, read);
ZEND_METHOD(WxPayScore_Stream, getContents);
ZEND_METHOD(WxPayScore_Stream, getMetadata);


static const zend_function_entry class_WxPayScore_Stream_methods[] = {
	ZEND_ME(WxPayScore_Stream, __construct, arginfo_class_WxPayScore_Stream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WxPayScore_Stream, __toString, arginfo_class_WxPayScore_Stream___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, close, arginfo_class_WxPayScore_Stream_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, detach, arginfo_class_WxPayScore_Stream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, getSize, arginfo_class_WxPayScore_Stream_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, tell, arginfo_class_WxPayScore_Stream_tell, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, eof, arginfo_class_WxPayScore_Stream_eof, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, isSeekable, arginfo_class_WxPayScore_Stream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, seek, arginfo_class_WxPayScore_Stream_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, rewind, arginfo_class_WxPayScore_Stream_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, isWritable, arginfo_class_WxPayScore_Stream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, write, arginfo_class_WxPayScore_Stream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, isReadable, arginfo_class_WxPayScore_Stream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, read, arginfo_class_WxPayScore_Stream_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, getContents, arginfo_class_WxPayScore_Stream_getContents, ZEND_ACC_PUBLIC)
	ZEND_ME(WxPayScore_Stream, getMetadata, arginfo_class_WxPayScore_Stream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WxPayScore_Stream(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WxPayScore", "Stream", class_WxPayScore_Stream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	return class_entry;
}
