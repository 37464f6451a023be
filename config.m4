dnl wxpayscore: WeChat Pay APIv3 (Pay Score first) for PHP, signed and verified in C.

PHP_ARG_ENABLE([wxpayscore],
  [whether to enable wxpayscore],
  [AS_HELP_STRING([--enable-wxpayscore], [Enable the WeChat Pay APIv3 client])],
  [yes])

if test "$PHP_WXPAYSCORE" != "no"; then
  dnl PHP 8.2 is the oldest PHP built and tested; the glue uses 8.2's API (ZEND_STR_SENSITIVEPARAMETER,
  dnl zend_string_equals_cstr). scripts/version-check.sh keeps this floor, package.xml, composer.json
  dnl and the READMEs in step. phpize has php-config; a build inside php-src has PHP_VERSION_ID.
  if test -z "$PHP_VERSION_ID" && test -n "$PHP_CONFIG"; then
    PHP_VERSION_ID=`$PHP_CONFIG --vernum 2>/dev/null`
  fi
  AC_MSG_CHECKING([for PHP 8.2 or later])
  if test -z "$PHP_VERSION_ID" || test "$PHP_VERSION_ID" -lt 80200; then
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([wxpayscore needs PHP 8.2 or later, and this PHP is ${PHP_VERSION_ID:-of unknown version} (PHP_VERSION_ID)])
  fi
  AC_MSG_RESULT([yes, $PHP_VERSION_ID])

  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([wxpayscore needs pkg-config to find libcurl and OpenSSL (Debian: apt-get install pkg-config)])
  fi

  PKG_CHECK_MODULES([WXPS_CURL], [libcurl >= 7.80.0], [],
    [AC_MSG_ERROR([wxpayscore needs libcurl >= 7.80.0 with its headers (Debian: apt-get install libcurl4-openssl-dev)])])
  PKG_CHECK_MODULES([WXPS_OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([wxpayscore needs OpenSSL >= 1.1.1 with its headers (Debian: apt-get install libssl-dev)])])

  PKG_CHECK_MODULES([WXPS_ZLIB], [zlib], [],
    [AC_MSG_ERROR([wxpayscore needs zlib with its headers (Debian: apt-get install zlib1g-dev)])])

  PHP_EVAL_INCLINE([$WXPS_CURL_CFLAGS $WXPS_OPENSSL_CFLAGS $WXPS_ZLIB_CFLAGS])
  PHP_EVAL_LIBLINE([$WXPS_CURL_LIBS $WXPS_OPENSSL_LIBS $WXPS_ZLIB_LIBS], [WXPAYSCORE_SHARED_LIBADD])
  PHP_SUBST([WXPAYSCORE_SHARED_LIBADD])

  dnl Every source by name, as config.w32 lists them; scripts/sources-check.sh keeps the two
  dnl lists and the tracked .c files in step.
  WXPS_SOURCES="\
    wxpayscore.c \
    src/core/wxps_aes.c \
    src/core/wxps_bill.c \
    src/core/wxps_buf.c \
    src/core/wxps_certs.c \
    src/core/wxps_error.c \
    src/core/wxps_format.c \
    src/core/wxps_hash.c \
    src/core/wxps_header.c \
    src/core/wxps_http.c \
    src/core/wxps_keys.c \
    src/core/wxps_notify.c \
    src/core/wxps_rsa.c \
    src/core/wxps_sign.c \
    src/core/wxps_uri.c \
    src/php/aes_gcm.c \
    src/php/bill.c \
    src/php/call.c \
    src/php/certificates.c \
    src/php/client.c \
    src/php/config.c \
    src/php/encryptor.c \
    src/php/exceptions.c \
    src/php/formatter.c \
    src/php/hash.c \
    src/php/key.c \
    src/php/media_util.c \
    src/php/notification.c \
    src/php/options.c \
    src/php/payscore_pages.c \
    src/php/pem_util.c \
    src/php/promise.c \
    src/php/response.c \
    src/php/rsa.c \
    src/php/scheduler.c \
    src/php/stream.c \
    src/php/upload.c"

  PHP_NEW_EXTENSION([wxpayscore], [$WXPS_SOURCES], [$ext_shared], ,
    [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra -Wno-unused-parameter])
  PHP_ADD_INCLUDE([$ext_srcdir/src/core])
  PHP_ADD_INCLUDE([$ext_srcdir/src/php])
  PHP_ADD_INCLUDE([$ext_srcdir/stubs])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
