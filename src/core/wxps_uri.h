/* wxps_uri: from a chain of PHP property names to the URL that is sent.
 * Segment normalization, RFC 6570 level-2 expansion ({name}, {+name}) and RFC 3986 encoding. */
#ifndef WXPS_URI_H
#define WXPS_URI_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"

/* A key of a chain (property name, chain() string or [] offset), normalized as a whole as
 * wechatpay-php does, appended to out: a leading capital lower-cased; each further capital
 * becomes '-' + its lower case ("v3/merchantService/complaintsV2" ->
 * "v3/merchant-service/complaints-v2"); a key that starts and ends with '_' becomes "{inner}"
 * ("_out_order_no_" -> "{out_order_no}"). Slashes are kept as they are. */
int wxps_segment_from_property(const char *name, size_t len, wxps_buf *out);

/* Look up a template variable. Return 1 and set *val and *val_len when it has a value,
 * 0 when it has none. */
typedef int (*wxps_uri_lookup)(void *ctx, const char *name, size_t name_len, const char **val, size_t *val_len);

/* Expand a template: "{name}" percent-encodes every byte outside RFC 3986 unreserved
 * (so "/", "?", "#", "%", ".." can never leave their segment); "{+name}" keeps reserved
 * characters and existing %XX triplets, but not '#'. Literal text is kept as wxps_uri_literal()
 * says. A variable without a value, an empty or malformed
 * expression, or an unclosed brace fails with WXPS_E_ARGUMENT naming the variable. */
int wxps_uri_expand(const char *tpl, size_t len, wxps_uri_lookup lookup, void *ctx, wxps_buf *out, wxps_error *err);

/* Literal text of a target as it can go on the wire (RFC 6570 literals): RFC 3986 unreserved
 * and reserved bytes and valid %XX triplets kept, every other byte (non-ASCII, controls,
 * space, a lone '%') as %XX; '#' fails with WXPS_E_ARGUMENT, since it would cut the target. */
int wxps_uri_literal(const char *in, size_t len, wxps_buf *out, wxps_error *err);

/* Percent-encode for a URI component: unreserved bytes kept, all others as %XX (upper hex).
 * With reserved != 0, RFC 3986 reserved characters and valid %XX triplets are kept too. */
int wxps_percent_encode(const char *in, size_t len, int reserved, wxps_buf *out);

#endif
