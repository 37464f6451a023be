/* The checks the C core tests share: CHECK, CHECK_STR and CHECK_HAS count each check and name
 * the file and line of a failed one, check_summary() prints "N passed, N failed"; test_input()
 * reads a file of the test key directory. */
#ifndef WXPS_TEST_CHECK_H
#define WXPS_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks, failures;

/* Helpers record the line of the case they check, so a failure inside one names it. */
static int caller;
#define AT(call) (caller = __LINE__, call, caller = 0)

static inline void report_caller(void)
{
	if (caller) {
		fprintf(stderr, " (case at line %d)", caller);
	}
	fputc('\n', stderr);
}

#define CHECK(cond)                                                                            \
	do {                                                                                   \
		checks++;                                                                      \
		if (!(cond)) {                                                                 \
			failures++;                                                            \
			fprintf(stderr, "%s:%d: CHECK failed: %s", __FILE__, __LINE__, #cond); \
			report_caller();                                                       \
		}                                                                              \
	} while (0)

#define CHECK_STR(got, want) check_str(__FILE__, __LINE__, (got), (want))
#define CHECK_HAS(got, part) check_has(__FILE__, __LINE__, (got), (part))

static inline void check_str(const char *file, int line, const char *got, const char *want)
{
	checks++;
	if (!got || strcmp(got, want) != 0) {
		failures++;
		fprintf(stderr, "%s:%d: got \"%s\"\n%*swant \"%s\"", file, line, got ? got : "(null)",
		        (int)(strlen(file) + 8), "", want);
		report_caller();
	}
}

static inline void check_has(const char *file, int line, const char *got, const char *part)
{
	checks++;
	if (!got || !strstr(got, part)) {
		failures++;
		fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"", file, line, got ? got : "(null)", part);
		report_caller();
	}
}

/* Prints the tally under the program's name; the exit status of the run. */
static inline int check_summary(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, checks - failures, failures);
	return failures ? 1 : 0;
}

/* The file name of the test key directory dir, NUL-terminated, its length in *len (when len
 * is not NULL); the run stops (exit 2) when it cannot be read. */
static inline char *test_input(const char *dir, const char *name, size_t *len)
{
	char path[1024];
	FILE *f;
	char *data;
	long size;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fprintf(stderr, "cannot open test input %s\n", path);
		exit(2);
	}
	data = malloc((size_t)size + 1);
	if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
		fprintf(stderr, "cannot read test input %s\n", path);
		exit(2);
	}
	data[size] = '\0';
	fclose(f);
	if (len) {
		*len = (size_t)size;
	}
	return data;
}

#endif
