/* The "multipart" option of a call: a media upload as WeChat Pay's APIs take it, a "meta" part
 * {"filename":..,"sha256":..} that the request signature covers, and the file itself. */
#include "wxps_php.h"

#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "main/php_streams.h"

#include "wxps_hash.h"

struct php_wxps_upload {
	wxps_multipart part; /* what the core sends; points into the strings below */
	zend_string *path;   /* the file, read by libcurl as it sends; or NULL */
	zend_string *data;   /* the bytes read from a stream; or NULL */
	zend_string *filename;
	zend_string *type;
	zend_string *meta;
};

static const char *wxps_upload_type(zend_string *filename)
{
	static const char *const types[][2] = {
	    {".jpg", "image/jpeg"},      {".jpeg", "image/jpeg"},      {".png", "image/png"},
	    {".bmp", "image/bmp"},       {".gif", "image/gif"},        {".mp4", "video/mp4"},
	    {".avi", "video/x-msvideo"}, {".mov", "video/quicktime"},  {".wmv", "video/x-ms-wmv"},
	    {".mpeg", "video/mpeg"},     {".mkv", "video/x-matroska"}, {".flv", "video/x-flv"},
	};
	const char *dot = strrchr(ZSTR_VAL(filename), '.');
	size_t i;

	for (i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++) {
		if (strcasecmp(dot, types[i][0]) == 0) {
			return types[i][1];
		}
	}
	return "application/octet-stream";
}

/* The bytes of the upload held in up->data, within max and hashed; -1 after throwing. */
static int wxps_upload_data(php_wxps_upload *up, zend_string *data, size_t max, char sha256[65])
{
	up->data = data;
	if (ZSTR_LEN(data) > max) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "\"multipart\" file is larger than %zu bytes, WeChat Pay's limit here", (size_t)max);
		return -1;
	}
	if (wxps_sha256_hex(ZSTR_VAL(data), ZSTR_LEN(data), sha256) != 0) {
		php_wxps_throw(PHP_WXPS_INTERNAL, "SHA-256 failed");
		return -1;
	}
	return 0;
}

/* The file of the upload, hashed; its size limit depends on the API. -1 after throwing. */
static int wxps_upload_file(php_wxps_upload *up, zval *file, size_t max, char sha256[65])
{
	php_stream *stream;
	zend_string *data;
	wxps_error err;
	size_t size;

	ZVAL_DEREF(file);
	if (Z_TYPE_P(file) == IS_STRING) {
		if (Z_STRLEN_P(file) == 0 || memchr(Z_STRVAL_P(file), '\0', Z_STRLEN_P(file)) ||
		    php_check_open_basedir(Z_STRVAL_P(file)) != 0) {
			php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
			               "\"multipart\" file must be the path of a readable file");
			return -1;
		}
		wxps_error_clear(&err);
		if (wxps_sha256_file(Z_STRVAL_P(file), max, sha256, &size, &err) != 0) {
			php_wxps_throw_error(&err, PHP_WXPS_INVALID_ARGUMENT);
			return -1;
		}
		up->path = zend_string_copy(Z_STR_P(file));
		return 0;
	}
	if (Z_TYPE_P(file) != IS_RESOURCE) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"multipart\" file must be a path or a stream, %s given",
		               zend_zval_type_name(file));
		return -1;
	}
	php_stream_from_zval_no_verify(stream, file);
	if (!stream) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"multipart\" file must be a path or an open stream");
		return -1;
	}
	/* One byte past the limit is enough to know the file is over it. */
	data = php_stream_copy_to_mem(stream, max + 1, 0);
	return wxps_upload_data(up, data ? data : ZSTR_EMPTY_ALLOC(), max, sha256);
}

/* The file of the upload given as its bytes, hashed. -1 after throwing. */
static int wxps_upload_contents(php_wxps_upload *up, zval *contents, size_t max, char sha256[65])
{
	if (Z_TYPE_P(contents) != IS_STRING) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"multipart\" contents must be a string, %s given",
		               zend_zval_type_name(contents));
		return -1;
	}
	return wxps_upload_data(up, zend_string_copy(Z_STR_P(contents)), max, sha256);
}

/* {"filename":..,"sha256":..}, as WeChat Pay signs it. */
static zend_string *wxps_upload_meta(zend_string *filename, const char *sha256)
{
	smart_str json = {0};
	zval meta;

	array_init_size(&meta, 2);
	add_assoc_str(&meta, "filename", zend_string_copy(filename));
	add_assoc_string(&meta, "sha256", (char *)sha256);
	php_json_encode_ex(&json, &meta, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE,
	                   PHP_JSON_PARSER_DEFAULT_DEPTH);
	zval_ptr_dtor(&meta);
	return smart_str_extract(&json);
}

size_t php_wxps_upload_max(zend_string *target)
{
	return strstr(ZSTR_VAL(target), "video_upload") ? PHP_WXPS_UPLOAD_VIDEO_MAX : PHP_WXPS_UPLOAD_IMAGE_MAX;
}

php_wxps_upload *php_wxps_upload_open(zval *spec, size_t max)
{
	php_wxps_upload *up;
	zval *file, *name, *contents = NULL;
	char sha256[65];

	if (Z_TYPE_P(spec) != IS_ARRAY || (!(file = zend_hash_str_find(Z_ARRVAL_P(spec), "file", 4)) &&
	                                   !(contents = zend_hash_str_find_deref(Z_ARRVAL_P(spec), "contents", 8)))) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "\"multipart\" must be ['file' => path or stream, 'filename' => ...] or "
		               "['contents' => bytes, 'filename' => ...]");
		return NULL;
	}
	name = zend_hash_str_find_deref(Z_ARRVAL_P(spec), "filename", sizeof("filename") - 1);
	if (name && Z_TYPE_P(name) != IS_NULL && (Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0)) {
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT, "\"multipart\" filename must be a non-empty string");
		return NULL;
	}
	up = ecalloc(1, sizeof(*up));
	if (file ? wxps_upload_file(up, file, max, sha256) : wxps_upload_contents(up, contents, max, sha256)) {
		php_wxps_upload_free(up);
		return NULL;
	}
	if (name && Z_TYPE_P(name) == IS_STRING) {
		up->filename = zend_string_copy(Z_STR_P(name));
	} else if (up->path) {
		const char *base = strrchr(ZSTR_VAL(up->path), '/');
		base = base ? base + 1 : ZSTR_VAL(up->path);
		up->filename = zend_string_init(base, strlen(base), 0);
	} else {
		php_wxps_upload_free(up);
		php_wxps_throw(PHP_WXPS_INVALID_ARGUMENT,
		               "\"multipart\" needs a filename when the file is a stream or contents");
		return NULL;
	}
	up->type = zend_string_init(wxps_upload_type(up->filename), strlen(wxps_upload_type(up->filename)), 0);
	up->meta = wxps_upload_meta(up->filename, sha256);
	up->part.meta = ZSTR_VAL(up->meta);
	up->part.meta_len = ZSTR_LEN(up->meta);
	up->part.file_path = up->path ? ZSTR_VAL(up->path) : NULL;
	up->part.file_data = up->data ? ZSTR_VAL(up->data) : NULL;
	up->part.file_len = up->data ? ZSTR_LEN(up->data) : 0;
	up->part.filename = ZSTR_VAL(up->filename);
	up->part.file_type = ZSTR_VAL(up->type);
	return up;
}

zend_string *php_wxps_upload_meta(const php_wxps_upload *up)
{
	return up->meta;
}

const wxps_multipart *php_wxps_upload_parts(const php_wxps_upload *up)
{
	return &up->part;
}

void php_wxps_upload_free(php_wxps_upload *up)
{
	zend_string *strings[] = {up->path, up->data, up->filename, up->type, up->meta};
	size_t i;

	for (i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (strings[i]) {
			zend_string_release(strings[i]);
		}
	}
	efree(up);
}
