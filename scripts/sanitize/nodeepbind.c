/* Preloaded before the ASan runtime into the stock PHP binary, which loads extensions with
 * RTLD_DEEPBIND: the sanitizer runtime refuses that flag (it would bind the extension to libc's
 * malloc instead of ASan's), so drop it and pass everything else on. */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
	static void *(*next)(const char *, int);

	if (!next) {
		next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return next(file, mode & ~RTLD_DEEPBIND);
}
