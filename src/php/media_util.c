/* WxPayScore\Util\MediaUtil: wechatpay-php's upload helper over the "multipart" option. Its
 * stream reads as the meta, as the SDK's does for signing, and carries the upload to the call. */
#include "wxps_php.h"

#include "main/php_streams.h"

#include "wxps_sign.h"

#include "media_util_arginfo.h"

zend_class_entry *php_wxps_ce_media_util;

typedef struct {
	zval upload;       /* the "multipart" option it stands for: ['file' => path] or ['contents' => bytes] */
	zend_string *meta; /* NULL until constructed */
	char boundary[WXPS_NONCE_LEN + 1];
	zend_object std;
} wxps_media_obj;

static zend_object_handlers wxps_media_handlers;

static inline wxps_media_obj *wxps_media_from(zend_object *obj)
{
	return (wxps_media_obj *)((char *)obj - offsetof(wxps_media_obj, std));
}

static zend_object *wxps_media_new(zend_class_entry *ce)
{
	wxps_media_obj *m = zend_object_alloc(sizeof(*m), ce);

	zend_object_std_init(&m->std, ce);
	object_properties_init(&m->std, ce);
	m->std.handlers = &wxps_media_handlers;
	return &m->std;
}

static void wxps_media_free_obj(zend_object *obj)
{
	wxps_media_obj *m = wxps_media_from(obj);

	zval_ptr_dtor(&m->upload);
	if (m->meta) {
		zend_string_release(m->meta);
	}
	zend_object_std_dtor(obj);
}

static wxps_media_obj *wxps_media_ready(zval *this_ptr)
{
	wxps_media_obj *m = wxps_media_from(Z_OBJ_P(this_ptr));

	if (!m->meta) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "the MediaUtil was not constructed");
		return NULL;
	}
	return m;
}

/* The bytes of $fileStream: a PHP stream from where it stands, or a PSR-7 stream as a whole. */
static zend_string *wxps_media_bytes(zval *from)
{
	php_stream *stream;
	zend_string *data;

	if (Z_TYPE_P(from) == IS_OBJECT && Z_OBJCE_P(from)->__tostring) {
		return zval_try_get_string(from);
	}
	if (Z_TYPE_P(from) == IS_RESOURCE) {
		php_stream_from_zval_no_verify(stream, from);
		if (stream) {
			data = php_stream_copy_to_mem(stream, PHP_WXPS_UPLOAD_VIDEO_MAX + 1, 0);
			return data ? data : ZSTR_EMPTY_ALLOC();
		}
	}
	php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "$fileStream must be a stream or a PSR-7 stream, %s given",
	               Z_TYPE_P(from) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(from)->name) : zend_zval_type_name(from));
	return NULL;
}

ZEND_METHOD(WxPayScore_Util_MediaUtil, __construct)
{
	wxps_media_obj *m = wxps_media_from(Z_OBJ_P(ZEND_THIS));
	zend_string *filepath, *bytes;
	zval *from = NULL, upload;
	php_wxps_upload *up;
	const char *base;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(filepath)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(from)
	ZEND_PARSE_PARAMETERS_END();
	if (m->meta) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "a MediaUtil is constructed once");
		RETURN_THROWS();
	}
	/* Its base name is the upload's filename, which a NUL would cut short. */
	if (ZSTR_LEN(filepath) == 0 || memchr(ZSTR_VAL(filepath), '\0', ZSTR_LEN(filepath))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "$filepath must name a file, without NUL bytes");
		RETURN_THROWS();
	}
	base = strrchr(ZSTR_VAL(filepath), '/');
	base = base ? base + 1 : ZSTR_VAL(filepath);
	array_init_size(&upload, 2);
	add_assoc_string(&upload, "filename", (char *)base);
	if (from && Z_TYPE_P(from) != IS_NULL) {
		if (!(bytes = wxps_media_bytes(from))) {
			zval_ptr_dtor(&upload);
			RETURN_THROWS();
		}
		add_assoc_str(&upload, "contents", bytes);
	} else {
		add_assoc_str(&upload, "file", zend_string_copy(filepath));
	}
	/* Read and hashed once here, as the SDK does, within the larger (video) limit; a call checks
	 * the limit of its own API when it sends. */
	up = php_wxps_upload_open(&upload, PHP_WXPS_UPLOAD_VIDEO_MAX);
	if (!up || wxps_nonce(m->boundary) != 0) {
		if (up) {
			php_wxps_upload_free(up);
			php_wxps_throw(PHP_WXPS_INTERNAL, "the random generator failed");
		}
		zval_ptr_dtor(&upload);
		RETURN_THROWS();
	}
	m->meta = zend_string_copy(php_wxps_upload_meta(up));
	php_wxps_upload_free(up);
	ZVAL_COPY_VALUE(&m->upload, &upload);
}

ZEND_METHOD(WxPayScore_Util_MediaUtil, getMeta)
{
	wxps_media_obj *m;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(m = wxps_media_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(m->meta);
}

ZEND_METHOD(WxPayScore_Util_MediaUtil, getStream)
{
	wxps_media_obj *m;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(m = wxps_media_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	php_wxps_stream_create_media(return_value, m->meta, &m->upload);
}

ZEND_METHOD(WxPayScore_Util_MediaUtil, getContentType)
{
	wxps_media_obj *m;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(m = wxps_media_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_NEW_STR(zend_strpprintf(0, "multipart/form-data; boundary=%s", m->boundary));
}

void php_wxps_register_media_util_class(void)
{
	php_wxps_ce_media_util = register_class_WxPayScore_Util_MediaUtil();
	php_wxps_ce_media_util->create_object = wxps_media_new;
	memcpy(&wxps_media_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wxps_media_handlers.offset = offsetof(wxps_media_obj, std);
	wxps_media_handlers.free_obj = wxps_media_free_obj;
	wxps_media_handlers.clone_obj = NULL;
}
