/* Unit tests of the engine's hand-back of finished transfers (wxps_http_next_done), with
 * transfers to a closed local port: each fails at connect, at once and without a server. */
#include <stdio.h>
#include <string.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "wxps_http.h"

static int checks, failures;

#define CHECK(cond)                                                                              \
	do {                                                                                     \
		checks++;                                                                        \
		if (!(cond)) {                                                                   \
			failures++;                                                              \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		}                                                                                \
	} while (0)

/* A URL on 127.0.0.1 at a port that was free a moment ago: connecting to it is refused. */
static void closed_port_url(char *url, size_t size)
{
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 ||
	    getsockname(fd, (struct sockaddr *)&addr, &len) != 0) {
		perror("closed_port_url");
	}
	snprintf(url, size, "http://127.0.0.1:%u/v3/x", (unsigned)ntohs(addr.sin_port));
	close(fd);
}

static wxps_transfer *start(wxps_http_engine *eng, const char *url)
{
	wxps_request req = {0};
	wxps_error err;

	wxps_error_clear(&err);
	req.method = "GET";
	req.url = url;
	req.timeout_ms = 5000;
	return wxps_http_start(eng, &req, &err);
}

/* Drive the engine until n owned transfers came back (or a few seconds passed); got holds 4. */
static int collect(wxps_http_engine *eng, wxps_transfer **got, int n)
{
	int have = 0, rounds;
	wxps_transfer *t;

	for (rounds = 0; have < n && rounds < 50; rounds++) {
		wxps_http_step(eng, 100);
		while (have < 4 && (t = wxps_http_next_done(eng)) != NULL) {
			got[have++] = t;
		}
	}
	return have;
}

static void test_owned_come_back_once(wxps_http_engine *eng, const char *url)
{
	wxps_transfer *t[3], *got[4] = {0};
	int a = 1, b = 2, c = 3, i;

	for (i = 0; i < 3; i++) {
		t[i] = start(eng, url);
		CHECK(t[i] != NULL);
	}
	wxps_http_set_owner(eng, t[0], &a);
	wxps_http_set_owner(eng, t[2], &c);
	CHECK(wxps_http_next_done(eng) == NULL);
	/* A sync wait drives the owned transfers too; they come back afterwards, and the unowned one never. */
	wxps_http_wait(eng, t[1]);
	CHECK(wxps_http_done(t[1]) && wxps_http_unsent(t[1]));
	CHECK(collect(eng, got, 2) == 2);
	CHECK((got[0] == t[0] && got[1] == t[2]) || (got[0] == t[2] && got[1] == t[0]));
	CHECK(wxps_http_owner(got[0]) == (got[0] == t[0] ? (void *)&a : (void *)&c));
	CHECK(wxps_http_next_done(eng) == NULL);
	/* An owner given after the end still gets it back. */
	wxps_http_set_owner(eng, t[1], &b);
	CHECK(wxps_http_next_done(eng) == t[1]);
	CHECK(wxps_http_next_done(eng) == NULL);
	for (i = 0; i < 3; i++) {
		wxps_http_free(eng, t[i]);
	}
}

static void test_freed_before_handed_back(wxps_http_engine *eng, const char *url)
{
	wxps_transfer *t[3], *got[4] = {0};
	int owner[3], i;

	for (i = 0; i < 3; i++) {
		t[i] = start(eng, url);
		wxps_http_set_owner(eng, t[i], &owner[i]);
		wxps_http_wait(eng, t[i]);
	}
	/* The middle one is freed while it waits in the list: the others still come back, in order. */
	wxps_http_free(eng, t[1]);
	CHECK(collect(eng, got, 2) == 2);
	CHECK(got[0] == t[0] && got[1] == t[2]);
	CHECK(wxps_http_next_done(eng) == NULL);
	wxps_http_free(eng, t[0]);
	wxps_http_free(eng, t[2]);
	/* Freed while still in the list at the end: the list is empty again. */
	t[0] = start(eng, url);
	wxps_http_set_owner(eng, t[0], &owner[0]);
	wxps_http_wait(eng, t[0]);
	wxps_http_free(eng, t[0]);
	CHECK(wxps_http_next_done(eng) == NULL);
}

int main(void)
{
	wxps_http_engine *eng;
	wxps_error err;
	char url[64];

	if (wxps_http_global_init() != 0) {
		fprintf(stderr, "libcurl failed to start\n");
		return 2;
	}
	closed_port_url(url, sizeof(url));
	wxps_error_clear(&err);
	eng = wxps_http_engine_new(&err);
	CHECK(eng != NULL);
	test_owned_come_back_once(eng, url);
	test_freed_before_handed_back(eng, url);
	wxps_http_engine_free(eng);
	wxps_http_global_cleanup();
	printf("http: %d passed, %d failed\n", checks - failures, failures);
	return failures ? 1 : 0;
}
