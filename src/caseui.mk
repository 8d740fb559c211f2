# src/caseui.mk — case screens: the case list and form (actions, payments),
# record history, patrols, villages, the jump prompt, notice printing, and
# their models for history and patrols/villages (no curses in those).
libcasedesk_a_SOURCES += src/scr_cases.c src/scr_case_filter.c src/scr_case_form.c \
	src/scr_case_actions.c src/casekind.c src/labels.c src/kind_expropriation.c src/kind_violation.c src/scr_case_payments.c src/scr_payment_form.c src/scr_history.c src/scr_patrols.c \
	src/scr_villages.c src/jump.c src/notice.c src/model_history.c src/model_patrol.c
noinst_HEADERS += include/caseui.h include/casekind.h include/labels.h include/model_history.h include/model_patrol.h

templatesdir = $(pkgdatadir)/templates
dist_templates_DATA = templates/stop_work.txt templates/rectify.txt

TESTS += tests/e2e/cases_flow.sh tests/e2e/cases_access.sh
EXTRA_DIST += tests/e2e/cases_flow.sh tests/e2e/cases_access.sh tests/e2e/cases_lib.sh

check_PROGRAMS += tests/unit/casekind_test
tests_unit_casekind_test_SOURCES = tests/unit/casekind_test.c
TESTS += tests/unit/casekind_test
