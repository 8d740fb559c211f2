# src/discipline.mk — discipline records, targets/assessment and the
# briefing: models and reports (no curses), their tests.
# Migrations sql/030-042 and seeds sql/seed/030, 040 are picked up by sql/sql.mk.
libcasedesk_a_SOURCES += src/report.c src/report_export.c src/model_discipline.c src/model_targets.c
noinst_HEADERS += include/report.h include/report_priv.h include/model_discipline.h \
	include/model_targets.h

check_PROGRAMS += tests/unit/report_tool tests/unit/model_discipline_test
tests_unit_report_tool_SOURCES = tests/unit/report_tool.c
tests_unit_model_discipline_test_SOURCES = tests/unit/model_discipline_test.c

TESTS += tests/sql/discipline_notify.sh \
	tests/sql/targets_briefing.sh tests/sql/targets_reports.sh tests/sql/discipline_model.sh
EXTRA_DIST += tests/sql/discipline_fixture.sh tests/sql/discipline_notify.sh \
	tests/sql/targets_briefing.sh tests/sql/targets_reports.sh \
	tests/sql/discipline_model.sh
