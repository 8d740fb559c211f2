# src/taskui.mk — supervision task screens and live collaboration: the task
# board, task form and actions, inbox, edit-conflict screen, drafts.
# (scr_home.c, the "my work" home screen, is listed in src/ui.mk.)
libcasedesk_a_SOURCES += src/drafts.c src/form_drafts.c src/scr_tasks.c src/scr_task_form.c \
	src/scr_task_actions.c src/scr_inbox.c src/scr_conflict.c
noinst_HEADERS += include/drafts.h include/form_drafts.h include/taskui.h

TESTS += tests/e2e/tasks_live.sh tests/e2e/tasks_conflict.sh tests/e2e/tasks_links.sh
EXTRA_DIST += tests/e2e/tasks_live.sh tests/e2e/tasks_conflict.sh tests/e2e/tasks_links.sh tests/e2e/tasks_lib.sh
