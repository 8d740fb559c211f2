# src/cases.mk — sources of this concern (see Makefile.am)
# Cases: field validation (PCRE2) and the case model (no curses).
libcasedesk_a_SOURCES += src/validate.c src/model_case.c
noinst_HEADERS += include/validate.h include/model_case.h
