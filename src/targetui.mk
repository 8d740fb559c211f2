# src/targetui.mk — targets maintenance, scoring rules, ranking and
# commendation screens.
libcasedesk_a_SOURCES += src/scr_targets.c src/scr_target_form.c src/scr_rules.c \
	src/scr_ranking.c src/scr_commend.c
noinst_HEADERS += include/targetui.h

TESTS += tests/e2e/targets_screens.sh
EXTRA_DIST += tests/e2e/targets_screens.sh
