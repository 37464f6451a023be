/* wxps_http: HTTP transfers over one libcurl multi handle per engine (one engine per process).
 * Connections, DNS answers and TLS sessions are reused; a request that may have reached the server is never re-sent. */
#ifndef WXPS_HTTP_H
#define WXPS_HTTP_H

#include <stddef.h>

#include "wxps_buf.h"
#include "wxps_error.h"

typedef struct {
	char *name; /* as the server spelled it */
	char *value;
} wxps_header;

typedef struct {
	long status;
	char *reason;     /* "OK"; the standard phrase when the server sent none (HTTP/2) */
	char protocol[8]; /* "1.1", "1.0", "2" */
	wxps_header *headers;
	size_t nheaders;
	size_t headers_cap;
	wxps_buf body;
} wxps_response;

/* Where a 2xx answer's body goes as it arrives, instead of the response's buffer: 0 to go on,
 * -1 to stop the transfer (the sink keeps its own reason). Other answers are buffered as usual. */
/* A multipart/form-data upload, as WeChat Pay's media APIs take it: a "meta" part (the JSON the
 * request signature covers) and a "file" part, from a path (read by libcurl as it sends) or bytes. */
typedef struct {
	const char *meta;
	size_t meta_len;
	const char *file_path; /* or NULL, and then file_data */
	const char *file_data;
	size_t file_len;
	const char *filename;  /* the part's filename */
	const char *file_type; /* the part's Content-Type */
} wxps_multipart;

typedef int (*wxps_http_sink)(void *ud, const char *data, size_t len);

typedef struct {
	const char *method; /* upper case */
	const char *url;
	const char *const *headers; /* "Name: value" lines, sent as given */
	size_t nheaders;
	const char *body; /* NULL for none */
	size_t body_len;
	long timeout_ms;         /* whole call; 0 = none */
	long connect_timeout_ms; /* 0 = libcurl's default */
	const char *ca_file;     /* NULL = the system CA store; peer and host are always verified */
	size_t max_body;         /* refuse larger answers; 0 = WXPS_HTTP_MAX_BODY (not for a sink) */
	wxps_http_sink sink;     /* NULL: the body is kept in the response */
	void *sink_ud;
	const wxps_multipart *multipart; /* NULL: the body, if any, is sent as it is */
	const char *proxy;               /* NULL: the environment's (HTTPS_PROXY...); "": none; else its URL */
	const char *no_proxy;            /* NULL: the environment's NO_PROXY; else hosts that go direct */
} wxps_request;

#define WXPS_HTTP_MAX_BODY (64u * 1024u * 1024u)
/* WeChat Pay closes idle connections after 8 s; never reuse one that old. */
#define WXPS_HTTP_MAX_IDLE_SECONDS 7L

typedef struct wxps_http_engine wxps_http_engine;
typedef struct wxps_transfer wxps_transfer;

/* Once per process, before any thread or engine exists (libcurl's global state). */
int wxps_http_global_init(void);
void wxps_http_global_cleanup(void);

wxps_http_engine *wxps_http_engine_new(wxps_error *err);
/* After every transfer of the engine was freed. */
void wxps_http_engine_free(wxps_http_engine *eng);

/* Start a transfer; it progresses whenever the engine is driven. NULL with err on failure. */
wxps_transfer *wxps_http_start(wxps_http_engine *eng, const wxps_request *req, wxps_error *err);
/* Drive every transfer of the engine until t is finished. */
void wxps_http_wait(wxps_http_engine *eng, wxps_transfer *t);
/* Drive every transfer once, waiting at most timeout_ms for activity; returns how many still run. */
int wxps_http_step(wxps_http_engine *eng, long timeout_ms);
int wxps_http_done(const wxps_transfer *t);
/* Give t an owner: once finished, it is handed back by wxps_http_next_done() (even when it already
 * is). A transfer without an owner is never handed back: wait for it with wxps_http_wait(). */
void wxps_http_set_owner(wxps_http_engine *eng, wxps_transfer *t, void *owner);
void *wxps_http_owner(const wxps_transfer *t);
/* The next owned transfer that finished, in the order they finished, each once; NULL when every
 * one that finished was handed back. It is still the owner's to free. */
wxps_transfer *wxps_http_next_done(wxps_http_engine *eng);
/* After done: 0 and the answer (ownership passes to the caller), or -1 and err (WXPS_E_TRANSFER). */
int wxps_http_result(wxps_transfer *t, wxps_response **resp, wxps_error *err);
/* After done: 1 when the transfer failed before any byte of the request left (no connection was
 * made), so sending it elsewhere cannot make the server see it twice. */
int wxps_http_unsent(const wxps_transfer *t);
/* Stop (if still running) and free a transfer, handed back or not. */
void wxps_http_free(wxps_http_engine *eng, wxps_transfer *t);

wxps_response *wxps_http_response_new(void);
void wxps_response_free(wxps_response *r);
/* One header line as libcurl delivers it (any bytes, not NUL-terminated, CRLF or not): a status
 * line starts a new answer, any other line is added as a header. 0, or -1 to abort the transfer. */
int wxps_http_parse_header_line(wxps_response *r, const char *line, size_t len);
/* The first value of a header, matched case-insensitively; NULL when absent. */
const char *wxps_response_header(const wxps_response *r, const char *name);

/* "libcurl/7.88.1 OpenSSL/3.0.x ..." */
const char *wxps_http_version(void);
/* The standard reason phrase of a status code ("" when it has none). */
const char *wxps_http_reason_phrase(long status);

/* "7.88.1" */
const char *wxps_http_libcurl_version(void);

/* What one transfer cost, as libcurl measured it: seconds from its start until the name was
 * resolved, connected, TLS done, the first byte of the answer, and the end; bytes of request and
 * answer, heads included. Zero for what did not happen. */
typedef struct {
	double dns;
	double connect;
	double tls;
	double first_byte;
	double total;
	long long bytes_sent;
	long long bytes_received;
} wxps_http_stats;

void wxps_http_stats_of(const wxps_transfer *t, wxps_http_stats *out);

#endif
