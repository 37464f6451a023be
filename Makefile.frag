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

.PHONY: stubs check-stubs memtest
