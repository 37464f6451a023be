#include "wxps_http.h"
#include "wxps_header.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

struct wxps_http_engine {
	CURLM *multi;
	CURLSH *share;
	wxps_transfer *done_first; /* finished transfers with an owner, not handed back yet: oldest first */
	wxps_transfer *done_last;
};

struct wxps_transfer {
	CURL *easy;
	struct curl_slist *headers;
	char *body;
	curl_mime *mime; /* an upload's parts */
	size_t max_body;
	wxps_http_sink sink;
	void *sink_ud;
	int prereq_calls;
	int resend_refused;
	int too_large;
	int headers_done; /* the blank line that ends a final (non-1xx) answer's headers arrived */
	int done;
	CURLcode result;
	wxps_response *resp;
	void *owner;      /* NULL: waited for with wxps_http_wait(), never handed back */
	int in_done_list; /* finished, owned, and not yet handed back by wxps_http_next_done() */
	wxps_transfer *done_prev;
	wxps_transfer *done_next;
	char errbuf[CURL_ERROR_SIZE];
};

int wxps_http_global_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

void wxps_http_global_cleanup(void)
{
	curl_global_cleanup();
}

wxps_http_engine *wxps_http_engine_new(wxps_error *err)
{
	wxps_http_engine *eng;

	eng = calloc(1, sizeof(*eng));
	if (!eng) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		return NULL;
	}
	eng->multi = curl_multi_init();
	eng->share = curl_share_init();
	if (!eng->multi || !eng->share) {
		wxps_http_engine_free(eng);
		wxps_error_set(err, WXPS_E_INTERNAL, "libcurl failed to create a multi handle");
		return NULL;
	}
	/* The multi handle already pools connections and DNS; TLS sessions need a share. */
	curl_share_setopt(eng->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
	return eng;
}

void wxps_http_engine_free(wxps_http_engine *eng)
{
	if (!eng) {
		return;
	}
	if (eng->multi) {
		curl_multi_cleanup(eng->multi);
	}
	if (eng->share) {
		curl_share_cleanup(eng->share);
	}
	free(eng);
}

const char *wxps_http_version(void)
{
	return curl_version();
}

const char *wxps_http_libcurl_version(void)
{
	return curl_version_info(CURLVERSION_NOW)->version;
}

/* ---- the answer ---- */

wxps_response *wxps_http_response_new(void)
{
	wxps_response *r = calloc(1, sizeof(*r));

	if (r) {
		wxps_buf_init(&r->body);
	}
	return r;
}

static void wxps_response_clear_headers(wxps_response *r)
{
	size_t i;

	for (i = 0; i < r->nheaders; i++) {
		free(r->headers[i].name);
		free(r->headers[i].value);
	}
	r->nheaders = 0;
	free(r->reason);
	r->reason = NULL;
}

void wxps_response_free(wxps_response *r)
{
	if (!r) {
		return;
	}
	wxps_response_clear_headers(r);
	free(r->headers);
	wxps_buf_free(&r->body);
	free(r);
}

const char *wxps_response_header(const wxps_response *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nheaders; i++) {
		if (strcasecmp(r->headers[i].name, name) == 0) {
			return r->headers[i].value;
		}
	}
	return NULL;
}

const char *wxps_http_reason_phrase(long status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 202: return "Accepted";
	case 204: return "No Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	default: return "";
	}
}

static void wxps_trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r' || (*s)[*n - 1] == '\n')) {
		(*n)--;
	}
}

/* "HTTP/1.1 200 OK": a new answer begins (after a 100 Continue, the real one follows). */
static int wxps_parse_status_line(wxps_response *r, const char *line, size_t n)
{
	const char *p = line + 5, *end = line + n, *sp;
	size_t plen;

	wxps_response_clear_headers(r);
	sp = memchr(p, ' ', (size_t)(end - p));
	if (!sp) {
		return -1;
	}
	plen = (size_t)(sp - p);
	if (plen == 0 || plen >= sizeof(r->protocol)) {
		return -1;
	}
	memcpy(r->protocol, p, plen);
	r->protocol[plen] = '\0';
	p = sp + 1;
	/* Exactly three digits, read within the line: libcurl does not NUL-terminate it. */
	if (end - p < 3 || !isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) ||
	    !isdigit((unsigned char)p[2]) || (end - p > 3 && isdigit((unsigned char)p[3]))) {
		return -1;
	}
	r->status = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
	p += 3;
	n = (size_t)(end - p);
	wxps_trim(&p, &n);
	r->reason = n ? wxps_strndup(p, n) : strdup(wxps_http_reason_phrase(r->status));
	return r->reason ? 0 : -1;
}

static int wxps_add_header(wxps_response *r, const char *line, size_t n)
{
	const char *colon = memchr(line, ':', n), *name = line, *value;
	size_t nlen, vlen;
	wxps_header *h;

	if (!colon) {
		return 0; /* not a header line; ignore as browsers do */
	}
	nlen = (size_t)(colon - line);
	value = colon + 1;
	vlen = n - nlen - 1;
	wxps_trim(&value, &vlen);
	if (!wxps_header_name_ok(name, nlen) || !wxps_header_value_ok(value, vlen)) {
		return 0; /* not a header we could trust or pass on; ignored, as a line without a colon */
	}
	if (r->nheaders == r->headers_cap) {
		size_t cap = r->headers_cap ? r->headers_cap * 2 : 16;
		wxps_header *grown = realloc(r->headers, cap * sizeof(*grown));
		if (!grown) {
			return -1;
		}
		r->headers = grown;
		r->headers_cap = cap;
	}
	h = &r->headers[r->nheaders];
	h->name = wxps_strndup(name, nlen);
	h->value = wxps_strndup(value, vlen);
	if (!h->name || !h->value) {
		free(h->name);
		free(h->value);
		return -1;
	}
	r->nheaders++;
	return 0;
}

int wxps_http_parse_header_line(wxps_response *r, const char *line, size_t len)
{
	if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
		return wxps_parse_status_line(r, line, len);
	}
	if (len > 2) {
		return wxps_add_header(r, line, len);
	}
	return 0;
}

static size_t wxps_on_header(char *data, size_t size, size_t nmemb, void *ud)
{
	wxps_transfer *t = ud;
	size_t n = size * nmemb;

	if (n >= 5 && memcmp(data, "HTTP/", 5) == 0) {
		t->headers_done = 0;
	} else if (n <= 2 && (n == 0 || data[0] == '\r' || data[0] == '\n')) {
		t->headers_done = t->resp->status >= 200;
	}
	return wxps_http_parse_header_line(t->resp, data, n) == 0 ? n : 0;
}

static size_t wxps_on_body(char *data, size_t size, size_t nmemb, void *ud)
{
	wxps_transfer *t = ud;
	size_t n = size * nmemb;

	if (t->sink && t->resp->status >= 200 && t->resp->status < 300) {
		return t->sink(t->sink_ud, data, n) == 0 ? n : 0;
	}
	if (t->resp->body.len + n > t->max_body) {
		t->too_large = 1;
		return 0;
	}
	return wxps_buf_append(&t->resp->body, data, n) == 0 ? n : 0;
}

/* libcurl re-sends a request by itself when a reused connection dies before the answer.
 * The first attempt may have reached the server, so a second attempt is refused here. */
static int wxps_on_prereq(void *ud, char *conn_primary_ip, char *conn_local_ip, int conn_primary_port,
                          int conn_local_port)
{
	wxps_transfer *t = ud;

	(void)conn_primary_ip;
	(void)conn_local_ip;
	(void)conn_primary_port;
	(void)conn_local_port;
	if (t->prereq_calls++ > 0) {
		t->resend_refused = 1;
		return CURL_PREREQFUNC_ABORT;
	}
	return CURL_PREREQFUNC_OK;
}

/* ---- transfers ---- */

static int wxps_has_header(const wxps_request *req, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < req->nheaders; i++) {
		if (strncasecmp(req->headers[i], name, n) == 0 && req->headers[i][n] == ':') {
			return 1;
		}
	}
	return 0;
}

static int wxps_build_headers(wxps_transfer *t, const wxps_request *req)
{
	struct curl_slist *next;
	size_t i;

	for (i = 0; i < req->nheaders; i++) {
		next = curl_slist_append(t->headers, req->headers[i]);
		if (!next) {
			return -1;
		}
		t->headers = next;
	}
	/* No 100-continue round trip, and no form Content-Type libcurl would invent. */
	next = curl_slist_append(t->headers, "Expect:");
	if (!next) {
		return -1;
	}
	t->headers = next;
	if (req->body && !wxps_has_header(req, "Content-Type")) {
		next = curl_slist_append(t->headers, "Content-Type:");
		if (!next) {
			return -1;
		}
		t->headers = next;
	}
	return 0;
}

/* The parts of an upload; -1 when libcurl could not take them. */
static int wxps_build_mime(wxps_transfer *t, const wxps_multipart *m)
{
	curl_mimepart *meta, *file;

	t->mime = curl_mime_init(t->easy);
	if (!t->mime || !(meta = curl_mime_addpart(t->mime)) || !(file = curl_mime_addpart(t->mime))) {
		return -1;
	}
	if (curl_mime_name(meta, "meta") != CURLE_OK || curl_mime_data(meta, m->meta, m->meta_len) != CURLE_OK ||
	    curl_mime_type(meta, "application/json") != CURLE_OK || curl_mime_name(file, "file") != CURLE_OK ||
	    (m->file_path ? curl_mime_filedata(file, m->file_path) : curl_mime_data(file, m->file_data, m->file_len)) !=
	        CURLE_OK ||
	    curl_mime_filename(file, m->filename) != CURLE_OK || curl_mime_type(file, m->file_type) != CURLE_OK) {
		return -1;
	}
	return curl_easy_setopt(t->easy, CURLOPT_MIMEPOST, t->mime) == CURLE_OK ? 0 : -1;
}

static void wxps_set_method(wxps_transfer *t, const wxps_request *req)
{
	if (req->multipart) {
		/* CURLOPT_MIMEPOST, set with the parts, makes it a POST. */
	} else if (req->body) {
		curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, t->body);
		curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
	} else {
		curl_easy_setopt(t->easy, CURLOPT_HTTPGET, 1L);
	}
	if (strcmp(req->method, req->body || req->multipart ? "POST" : "GET") != 0) {
		curl_easy_setopt(t->easy, CURLOPT_CUSTOMREQUEST, req->method);
	}
}

static void wxps_set_options(wxps_http_engine *eng, wxps_transfer *t, const wxps_request *req)
{
	CURL *e = t->easy;

	curl_easy_setopt(e, CURLOPT_URL, req->url);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	/* The path was signed as it is: libcurl must not squash dot segments. */
	curl_easy_setopt(e, CURLOPT_PATH_AS_IS, 1L);
	/* Through any HTTP proxy, a CONNECT tunnel: TLS stays end to end, and the target sent is the
	 * one signed (never the absolute form a forwarding proxy is given). */
	curl_easy_setopt(e, CURLOPT_HTTPPROXYTUNNEL, 1L);
	if (req->proxy) {
		curl_easy_setopt(e, CURLOPT_PROXY, req->proxy);
	}
	if (req->no_proxy) {
		curl_easy_setopt(e, CURLOPT_NOPROXY, req->no_proxy);
	}
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_SHARE, eng->share);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, wxps_on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, wxps_on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, wxps_on_prereq);
	curl_easy_setopt(e, CURLOPT_PREREQDATA, t);
	curl_easy_setopt(e, CURLOPT_PRIVATE, t);
	curl_easy_setopt(e, CURLOPT_MAXAGE_CONN, WXPS_HTTP_MAX_IDLE_SECONDS);
	curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (req->ca_file) {
		curl_easy_setopt(e, CURLOPT_CAINFO, req->ca_file);
	}
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, req->timeout_ms);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, req->connect_timeout_ms);
	wxps_set_method(t, req);
}

static void wxps_transfer_destroy(wxps_transfer *t)
{
	if (t->easy) {
		curl_easy_cleanup(t->easy);
	}
	curl_slist_free_all(t->headers);
	curl_mime_free(t->mime);
	free(t->body);
	wxps_response_free(t->resp);
	free(t);
}

wxps_transfer *wxps_http_start(wxps_http_engine *eng, const wxps_request *req, wxps_error *err)
{
	wxps_transfer *t = calloc(1, sizeof(*t));

	if (!t) {
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		return NULL;
	}
	t->max_body = req->max_body ? req->max_body : WXPS_HTTP_MAX_BODY;
	t->sink = req->sink;
	t->sink_ud = req->sink_ud;
	t->resp = wxps_http_response_new();
	t->easy = curl_easy_init();
	if (req->body) {
		t->body = malloc(req->body_len ? req->body_len : 1);
		if (t->body && req->body_len) {
			memcpy(t->body, req->body, req->body_len);
		}
	}
	if (!t->resp || !t->easy || (req->body && !t->body) || wxps_build_headers(t, req) != 0 ||
	    (req->multipart && wxps_build_mime(t, req->multipart) != 0)) {
		wxps_transfer_destroy(t);
		wxps_error_set(err, WXPS_E_INTERNAL, "out of memory");
		return NULL;
	}
	wxps_set_options(eng, t, req);
	if (curl_multi_add_handle(eng->multi, t->easy) != CURLM_OK) {
		wxps_transfer_destroy(t);
		wxps_error_set(err, WXPS_E_INTERNAL, "libcurl refused the transfer");
		return NULL;
	}
	return t;
}

static void wxps_done_list_append(wxps_http_engine *eng, wxps_transfer *t)
{
	t->done_prev = eng->done_last;
	t->done_next = NULL;
	if (eng->done_last) {
		eng->done_last->done_next = t;
	} else {
		eng->done_first = t;
	}
	eng->done_last = t;
	t->in_done_list = 1;
}

static void wxps_done_list_remove(wxps_http_engine *eng, wxps_transfer *t)
{
	if (t->done_prev) {
		t->done_prev->done_next = t->done_next;
	} else {
		eng->done_first = t->done_next;
	}
	if (t->done_next) {
		t->done_next->done_prev = t->done_prev;
	} else {
		eng->done_last = t->done_prev;
	}
	t->done_prev = t->done_next = NULL;
	t->in_done_list = 0;
}

static void wxps_collect_finished(wxps_http_engine *eng)
{
	CURLMsg *msg;
	int left;
	wxps_transfer *t;

	while ((msg = curl_multi_info_read(eng->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE) {
			continue;
		}
		t = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
		if (t) {
			t->result = msg->data.result;
			t->done = 1;
			curl_multi_remove_handle(eng->multi, t->easy);
			if (t->owner) {
				wxps_done_list_append(eng, t);
			}
		}
	}
}

int wxps_http_step(wxps_http_engine *eng, long timeout_ms)
{
	int running = 0;

	curl_multi_perform(eng->multi, &running);
	wxps_collect_finished(eng);
	if (running > 0 && timeout_ms > 0) {
		curl_multi_poll(eng->multi, NULL, 0, (int)timeout_ms, NULL);
		curl_multi_perform(eng->multi, &running);
		wxps_collect_finished(eng);
	}
	return running;
}

void wxps_http_wait(wxps_http_engine *eng, wxps_transfer *t)
{
	while (!t->done) {
		wxps_http_step(eng, 1000);
	}
}

static double wxps_info_seconds(CURL *easy, CURLINFO info)
{
	curl_off_t us = 0;

	return curl_easy_getinfo(easy, info, &us) == CURLE_OK ? (double)us / 1e6 : 0.0;
}

static long long wxps_info_bytes(CURL *easy, CURLINFO info)
{
	curl_off_t n = 0;

	return curl_easy_getinfo(easy, info, &n) == CURLE_OK ? (long long)n : 0;
}

static long long wxps_info_long(CURL *easy, CURLINFO info)
{
	long n = 0;

	return curl_easy_getinfo(easy, info, &n) == CURLE_OK ? (long long)n : 0;
}

void wxps_http_stats_of(const wxps_transfer *t, wxps_http_stats *out)
{
	memset(out, 0, sizeof(*out));
	out->dns = wxps_info_seconds(t->easy, CURLINFO_NAMELOOKUP_TIME_T);
	out->connect = wxps_info_seconds(t->easy, CURLINFO_CONNECT_TIME_T);
	out->tls = wxps_info_seconds(t->easy, CURLINFO_APPCONNECT_TIME_T);
	out->first_byte = wxps_info_seconds(t->easy, CURLINFO_STARTTRANSFER_TIME_T);
	out->total = wxps_info_seconds(t->easy, CURLINFO_TOTAL_TIME_T);
	out->bytes_sent =
	    wxps_info_long(t->easy, CURLINFO_REQUEST_SIZE) + wxps_info_bytes(t->easy, CURLINFO_SIZE_UPLOAD_T);
	out->bytes_received =
	    wxps_info_long(t->easy, CURLINFO_HEADER_SIZE) + wxps_info_bytes(t->easy, CURLINFO_SIZE_DOWNLOAD_T);
}

int wxps_http_unsent(const wxps_transfer *t)
{
	return t->done && t->result != CURLE_OK && t->prereq_calls == 0;
}

int wxps_http_done(const wxps_transfer *t)
{
	return t->done;
}

void wxps_http_set_owner(wxps_http_engine *eng, wxps_transfer *t, void *owner)
{
	t->owner = owner;
	if (t->done && owner && !t->in_done_list) {
		wxps_done_list_append(eng, t);
	}
}

void *wxps_http_owner(const wxps_transfer *t)
{
	return t->owner;
}

wxps_transfer *wxps_http_next_done(wxps_http_engine *eng)
{
	wxps_transfer *t = eng->done_first;

	if (t) {
		wxps_done_list_remove(eng, t);
	}
	return t;
}

static void wxps_transfer_error(wxps_transfer *t, wxps_error *err)
{
	const char *detail = t->errbuf[0] ? t->errbuf : curl_easy_strerror(t->result);

	if (t->resend_refused) {
		wxps_error_set(err, WXPS_E_TRANSFER,
		               "connection closed after the request was sent; not re-sent, "
		               "since the server may have received it");
	} else if (t->too_large) {
		wxps_error_set(err, WXPS_E_TRANSFER, "answer body larger than %zu bytes", t->max_body);
	} else if (t->result == CURLE_OUT_OF_MEMORY && !t->headers_done) {
		/* libcurl refuses a header line over its limit with this code, before we see it. */
		wxps_error_set(err, WXPS_E_TRANSFER,
		               "answer headers too large (libcurl takes at most 100 KiB per header line)");
	} else {
		wxps_error_set(err, WXPS_E_TRANSFER, "%s (curl error %d)", detail, (int)t->result);
	}
}

int wxps_http_result(wxps_transfer *t, wxps_response **resp, wxps_error *err)
{
	if (t->result != CURLE_OK) {
		wxps_transfer_error(t, err);
		return -1;
	}
	if (!t->headers_done) {
		/* libcurl takes a connection closed mid-headers as the end of a short answer. */
		wxps_error_set(err, WXPS_E_TRANSFER, "connection closed before the answer's headers were complete");
		return -1;
	}
	*resp = t->resp;
	t->resp = NULL;
	return 0;
}

void wxps_http_free(wxps_http_engine *eng, wxps_transfer *t)
{
	if (!t) {
		return;
	}
	if (!t->done && eng) {
		curl_multi_remove_handle(eng->multi, t->easy);
	}
	if (t->in_done_list) {
		wxps_done_list_remove(eng, t);
	}
	wxps_transfer_destroy(t);
}
