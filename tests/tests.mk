# tests/tests.mk — everything `make check` runs.  All tests speak TAP.
#   C unit tests:    check_PROGRAMS += tests/unit/x_test ; TESTS += tests/unit/x_test
#   shell tests:     TESTS += tests/<area>/x.sh ; EXTRA_DIST += tests/<area>/x.sh
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(BASH)
AM_TESTS_ENVIRONMENT = top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	export top_srcdir top_builddir; LC_ALL=C.UTF-8; export LC_ALL;
EXTRA_DIST += tests/lib/pg.sh tests/lib/tap.sh

TESTS += tests/admin/init.sh
EXTRA_DIST += tests/admin/init.sh

TESTS += tests/po/catalogue.sh
EXTRA_DIST += tests/po/catalogue.sh scripts/deps.sh scripts/pgcluster.sh scripts/demo scripts/check
