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

# Every libFuzzer target of the C core for FUZZ_SECONDS each (default 60).
fuzz:
	@$(srcdir)/fuzz/run.sh $(FUZZ_SECONDS)

.PHONY: sanitize fuzz

.PHONY: stubs check-stubs format memtest
