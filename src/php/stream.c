/* WxPayScore\Stream: the body of a Response, an in-memory, read-only, seekable stream. */
#include "wxps_php.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "stream_arginfo.h"

zend_class_entry *php_wxps_ce_stream;

typedef struct {
	zend_string *data; /* NULL once closed */
	size_t pos;
	zval media; /* MediaUtil's stream: the upload ("multipart" option) it stands for; else UNDEF */
	zend_object std;
} wxps_stream_obj;

static zend_object_handlers wxps_stream_handlers;

static inline wxps_stream_obj *wxps_stream_from(zend_object *obj)
{
	return (wxps_stream_obj *)((char *)obj - offsetof(wxps_stream_obj, std));
}

#define THIS_STREAM() wxps_stream_from(Z_OBJ_P(ZEND_THIS))

static zend_object *wxps_stream_new(zend_class_entry *ce)
{
	wxps_stream_obj *s = zend_object_alloc(sizeof(*s), ce);

	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &wxps_stream_handlers;
	return &s->std;
}

static void wxps_stream_free_obj(zend_object *obj)
{
	wxps_stream_obj *s = wxps_stream_from(obj);

	if (s->data) {
		zend_string_release(s->data);
	}
	zval_ptr_dtor(&s->media);
	zend_object_std_dtor(obj);
}

/* Most callers read the body and never the headers: keep them as one string until asked. */

void php_wxps_stream_create(zval *out, zend_string *data)
{
	object_init_ex(out, php_wxps_ce_stream);
	wxps_stream_from(Z_OBJ_P(out))->data = zend_string_copy(data);
}

void php_wxps_stream_create_media(zval *out, zend_string *meta, zval *upload)
{
	php_wxps_stream_create(out, meta);
	ZVAL_COPY(&wxps_stream_from(Z_OBJ_P(out))->media, upload);
}

zval *php_wxps_stream_media(zval *v)
{
	wxps_stream_obj *s;

	if (Z_TYPE_P(v) != IS_OBJECT || Z_OBJCE_P(v) != php_wxps_ce_stream) {
		return NULL;
	}
	s = wxps_stream_from(Z_OBJ_P(v));
	return Z_ISUNDEF(s->media) ? NULL : &s->media;
}

static wxps_stream_obj *wxps_open_stream(zval *this_ptr)
{
	wxps_stream_obj *s = wxps_stream_from(Z_OBJ_P(this_ptr));

	if (!s->data) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "the stream is closed");
		return NULL;
	}
	return s;
}

ZEND_METHOD(WxPayScore_Stream, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WxPayScore_Stream, __toString)
{
	wxps_stream_obj *s = THIS_STREAM();

	ZEND_PARSE_PARAMETERS_NONE();
	if (!s->data) {
		RETURN_EMPTY_STRING();
	}
	s->pos = ZSTR_LEN(s->data);
	RETURN_STR_COPY(s->data);
}

/* close() and detach(): an in-memory stream has no resource to hand over, so both just let go. */
static void wxps_stream_release(wxps_stream_obj *s)
{
	if (s->data) {
		zend_string_release(s->data);
		s->data = NULL;
	}
	s->pos = 0;
}

ZEND_METHOD(WxPayScore_Stream, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wxps_stream_release(THIS_STREAM());
}

ZEND_METHOD(WxPayScore_Stream, detach)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wxps_stream_release(THIS_STREAM());
	RETURN_NULL();
}

ZEND_METHOD(WxPayScore_Stream, getSize)
{
	wxps_stream_obj *s = THIS_STREAM();

	ZEND_PARSE_PARAMETERS_NONE();
	if (!s->data) {
		RETURN_NULL();
	}
	RETURN_LONG((zend_long)ZSTR_LEN(s->data));
}

ZEND_METHOD(WxPayScore_Stream, tell)
{
	wxps_stream_obj *s;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = wxps_open_stream(ZEND_THIS))) {
		RETURN_LONG((zend_long)s->pos);
	}
}

ZEND_METHOD(WxPayScore_Stream, eof)
{
	wxps_stream_obj *s = THIS_STREAM();

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(!s->data || s->pos >= ZSTR_LEN(s->data));
}

ZEND_METHOD(WxPayScore_Stream, isSeekable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_STREAM()->data != NULL);
}

/* Where seek() lands, or -1 when that is outside [0, size] or whence is unknown. */
static zend_long wxps_stream_target(const wxps_stream_obj *s, zend_long offset, zend_long whence)
{
	zend_long size = (zend_long)ZSTR_LEN(s->data), base;

	switch (whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = (zend_long)s->pos; break;
	case SEEK_END: base = size; break;
	default: return -1;
	}
	/* 0 <= base <= size: -base and size - base cannot overflow, where base + offset could. */
	if (offset < -base || offset > size - base) {
		return -1;
	}
	return base + offset;
}

ZEND_METHOD(WxPayScore_Stream, seek)
{
	zend_long offset, whence = SEEK_SET, target;
	wxps_stream_obj *s;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(offset)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(whence)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = wxps_open_stream(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if ((target = wxps_stream_target(s, offset, whence)) < 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE,
		               "cannot seek to offset " ZEND_LONG_FMT " (whence " ZEND_LONG_FMT ")", offset, whence);
		RETURN_THROWS();
	}
	s->pos = (size_t)target;
}

ZEND_METHOD(WxPayScore_Stream, rewind)
{
	wxps_stream_obj *s;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = wxps_open_stream(ZEND_THIS))) {
		s->pos = 0;
	}
}

ZEND_METHOD(WxPayScore_Stream, isWritable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FALSE;
}

ZEND_METHOD(WxPayScore_Stream, write)
{
	zval *string;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(string)
	ZEND_PARSE_PARAMETERS_END();
	php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "a Response body is read-only");
}

ZEND_METHOD(WxPayScore_Stream, isReadable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_STREAM()->data != NULL);
}

ZEND_METHOD(WxPayScore_Stream, read)
{
	zend_long length;
	wxps_stream_obj *s;
	size_t n;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = wxps_open_stream(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (length < 0) {
		php_wxps_throw(PHP_WXPS_UNEXPECTED_VALUE, "cannot read a negative length (" ZEND_LONG_FMT ")", length);
		RETURN_THROWS();
	}
	n = MIN((size_t)length, ZSTR_LEN(s->data) - s->pos);
	RETVAL_STRINGL(ZSTR_VAL(s->data) + s->pos, n);
	s->pos += n;
}

ZEND_METHOD(WxPayScore_Stream, getContents)
{
	wxps_stream_obj *s;
	size_t start;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(s = wxps_open_stream(ZEND_THIS))) {
		RETURN_THROWS();
	}
	start = s->pos;
	s->pos = ZSTR_LEN(s->data);
	if (start == 0) {
		RETURN_STR_COPY(s->data);
	}
	RETURN_STRINGL(ZSTR_VAL(s->data) + start, ZSTR_LEN(s->data) - start);
}

ZEND_METHOD(WxPayScore_Stream, getMetadata)
{
	zend_string *key = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(key)
	ZEND_PARSE_PARAMETERS_END();
	if (key) {
		RETURN_NULL();
	}
	RETURN_EMPTY_ARRAY();
}

/* With ext/psr loaded (it loads first: see the module's optional dependency), Response and
 * Stream are PSR-7 messages, so callbacks typed against the PSR interfaces accept them. */
void php_wxps_implement_psr(zend_class_entry *ce, const char *iface)
{
	zend_class_entry *psr = zend_hash_str_find_ptr(CG(class_table), iface, strlen(iface));

	if (psr) {
		zend_class_implements(ce, 1, psr);
	}
}

void php_wxps_register_stream_class(void)
{
	php_wxps_ce_stream = register_class_WxPayScore_Stream(zend_ce_stringable);
	php_wxps_ce_stream->create_object = wxps_stream_new;
	memcpy(&wxps_stream_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_stream_handlers.offset = offsetof(wxps_stream_obj, std);
	wxps_stream_handlers.free_obj = wxps_stream_free_obj;
	wxps_stream_handlers.clone_obj = NULL;
	php_wxps_implement_psr(php_wxps_ce_stream, "psr\\http\\message\\streaminterface");
}
