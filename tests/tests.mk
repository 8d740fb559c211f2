# tests/tests.mk — everything `make check` runs.  All tests speak TAP.
#   C unit tests:    check_PROGRAMS += tests/unit/x_test ; TESTS += tests/unit/x_test
#   shell tests:     TESTS += tests/<area>/x.sh ; EXTRA_DIST += tests/<area>/x.sh
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(BASH)
AM_TESTS_ENVIRONMENT = top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	export top_srcdir top_builddir; LC_ALL=C.UTF-8; export LC_ALL;
EXTRA_DIST += tests/lib/pg.sh tests/lib/tap.sh tests/lib/sessions.sh

TESTS += tests/admin/init.sh tests/e2e/startup.sh
EXTRA_DIST += tests/admin/init.sh tests/e2e/startup.sh

TESTS += tests/po/catalogue.sh
EXTRA_DIST += tests/po/catalogue.sh scripts/deps.sh scripts/pgcluster.sh scripts/demo scripts/check

# security: user management, audit trail, catalogue checks, privilege matrix
TESTS += tests/security/users.sh tests/security/audit.sh tests/security/catalog.sh tests/security/matrix.sh \
	tests/security/attacks_dos.sh tests/security/attacks_admin.sh
EXTRA_DIST += tests/security/lib.sh tests/security/users.sh tests/security/audit.sh \
	tests/security/catalog.sh tests/security/matrix.sh tests/security/attacks_dos.sh tests/security/attacks_admin.sh

# cases (sql/01x, validate, model_case)
check_PROGRAMS += tests/unit/validate_test tests/unit/model_case_test
TESTS += tests/unit/validate_test tests/sql/cases_workflow.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh
EXTRA_DIST += tests/sql/cases_workflow.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh

# ui core (src/ui.mk): width, line editor, key maps, settings
check_PROGRAMS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
TESTS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
EXTRA_DIST += tests/unit/ui_tap.h
# the UI core in a real terminal (tmux), driven through a database-less demo
check_PROGRAMS += tests/unit/ui_demo
TESTS += tests/e2e/ui_core.sh tests/e2e/ui_db.sh
EXTRA_DIST += tests/e2e/ui_core.sh tests/e2e/ui_db.sh tests/lib/tmux.sh

# fault injection (issue 10): racing saves, drafts on hang-up / kill / quit
TESTS += tests/faults/saves_race.sh tests/faults/case_conflict.sh tests/faults/drafts.sh tests/faults/target_conflict.sh
EXTRA_DIST += tests/faults/faults_lib.sh tests/faults/saves_race.sh tests/faults/case_conflict.sh tests/faults/drafts.sh tests/faults/target_conflict.sh
