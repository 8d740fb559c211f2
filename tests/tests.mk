# tests/tests.mk — everything `make check` runs.  All tests speak TAP.
#   C unit tests:    check_PROGRAMS += tests/unit/x_test ; TESTS += tests/unit/x_test
#   shell tests:     TESTS += tests/<area>/x.sh ; EXTRA_DIST += tests/<area>/x.sh
#   pgTAP files:     TESTS += tests/sql/x.sql ; EXTRA_DIST += tests/sql/x.sql
#                    (run by tests/lib/pgtap.sh: a template-copied cluster, pg_prove)
TEST_EXTENSIONS = .sh .sql
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(BASH)
SQL_LOG_DRIVER = $(LOG_DRIVER)
SQL_LOG_COMPILER = $(BASH) $(top_srcdir)/tests/lib/pgtap.sh
AM_TESTS_ENVIRONMENT = top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	export top_srcdir top_builddir; LC_ALL=C.UTF-8; export LC_ALL;
EXTRA_DIST += tests/lib/pg.sh tests/lib/tap.sh tests/lib/sessions.sh \
	tests/lib/fixture.sh tests/lib/fixture.sql tests/lib/pgtap.sh
# Display widths for the terminal tests (text_width in tests/lib/tmux.sh):
# libc's wcwidth, so the suite needs nothing beyond scripts/deps.sh.
check_PROGRAMS += tests/unit/textwidth
tests_unit_textwidth_SOURCES = tests/unit/textwidth.c
tests_unit_textwidth_LDADD =
TESTS += tests/e2e/tmux_lib.sh
EXTRA_DIST += tests/e2e/tmux_lib.sh tests/unit/textwidth.c

TESTS += tests/admin/init.sh tests/e2e/startup.sh
EXTRA_DIST += tests/admin/init.sh tests/e2e/startup.sh

TESTS += tests/po/catalogue.sh
EXTRA_DIST += tests/po/catalogue.sh scripts/deps.sh scripts/pgcluster.sh scripts/demo scripts/check

# security: user management, audit trail, catalogue checks, privilege matrix
TESTS += tests/security/users.sh tests/security/audit.sh tests/security/catalog.sh tests/security/matrix.sh
EXTRA_DIST += tests/security/lib.sh tests/security/users.sh tests/security/audit.sh \
	tests/security/catalog.sh tests/security/matrix.sh

# cases (sql/01x, validate, model_case)
check_PROGRAMS += tests/unit/validate_test tests/unit/model_case_test
TESTS += tests/unit/validate_test tests/sql/cases_sessions.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh
EXTRA_DIST += tests/sql/cases_sessions.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh

# ui core (src/ui.mk): width, line editor, key maps, settings
check_PROGRAMS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
TESTS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
EXTRA_DIST += tests/unit/ui_tap.h
# the UI core in a real terminal (tmux), driven through a database-less demo
check_PROGRAMS += tests/unit/ui_demo
TESTS += tests/e2e/ui_core.sh tests/e2e/ui_db.sh
EXTRA_DIST += tests/e2e/ui_core.sh tests/e2e/ui_db.sh tests/lib/tmux.sh

# The template clusters of tests/lib/pg.sh (pg_cluster), one per kind of
# seed, built by the first test script that needs one.
clean-local: clean-pg-templates
clean-pg-templates:
	-rm -rf tests/pg-template
.PHONY: clean-pg-templates

# Single-session SQL assertions in pgTAP (tests/lib/pgtap.sh runs them).
TESTS += tests/sql/tasks_calendar.sql tests/sql/tasks_escalate.sql tests/sql/tasks_workflow.sql \
	tests/sql/tasks_seed.sql
EXTRA_DIST += tests/sql/tasks_users.sql tests/sql/tasks_helpers.sql \
	tests/sql/tasks_calendar.sql tests/sql/tasks_escalate.sql tests/sql/tasks_workflow.sql \
	tests/sql/tasks_seed.sql
TESTS += tests/sql/cases_workflow.sql tests/sql/targets_rules.sql
EXTRA_DIST += tests/sql/cases_workflow.sql tests/sql/targets_rules.sql
TESTS += tests/sql/discipline_workflow.sql tests/sql/discipline_confidentiality.sql
EXTRA_DIST += tests/sql/discipline_users.sql tests/sql/discipline_workflow.sql \
	tests/sql/discipline_confidentiality.sql
