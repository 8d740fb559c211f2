# src/tasks.mk — supervision tasks: model (no curses), tests.
# Migrations sql/020-025 and sql/seed/020_tasks.sql are picked up by sql/sql.mk.
libcasedesk_a_SOURCES += src/model_task.c src/model_task_ops.c src/model_inbox.c
noinst_HEADERS += include/model_task.h include/model_inbox.h include/model_task_int.h

check_PROGRAMS += tests/unit/tasks_model_test
tests_unit_tasks_model_test_SOURCES = tests/unit/tasks_model_test.c

TESTS += tests/sql/tasks_notify.sh tests/sql/tasks_model.sh
EXTRA_DIST += tests/sql/tasks_common.sh \
	tests/sql/tasks_notify.sh tests/sql/tasks_model.sh
