# Developer targets; `make test` is phpize's own.

# Regenerate stubs/*_arginfo.h from stubs/*.stub.php with PHP's own gen_stub.php.
stubs:
	@$(srcdir)/scripts/gen-stubs.sh

# Fail when a committed arginfo header is stale.
check-stubs:
	@$(srcdir)/scripts/gen-stubs.sh --check

# The phpt suite under valgrind memcheck.
memtest: all
	@$(srcdir)/scripts/test.sh --valgrind

# The phpt suite against an ASan+UBSan build made in a copy of the tree.
sanitize:
	@$(srcdir)/scripts/sanitize.sh

# Every libFuzzer target of the C core for FUZZ_SECONDS each (default 60).
fuzz:
	@$(srcdir)/fuzz/run.sh $(FUZZ_SECONDS)

.PHONY: sanitize fuzz

.PHONY: stubs check-stubs memtest
