# src/discui.mk — discipline screens (flag form, receipts, inspector list,
# record, evidence, reports) and the targets progress and briefing screens.
libcasedesk_a_SOURCES += src/scr_flag.c src/scr_receipts.c \
	src/scr_discipline.c src/scr_disc_record.c src/scr_evidence.c \
	src/scr_disc_reports.c src/scr_progress.c src/scr_briefing.c
noinst_HEADERS += include/discui.h

TESTS += tests/e2e/discipline_flow.sh tests/e2e/progress_screens.sh
EXTRA_DIST += tests/e2e/discipline_flow.sh tests/e2e/progress_screens.sh
