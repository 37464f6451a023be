# Developer targets; `make test` is phpize's own.

# Regenerate stubs/*_arginfo.h from stubs/*.stub.php with PHP's own gen_stub.php.
stubs:
	@$(srcdir)/scripts/gen-stubs.sh

# Fail when a committed arginfo header is stale.
check-stubs:
	@$(srcdir)/scripts/gen-stubs.sh --check

# clang-format -i over the project's C sources, by the committed .clang-format.
format:
	@cd $(srcdir) && . scripts/lib.sh && clang-format -i $$(wxps_c_sources)

# The phpt suite under valgrind memcheck.
memtest: all
	@$(srcdir)/scripts/test.sh --valgrind

# The phpt suite against an ASan+UBSan build made in a copy of the tree.
sanitize:
	@$(srcdir)/scripts/sanitize.sh

# PHP 8.2 with --enable-debug --enable-zts, and ext-psr for it, built from Debian's sources into
# ~/.cache/wxpayscore (reused when present).
php-debug-zts:
	@$(srcdir)/scripts/php-build.sh

# The phpt suite (with and without ext-psr) on that PHP, against a build made in a copy of the tree.
test-debug-zts:
	@$(srcdir)/scripts/debug-zts.sh

# Every libFuzzer target of the C core for FUZZ_SECONDS each (default 60).
fuzz:
	@$(srcdir)/fuzz/run.sh $(FUZZ_SECONDS)

.PHONY: sanitize fuzz php-debug-zts test-debug-zts

.PHONY: stubs check-stubs format memtest
