#!/bin/sh
# fuzz/key-seeds.sh DIR: fresh throwaway keys in every form the loaders accept or must refuse,
# as seeds in DIR/key_private, DIR/key_public, DIR/key_any and DIR/cert_load. Made per run so that no key file
# lives in the repository.
set -eu
mkdir -p "$1/key_private" "$1/key_public" "$1/key_any" "$1/cert_load"
priv=$(cd "$1/key_private" && pwd)
pub=$(cd "$1/key_public" && pwd)
any=$(cd "$1/key_any" && pwd)
cert=$(cd "$1/cert_load" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wxps-key-seeds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

{
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa.pem
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out small.pem
	openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.pem
	openssl req -x509 -new -key rsa.pem -subj /CN=wxps-fuzz -days 1 -out cert.pem
	openssl req -x509 -new -key ec.pem -subj /CN=wxps-fuzz-ec -days 1 -out ec_cert.pem

	cp rsa.pem "$priv/pkcs8.pem"
	openssl rsa -in rsa.pem -traditional -out "$priv/pkcs1.pem"
	openssl pkey -in small.pem -outform DER | base64 -w0 >"$priv/pkcs8_small.b64"
	openssl rsa -in small.pem -traditional -outform DER | base64 >"$priv/pkcs1_small_wrapped.b64"
	openssl pkey -in small.pem -aes256 -passout pass:x -out "$priv/encrypted_pkcs8.pem"
	openssl rsa -in small.pem -traditional -aes256 -passout pass:x -out "$priv/encrypted_pkcs1.pem"
	openssl pkcs8 -topk8 -in small.pem -v2 aes256 -passout pass:x -outform DER | base64 -w0 >"$priv/encrypted_pkcs8.b64"
	cp ec.pem "$priv/ec_pkcs8.pem"
	openssl ec -in ec.pem -out "$priv/ec_sec1.pem"
	{ printf 'file://'; cat small.pem; } >"$priv/file_pkcs8.pem"
	# A key after a block of another kind, and a certificate where a private key belongs.
	openssl ecparam -name prime256v1 >"$priv/params_then_key.pem"
	cat small.pem >>"$priv/params_then_key.pem"
	cp cert.pem "$priv/cert.pem"

	openssl pkey -in rsa.pem -pubout -out "$pub/spki.pem"
	openssl rsa -in rsa.pem -RSAPublicKey_out -out "$pub/pkcs1.pem"
	cp cert.pem "$pub/cert.pem"
	openssl pkey -in small.pem -pubout -outform DER | base64 -w0 >"$pub/spki_small.b64"
	openssl rsa -in small.pem -RSAPublicKey_out -outform DER | base64 -w0 >"$pub/pkcs1_small.b64"
	openssl x509 -in cert.pem -outform DER | base64 >"$pub/cert_wrapped.b64"
	openssl pkey -in ec.pem -pubout -out "$pub/ec_spki.pem"
	cp ec_cert.pem "$pub/ec_cert.pem"
	{ printf 'file://'; cat cert.pem; } >"$pub/file_cert.pem"
	cat cert.pem ec_cert.pem >"$pub/chain.pem"
	cp small.pem "$pub/private.pem"

	# key_any: FLAGS (bit 0 private, bit 1 PKCS#1-to-SPKI) then wechatpay-php's key strings.
	b64() { base64 -w0; }
	{ printf '\001private.pkcs1://'; openssl rsa -in small.pem -traditional -outform DER | b64; } >"$any/private_pkcs1"
	{ printf '\001private.pkcs8://'; openssl pkey -in small.pem -outform DER | b64; } >"$any/private_pkcs8"
	# The sibling structure under the other name is read too.
	{ printf '\001private.pkcs1://'; openssl pkey -in small.pem -outform DER | b64; } >"$any/private_pkcs1_holding_pkcs8"
	{ printf '\000public.pkcs1://'; openssl rsa -in small.pem -RSAPublicKey_out -outform DER | b64; } >"$any/public_pkcs1"
	{ printf '\000public.spki://'; openssl pkey -in small.pem -pubout -outform DER | base64; } >"$any/public_spki_wrapped"
	{ printf '\000private.pkcs8://'; openssl pkey -in small.pem -outform DER | b64; } >"$any/private_for_public"
	{ printf '\001'; cat rsa.pem; } >"$any/pem_private"
	{ printf '\000'; cat cert.pem; } >"$any/pem_cert"
	{ printf '\002'; openssl rsa -in small.pem -RSAPublicKey_out -outform DER | b64; } >"$any/to_spki_pkcs1"
	{ printf '\002'; openssl pkey -in small.pem -pubout -outform DER | b64; } >"$any/to_spki_spki"

	# cert_load: what the public-key loader takes that is a certificate, and what is not one.
	cp "$pub/cert.pem" "$pub/cert_wrapped.b64" "$pub/file_cert.pem" "$pub/chain.pem" "$pub/ec_cert.pem" "$pub/spki.pem" "$cert/"
	openssl x509 -in cert.pem -outform DER | base64 -w0 >"$cert/cert.b64"
	openssl x509 -in cert.pem -set_serial 0 -signkey rsa.pem -out "$cert/serial_zero.pem"
	openssl x509 -in cert.pem -set_serial 0x00FF00112233445566778899AABBCCDDEEFF0011 -signkey rsa.pem -out "$cert/serial_long.pem"
} >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
