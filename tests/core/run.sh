#!/bin/sh
# Unit tests of the Zend-free C core, under ASan+UBSan (and valgrind with WXPS_VALGRIND=1), and
# a thread stress of its process-wide caches under ThreadSanitizer.
# Keys are made fresh for each run, so no key material lives in the repository.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
core="$root/src/core"
CC=${CC:-cc}
# WXPS_SANITIZE= (empty) builds without sanitizers, for a compiler that lacks their runtime.
SANITIZE=${WXPS_SANITIZE-"-fsanitize=address,undefined -fno-sanitize-recover=undefined"}

work=$(mktemp -d "${TMPDIR:-/tmp}/wxps-core.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

keys() {
	cd "$work"
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out priv_pkcs8.pem
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other_pkcs8.pem
	openssl rsa -in priv_pkcs8.pem -traditional -out priv_pkcs1.pem
	openssl pkey -in priv_pkcs8.pem -outform DER | base64 -w0 >priv_pkcs8.b64
	# Wrapped at 76 columns on purpose: line breaks in base64 DER are tolerated.
	openssl rsa -in priv_pkcs8.pem -traditional -outform DER | base64 >priv_pkcs1.b64

	openssl pkey -in priv_pkcs8.pem -pubout -out pub_spki.pem
	openssl pkey -in other_pkcs8.pem -pubout -out other_spki.pem
	openssl rsa -in priv_pkcs8.pem -RSAPublicKey_out -out pub_pkcs1.pem
	openssl pkey -in priv_pkcs8.pem -pubout -outform DER | base64 -w0 >pub_spki.b64
	openssl rsa -in priv_pkcs8.pem -RSAPublicKey_out -outform DER | base64 -w0 >pub_pkcs1.b64
	openssl req -x509 -new -key priv_pkcs8.pem -subj /CN=wxps-core-test -days 2 -out cert.pem
	openssl x509 -in cert.pem -outform DER | base64 -w0 >cert.b64

	openssl pkey -in priv_pkcs8.pem -aes256 -passout pass:secret -out enc_pkcs8.pem
	openssl rsa -in priv_pkcs8.pem -traditional -aes256 -passout pass:secret -out enc_pkcs1.pem
	openssl pkcs8 -topk8 -in priv_pkcs8.pem -v2 aes256 -passout pass:secret -outform DER |
		base64 -w0 >enc_pkcs8.b64

	openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec_pkcs8.pem
	openssl ec -in ec_pkcs8.pem -out ec_sec1.pem
	openssl pkey -in ec_pkcs8.pem -pubout -out ec_spki.pem

	head -c 1100000 /dev/zero | tr '\0' 'A' >big.pem
	: >empty.pem
	printf 'hello, not a key\n' >garbage.pem

	# Reference signatures made by the openssl tool, to check ours byte for byte.
	printf 'message to sign' >msg.txt
	openssl dgst -sha256 -sign priv_pkcs8.pem -out msg.sig msg.txt
	base64 -w0 <msg.sig >msg.sig.b64
	printf 'POST\n%s\n1700000000\n%s\n{"x":1}\n' '/v3/payscore/serviceorder?a=1' \
		NONCE0123456789abcdefghijklmnopq >req.txt
	openssl dgst -sha256 -sign priv_pkcs8.pem -out req.sig req.txt
	base64 -w0 <req.sig >req.sig.b64

	# For crypto_test: APIv2 digests, RSA ciphertexts and a callback signature by the openssl tool.
	printf 'appid=wx1&mch_id=1900000001&nonce_str=abc&key=SECRET' >apiv2.txt
	openssl dgst -sha256 -hmac SECRET -r apiv2.txt | cut -d' ' -f1 >apiv2_hmac.hex
	openssl dgst -sha512 -hmac SECRET -r apiv2.txt | cut -d' ' -f1 >apiv2_hmac512.hex
	openssl dgst -md5 -r apiv2.txt | cut -d' ' -f1 >apiv2_md5.hex
	printf 'secret message' >secret.txt
	openssl pkeyutl -encrypt -pubin -inkey pub_spki.pem -pkeyopt rsa_padding_mode:oaep -in secret.txt |
		base64 -w0 >oaep.b64
	openssl pkeyutl -encrypt -pubin -inkey pub_spki.pem -pkeyopt rsa_padding_mode:pkcs1 -in secret.txt |
		base64 -w0 >pkcs1.b64
	printf '1700000000\nNONCE123\n{"id":"EV-1"}\n' >notify.txt
	openssl dgst -sha256 -sign priv_pkcs8.pem notify.txt | base64 -w0 >notify.sig.b64
}

# Not "(keys) || ...": that context would switch off set -e inside keys.
set +e
(set -e; keys) >"$work/keys.log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ]; then
	cat "$work/keys.log" >&2
	echo "run.sh: could not make the test keys" >&2
	exit 1
fi

srcs="$core/wxps_buf.c $core/wxps_error.c $core/wxps_keys.c $core/wxps_header.c $core/wxps_sign.c $core/wxps_uri.c"
ssl=$(pkg-config --cflags --libs openssl)

# shellcheck disable=SC2086
$CC -Wall -Wextra -Werror -g $SANITIZE -fno-omit-frame-pointer -I"$core" $srcs \
	"$here/core_test.c" $ssl -o "$work/core_test"
"$work/core_test" "$work"

crypto_srcs="$core/wxps_buf.c $core/wxps_error.c $core/wxps_keys.c $core/wxps_header.c $core/wxps_sign.c $core/wxps_aes.c \
	$core/wxps_format.c $core/wxps_hash.c $core/wxps_rsa.c $core/wxps_notify.c $core/wxps_certs.c"
# shellcheck disable=SC2086
$CC -Wall -Wextra -Werror -g $SANITIZE -fno-omit-frame-pointer -I"$core" $crypto_srcs \
	"$here/crypto_test.c" $ssl -o "$work/crypto_test"
"$work/crypto_test" "$work"

http_srcs="$core/wxps_buf.c $core/wxps_error.c $core/wxps_header.c $core/wxps_http.c"
curl=$(pkg-config --cflags --libs libcurl)
# shellcheck disable=SC2086
$CC -Wall -Wextra -Werror -g $SANITIZE -fno-omit-frame-pointer -I"$core" $http_srcs \
	"$here/http_test.c" $curl $ssl -o "$work/http_test"
"$work/http_test"

bill_srcs="$core/wxps_error.c $core/wxps_bill.c"
zlib=$(pkg-config --cflags --libs zlib)
# shellcheck disable=SC2086
$CC -Wall -Wextra -Werror -g $SANITIZE -fno-omit-frame-pointer -I"$core" $bill_srcs \
	"$here/bill_test.c" $ssl $zlib -o "$work/bill_test"
"$work/bill_test"

# The caches a ZTS PHP shares between threads (keys, signing contexts, platform certificates),
# stressed by threads under ThreadSanitizer, which does not mix with ASan: a build of its own.
# OpenSSL is not instrumented, but the pthread rwlocks behind our CRYPTO_RWLOCKs are intercepted,
# so every access our code makes is judged; there are no suppressions. WXPS_TSAN= (empty) skips it.
TSAN=${WXPS_TSAN-"-fsanitize=thread"}
threads_srcs="$core/wxps_buf.c $core/wxps_error.c $core/wxps_keys.c $core/wxps_header.c $core/wxps_sign.c \
	$core/wxps_aes.c $core/wxps_certs.c"
if [ -n "$TSAN" ]; then
	# shellcheck disable=SC2086
	$CC -Wall -Wextra -Werror -g -O1 $TSAN -I"$core" $threads_srcs "$here/threads_test.c" $ssl -lpthread \
		-o "$work/threads_test"
	TSAN_OPTIONS="halt_on_error=1:exitcode=66" "$work/threads_test" "$work"
fi

if [ "${WXPS_VALGRIND:-0}" = 1 ]; then
	# ASan and valgrind do not mix: a plain build for valgrind.
	# shellcheck disable=SC2086
	$CC -Wall -Wextra -Werror -g -O0 -I"$core" $srcs "$here/core_test.c" $ssl \
		-o "$work/core_test_plain"
	valgrind -q --error-exitcode=1 --leak-check=full "$work/core_test_plain" "$work"
	# shellcheck disable=SC2086
	$CC -Wall -Wextra -Werror -g -O0 -I"$core" $crypto_srcs "$here/crypto_test.c" $ssl \
		-o "$work/crypto_test_plain"
	valgrind -q --error-exitcode=1 --leak-check=full "$work/crypto_test_plain" "$work"
	# shellcheck disable=SC2086
	$CC -Wall -Wextra -Werror -g -O0 -I"$core" $http_srcs "$here/http_test.c" $curl $ssl -o "$work/http_test_plain"
	valgrind -q --error-exitcode=1 --leak-check=full "$work/http_test_plain"
	# shellcheck disable=SC2086
	$CC -Wall -Wextra -Werror -g -O0 -I"$core" $bill_srcs "$here/bill_test.c" $ssl $zlib -o "$work/bill_test_plain"
	valgrind -q --error-exitcode=1 --leak-check=full "$work/bill_test_plain"
fi
