# src/core.mk — utilities, i18n, the db layer, and the two programs' mains.
libcasedesk_a_SOURCES += src/util.c src/i18n.c src/db.c src/model_session.c
noinst_HEADERS += include/util.h include/i18n.h include/db.h include/admin.h include/model_session.h include/whoami.h include/ui_hooks.h

casedesk_admin_SOURCES += src/admin.c src/admin_init.c src/admin_user.c src/admin_audit.c \
	src/admin_report.c src/admin_escalate.c src/admin_target.c src/admin_watchdog.c
casedesk_SOURCES += src/casedesk.c src/app_hooks.c
noinst_HEADERS += include/screens.h
