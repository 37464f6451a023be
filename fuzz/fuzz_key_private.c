/* Private key loading: PEM (PKCS#1, PKCS#8, encrypted), base64 DER, "file://". */
#include "fuzz_key_loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_key_one(data, size, wxps_key_load_private, 1);
}
