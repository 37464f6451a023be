/* wxps_header: the one rule for HTTP header names and values, whichever way they go: the
 * merchant's default and per-call headers, PSR-7 with*Header(), the answers we parse, and the
 * fields the signer puts between quotes. */
#ifndef WXPS_HEADER_H
#define WXPS_HEADER_H

#include <stddef.h>

/* A field name (RFC 9110 token): one or more of ALPHA, DIGIT and !#$%&'*+-.^_`|~. */
int wxps_header_name_ok(const char *s, size_t len);

/* A field value (RFC 9110): visible ASCII, bytes from 0x80 up, space and tab; never CR, LF, NUL
 * or another control byte, which would end or bend the header. May be empty. */
int wxps_header_value_ok(const char *s, size_t len);

/* A value the signer quotes (mchid, serial_no, nonce_str): a non-empty header value without
 * tab, '"' or '\\'. */
int wxps_header_quotable(const char *s, size_t len);

#endif
