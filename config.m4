dnl wxpayscore: WeChat Pay APIv3 (Pay Score first) for PHP, signed and verified in C.

PHP_ARG_ENABLE([wxpayscore],
  [whether to enable wxpayscore],
  [AS_HELP_STRING([--enable-wxpayscore], [Enable the WeChat Pay APIv3 client])],
  [yes])

if test "$PHP_WXPAYSCORE" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([wxpayscore needs pkg-config to find libcurl and OpenSSL (Debian: apt-get install pkg-config)])
  fi

  PKG_CHECK_MODULES([WXPS_CURL], [libcurl >= 7.80.0], [],
    [AC_MSG_ERROR([wxpayscore needs libcurl >= 7.80.0 with its headers (Debian: apt-get install libcurl4-openssl-dev)])])
  PKG_CHECK_MODULES([WXPS_OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([wxpayscore needs OpenSSL >= 1.1.1 with its headers (Debian: apt-get install libssl-dev)])])

  PHP_EVAL_INCLINE([$WXPS_CURL_CFLAGS $WXPS_OPENSSL_CFLAGS])
  PHP_EVAL_LIBLINE([$WXPS_CURL_LIBS $WXPS_OPENSSL_LIBS], [WXPAYSCORE_SHARED_LIBADD])
  PHP_SUBST([WXPAYSCORE_SHARED_LIBADD])

  dnl Every .c of the C core and of the Zend glue is part of the extension.
  WXPS_CORE=`cd "PHP_EXT_SRCDIR([wxpayscore])" && echo src/core/*.c`
  WXPS_GLUE=`cd "PHP_EXT_SRCDIR([wxpayscore])" && echo src/php/*.c`

  PHP_NEW_EXTENSION([wxpayscore], [wxpayscore.c $WXPS_CORE $WXPS_GLUE], [$ext_shared], ,
    [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra -Wno-unused-parameter])
  PHP_ADD_INCLUDE([$ext_srcdir/src/core])
  PHP_ADD_INCLUDE([$ext_srcdir/src/php])
  PHP_ADD_INCLUDE([$ext_srcdir/stubs])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
