#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"

#include "php_wxpayscore.h"
#include "wxps_php.h"
#include "wxps_certs.h"
#include "wxps_sign.h"

ZEND_DECLARE_MODULE_GLOBALS(wxpayscore)

PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("wxpayscore.persistent", "1", PHP_INI_SYSTEM, OnUpdateBool, persistent,
	                    zend_wxpayscore_globals, wxpayscore_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(wxpayscore)
{
#if defined(COMPILE_DL_WXPAYSCORE) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	wxpayscore_globals->engine = NULL;
	wxpayscore_globals->persistent = true;
	wxpayscore_globals->scheduler = NULL;
}

/* The process-wide engine: its connection pool is what makes the next call cheap. */
wxps_http_engine *php_wxps_engine(void)
{
	wxps_error err;

	if (!WXPS_G(engine)) {
		wxps_error_clear(&err);
		WXPS_G(engine) = wxps_http_engine_new(&err);
		if (!WXPS_G(engine)) {
			php_wxps_throw_error(&err, PHP_WXPS_REQUEST);
		}
	}
	return WXPS_G(engine);
}

static PHP_MINIT_FUNCTION(wxpayscore)
{
	REGISTER_INI_ENTRIES();
	if (wxps_http_global_init() != 0) {
		return FAILURE;
	}
	php_wxps_call_startup();
	php_wxps_register_exception_classes();
	php_wxps_register_stream_class();
	php_wxps_register_response_classes();
	php_wxps_register_client_class();
	php_wxps_register_promise_class();
	php_wxps_register_rsa_class();
	php_wxps_register_key_class();
	php_wxps_register_pem_util_class();
	php_wxps_register_media_util_class();
	php_wxps_register_aes_classes();
	php_wxps_register_hash_class();
	php_wxps_register_formatter_class();
	php_wxps_register_encryptor_class();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(wxpayscore)
{
	wxps_http_engine_free(WXPS_G(engine));
	WXPS_G(engine) = NULL;
	wxps_sign_cache_shutdown();
	wxps_certs_shutdown();
	wxps_key_cache_shutdown();
	wxps_http_global_cleanup();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(wxpayscore)
{
	/* Calls nobody waited for end with the request that made them. */
	php_wxps_promises_shutdown();
	if (!WXPS_G(persistent)) {
		wxps_http_engine_free(WXPS_G(engine));
		WXPS_G(engine) = NULL;
		php_wxps_certs_request_end();
	}
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(wxpayscore)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "wxpayscore support", "enabled");
	php_info_print_table_row(2, "Version", PHP_WXPAYSCORE_VERSION);
	php_info_print_table_row(2, "libcurl", wxps_http_libcurl_version());
	php_info_print_table_row(2, "libcurl features", wxps_http_version());
	php_info_print_table_row(2, "OpenSSL", wxps_openssl_version());
	php_info_print_table_row(2, "Async concurrency per client (default)", ZEND_TOSTR(WXPS_DEFAULT_CONCURRENCY));
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep wxpayscore_deps[] = {ZEND_MOD_REQUIRED("json") ZEND_MOD_OPTIONAL("openssl") ZEND_MOD_END};

zend_module_entry wxpayscore_module_entry = {STANDARD_MODULE_HEADER_EX,
                                             NULL,
                                             wxpayscore_deps,
                                             "wxpayscore",
                                             NULL,
                                             PHP_MINIT(wxpayscore),
                                             PHP_MSHUTDOWN(wxpayscore),
                                             NULL,
                                             PHP_RSHUTDOWN(wxpayscore),
                                             PHP_MINFO(wxpayscore),
                                             PHP_WXPAYSCORE_VERSION,
                                             PHP_MODULE_GLOBALS(wxpayscore),
                                             PHP_GINIT(wxpayscore),
                                             NULL,
                                             NULL,
                                             STANDARD_MODULE_PROPERTIES_EX};

#ifdef COMPILE_DL_WXPAYSCORE
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(wxpayscore)
#endif
