/*
 * The RSA floor: what one APIv3 call must spend on crypto whatever the client does —
 * one RSA-2048 SHA-256 PKCS#1 v1.5 signature (the request) and one verification (the answer),
 * each through a fresh EVP_MD_CTX as the extension does it.
 *
 *   floor MERCHANT_KEY.pem PLATFORM_KEY.pem PLATFORM_PUB.pem [ITERATIONS]
 * prints: sign_us=.. verify_us=.. floor_us=.. (CPU time of this process per operation; the
 * platform's private key only makes the answer's signature, outside the timed loops)
 */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static EVP_PKEY *load(const char *path, int private)
{
	FILE *f = fopen(path, "r");
	EVP_PKEY *key;

	if (!f) {
		perror(path);
		exit(2);
	}
	key = private ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : PEM_read_PUBKEY(f, NULL, NULL, NULL);
	fclose(f);
	if (!key) {
		fprintf(stderr, "%s: not a PEM %s key\n", path, private ? "private" : "public");
		exit(2);
	}
	return key;
}

static size_t sign_once(EVP_PKEY *key, const char *msg, unsigned char *sig)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pctx = NULL;
	size_t len = 512;

	/* sig holds 512 bytes: enough for RSA up to 4096 bits. */

	if (EVP_DigestSignInit(md, &pctx, EVP_sha256(), NULL, key) != 1 ||
	    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0 ||
	    EVP_DigestSign(md, sig, &len, (const unsigned char *)msg, strlen(msg)) != 1) {
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	EVP_MD_CTX_free(md);
	return len;
}

static void verify_once(EVP_PKEY *key, const char *msg, const unsigned char *sig, size_t len)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pctx = NULL;

	if (EVP_DigestVerifyInit(md, &pctx, EVP_sha256(), NULL, key) != 1 ||
	    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0 ||
	    EVP_DigestVerify(md, sig, len, (const unsigned char *)msg, strlen(msg)) != 1) {
		fprintf(stderr, "verification failed\n");
		exit(1);
	}
	EVP_MD_CTX_free(md);
}

int main(int argc, char **argv)
{
	/* The same shapes as a Pay Score pay call: the request the client signs, the answer it verifies. */
	const char *request =
	    "POST\n/v3/payscore/serviceorder/BENCH0000000000000001/pay\n1700000000\n"
	    "5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n{\"appid\":\"wxd678efh567hg6787\",\"service_id\":\"500001\"}\n";
	const char *answer =
	    "1700000000\nAGSLC5HP5VHW9OE8XQYJBK3MHB6FTGJD\n{\"appid\":\"wxd678efh567hg6787\","
	    "\"mchid\":\"1900000001\",\"out_order_no\":\"BENCH0000000000000001\",\"service_id\":\"500001\","
	    "\"order_id\":\"15737950193473062748\"}\n";
	EVP_PKEY *merchant, *platform, *platform_pub;
	unsigned char sig[512], answer_sig[512];
	size_t answer_len;
	int n, i;
	double t0, t1, t2, t3;

	if (argc < 4) {
		fprintf(stderr, "usage: %s MERCHANT_KEY.pem PLATFORM_KEY.pem PLATFORM_PUB.pem [ITERATIONS]\n", argv[0]);
		return 2;
	}
	n = argc > 4 ? atoi(argv[4]) : 1000;
	merchant = load(argv[1], 1);
	platform = load(argv[2], 1);
	platform_pub = load(argv[3], 0);
	answer_len = sign_once(platform, answer, answer_sig);

	/* Warm the code paths and caches first. */
	for (i = 0; i < 20; i++) {
		sign_once(merchant, request, sig);
		verify_once(platform_pub, answer, answer_sig, answer_len);
	}
	/* The floor proper: one sign and one verify per call, as a call does them. */
	t0 = cpu_us();
	for (i = 0; i < n; i++) {
		sign_once(merchant, request, sig);
		verify_once(platform_pub, answer, answer_sig, answer_len);
	}
	t1 = cpu_us();
	/* The split between the two. */
	for (i = 0; i < n; i++) {
		sign_once(merchant, request, sig);
	}
	t2 = cpu_us();
	for (i = 0; i < n; i++) {
		verify_once(platform_pub, answer, answer_sig, answer_len);
	}
	t3 = cpu_us();
	printf("sign_us=%.2f verify_us=%.2f floor_us=%.2f iterations=%d openssl=\"%s\"\n", (t2 - t1) / n, (t3 - t2) / n,
	       (t1 - t0) / n, n, OpenSSL_version(OPENSSL_VERSION));
	EVP_PKEY_free(merchant);
	EVP_PKEY_free(platform);
	EVP_PKEY_free(platform_pub);
	return 0;
}
