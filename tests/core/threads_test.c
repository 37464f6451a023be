/* A pthread stress of the process-wide caches a ZTS PHP shares between its threads: parsed keys,
 * prepared signing contexts and platform certificates, each read, filled, evicted and cleared
 * from many threads at once. Built with -fsanitize=thread by tests/core/run.sh, which makes the
 * keys this program reads from argv[1]; a data race there is a ThreadSanitizer report. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wxps_buf.h"
#include "wxps_certs.h"
#include "wxps_error.h"
#include "wxps_keys.h"
#include "wxps_sign.h"

#include "check.h"

#define THREADS 6
#define ROUNDS 80
/* More texts than the key cache has slots (32), so threads evict what others read. */
#define VARIANTS 40
#define OWNERS 3

static char *private_pem, *public_pem, *cert_pem;

/* The PEM text followed by n newlines: the same key, another cache entry. */
static char *variant(const char *pem, unsigned n, size_t *len)
{
	size_t base = strlen(pem);
	char *text = malloc(base + n + 1);

	if (!text) {
		exit(2);
	}
	memcpy(text, pem, base);
	memset(text + base, '\n', n);
	text[base + n] = '\0';
	*len = base + n;
	return text;
}

static EVP_PKEY *load(const char *pem, unsigned n, int private)
{
	wxps_error err;
	EVP_PKEY *key;
	size_t len;
	char *text = variant(pem, n, &len);

	wxps_error_clear(&err);
	key = private ? wxps_key_load_private(text, len, &err) : wxps_key_load_public(text, len, &err);
	free(text);
	return key;
}

/* Sign with one variant of the private key, verify with one of the public key. 0 when it holds. */
static int sign_round(unsigned id, unsigned round)
{
	EVP_PKEY *priv = load(private_pem, (id * 7 + round) % VARIANTS, 1);
	EVP_PKEY *pub = load(public_pem, (id * 11 + round) % VARIANTS, 0);
	wxps_error err;
	wxps_buf sig;
	char msg[64];
	int bad = 1;

	wxps_buf_init(&sig);
	wxps_error_clear(&err);
	snprintf(msg, sizeof(msg), "thread %u round %u", id, round);
	if (priv && pub && wxps_rsa_sign(priv, msg, strlen(msg), &sig, &err) == 0) {
		bad = wxps_rsa_verify(pub, msg, strlen(msg), sig.data, sig.len) != 1;
	}
	wxps_buf_free(&sig);
	wxps_key_free(priv);
	wxps_key_free(pub);
	return bad;
}

/* Store, find, copy and rate-limit certificates of a few merchants. 0 when what is found is
 * what some thread stored. */
static int cert_round(unsigned id, unsigned round)
{
	char owner[64], serial[WXPS_CERT_SERIAL_MAX + 1];
	wxps_cert_list list = {NULL, 0}, copy = {NULL, 0};
	wxps_cert cert;
	EVP_PKEY *found;
	int64_t age, at;
	int bad = 0;

	snprintf(owner, sizeof(owner), "19000000%02u https://host", (id + round) % OWNERS);
	snprintf(serial, sizeof(serial), "%040u", round % 4);
	memset(&cert, 0, sizeof(cert));
	snprintf(cert.serial, sizeof(cert.serial), "%s", serial);
	cert.key = load(cert_pem, round % VARIANTS, 0);
	cert.pem = cert_pem;
	cert.effective = 0;
	cert.expire = INT64_MAX;
	if (!cert.key || wxps_cert_list_add(&list, &cert) != 0 || wxps_certs_store(owner, &list, 1000 + round) != 0) {
		bad = 1;
	}
	found = wxps_certs_find(owner, serial, 2000, &age);
	/* Another thread may have replaced or cleared it since; whatever is found must be whole. */
	if (found && age < 0) {
		bad = 1;
	}
	wxps_key_free(found);
	wxps_certs_may_fetch(owner, serial, 2000 + round);
	if (wxps_certs_copy(owner, &copy, &at) != 0 || (copy.n && !copy.items[0].key)) {
		bad = 1;
	}
	wxps_cert_list_free(&copy);
	wxps_cert_list_free(&list);
	wxps_key_free(cert.key);
	return bad;
}

static void *worker(void *arg)
{
	unsigned id = (unsigned)(uintptr_t)arg, round;
	uintptr_t bad = 0;

	for (round = 0; round < ROUNDS; round++) {
		bad += sign_round(id, round);
		bad += cert_round(id, round);
		/* Now and then one thread drops what all the others are using. */
		if (id == 0 && round % 16 == 15) {
			wxps_key_cache_clear();
			wxps_certs_clear();
		}
	}
	return (void *)bad;
}

int main(int argc, char **argv)
{
	pthread_t threads[THREADS];
	unsigned i;
	int started = 1;

	if (argc < 2) {
		fprintf(stderr, "usage: %s KEYDIR\n", argv[0]);
		return 2;
	}
	private_pem = test_input(argv[1], "priv_pkcs8.pem", NULL);
	public_pem = test_input(argv[1], "pub_spki.pem", NULL);
	cert_pem = test_input(argv[1], "cert.pem", NULL);

	for (i = 0; i < THREADS; i++) {
		if (pthread_create(&threads[i], NULL, worker, (void *)(uintptr_t)i) != 0) {
			started = 0;
			break;
		}
	}
	CHECK(started);
	while (i-- > 0) {
		void *bad = NULL;

		CHECK(pthread_join(threads[i], &bad) == 0);
		CHECK(bad == NULL);
	}

	wxps_sign_cache_shutdown();
	wxps_certs_shutdown();
	wxps_key_cache_shutdown();
	free(private_pem);
	free(public_pem);
	free(cert_pem);
	return check_summary("threads_test");
}
