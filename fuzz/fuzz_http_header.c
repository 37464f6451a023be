/* Response header parsing, as libcurl feeds it: the input is split into lines, and each line
 * goes to the header callback in a heap block of exactly its size, since libcurl documents
 * that the data is not NUL-terminated. libcurl hands over only whole lines (ending in '\n')
 * and fails the transfer on a NUL byte in a header, so such lines end the feed here too.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

#include "wxps_header.h"
#include "wxps_http.h"

/* WXPS_FUZZ_CURL_NUL=1 puts a NUL after each line (outside its length), as libcurl 7.88 happens
 * to do: it lets the rest of the parser be explored while a read past the line is still open. */
static int fuzz_nul_after_line;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *v = getenv("WXPS_FUZZ_CURL_NUL");

	(void)argc;
	(void)argv;
	fuzz_nul_after_line = v && strcmp(v, "1") == 0;
	return 0;
}

static void fuzz_check_trimmed(const char *s, int allow_empty)
{
	size_t n = strlen(s);

	FUZZ_CHECK(allow_empty || n > 0);
	if (n > 0) {
		FUZZ_CHECK(s[0] != ' ' && s[0] != '\t');
		FUZZ_CHECK(s[n - 1] != ' ' && s[n - 1] != '\t' && s[n - 1] != '\r' && s[n - 1] != '\n');
	}
}

static void fuzz_check_response(const wxps_response *r)
{
	size_t i;

	FUZZ_CHECK(r->nheaders <= r->headers_cap);
	FUZZ_CHECK(memchr(r->protocol, '\0', sizeof(r->protocol)) != NULL);
	for (i = 0; i < r->nheaders; i++) {
		fuzz_check_trimmed(r->headers[i].name, 0);
		fuzz_check_trimmed(r->headers[i].value, 1);
		FUZZ_CHECK(strchr(r->headers[i].name, ':') == NULL);
		/* Only what the one header rule accepts is kept. */
		FUZZ_CHECK(wxps_header_name_ok(r->headers[i].name, strlen(r->headers[i].name)));
		FUZZ_CHECK(wxps_header_value_ok(r->headers[i].value, strlen(r->headers[i].value)));
		/* Lookup is case-insensitive and finds the first of equal names. */
		FUZZ_CHECK(wxps_response_header(r, r->headers[i].name) != NULL);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wxps_response *resp;
	size_t pos = 0, end;
	int ret;
	const uint8_t *nl;
	char *line;

	resp = wxps_http_response_new();
	FUZZ_CHECK(resp != NULL);
	while (pos < size) {
		nl = memchr(data + pos, '\n', size - pos);
		if (!nl || memchr(data + pos, '\0', (size_t)(nl - data) - pos)) {
			break;
		}
		end = (size_t)(nl - data) + 1;
		line = malloc(end - pos + (size_t)fuzz_nul_after_line);
		FUZZ_CHECK(line != NULL);
		memcpy(line, data + pos, end - pos);
		if (fuzz_nul_after_line) {
			line[end - pos] = '\0';
		}
		ret = wxps_http_parse_header_line(resp, line, end - pos);
		free(line);
		FUZZ_CHECK(ret == 0 || ret == -1);
		fuzz_check_response(resp);
		if (ret != 0) {
			break; /* libcurl aborts the transfer here */
		}
		pos = end;
	}
	(void)wxps_response_header(resp, "Wechatpay-Signature");
	wxps_response_free(resp);
	return 0;
}
