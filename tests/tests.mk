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

TESTS += tests/admin/init.sh tests/admin/init_files.sh tests/admin/schema.sh tests/admin/reference.sh tests/e2e/startup.sh
EXTRA_DIST += tests/admin/init.sh tests/admin/init_files.sh tests/admin/schema.sh tests/admin/reference.sh tests/e2e/startup.sh

TESTS += tests/po/catalogue.sh
# server sentences with values, translated (src/servermsg.c)
check_PROGRAMS += tests/unit/servermsg_tool
# list column widths by priority (src/widget_list.c)
check_PROGRAMS += tests/unit/list_layout_test tests/unit/wrap_test
TESTS += tests/unit/list_layout_test tests/unit/wrap_test
TESTS += tests/po/server_messages.sh tests/e2e/zh_walk.sh tests/e2e/zh_labels.sh tests/e2e/cases_search.sh tests/e2e/tasks_timeline.sh tests/e2e/briefing_wrap.sh tests/e2e/layout_walk.sh tests/e2e/briefing_complete.sh
EXTRA_DIST += tests/po/server_messages.sh tests/e2e/zh_walk.sh tests/e2e/zh_labels.sh tests/e2e/cases_search.sh tests/e2e/tasks_timeline.sh tests/e2e/briefing_wrap.sh tests/e2e/layout_walk.sh tests/e2e/briefing_complete.sh
EXTRA_DIST += tests/po/catalogue.sh scripts/deps.sh scripts/pgcluster.sh scripts/demo scripts/check

# security: user management, audit trail, catalogue checks, privilege matrix
TESTS += tests/security/users.sh tests/security/audit.sh tests/security/catalog.sh tests/security/matrix.sh \
	tests/security/attacks_dos.sh tests/security/attacks_admin.sh tests/security/attacks_timezone.sql \
	tests/security/attacks_aggregates.sql tests/security/attacks_oracles.sql tests/security/attacks_notify.sh \
	tests/security/attacks_plans.sql tests/security/attacks_audit.sh tests/security/attacks_discipline.sh
EXTRA_DIST += tests/security/lib.sh tests/security/users.sh tests/security/audit.sh \
	tests/security/catalog.sh tests/security/matrix.sh tests/security/attacks_dos.sh tests/security/attacks_admin.sh \
	tests/security/attacks_timezone.sql tests/security/attacks_aggregates.sql \
	tests/security/attacks_oracles.sql tests/security/attacks_notify.sh tests/security/attacks_plans.sql \
	tests/security/attacks_audit.sh tests/security/attacks_discipline.sh

# cases (sql/01x, validate, model_case)
check_PROGRAMS += tests/unit/validate_test tests/unit/model_case_test tests/unit/casekind_test
TESTS += tests/unit/validate_test tests/unit/casekind_test tests/sql/cases_sessions.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh
EXTRA_DIST += tests/sql/cases_sessions.sh tests/sql/cases_model.sh tests/sql/cases_seed.sh

# ui core (src/ui.mk): width, line editor, key maps, settings
check_PROGRAMS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
# casedesk with a system file named by $CASEDESK_TEST_SYSTEM_CONFIG (never installed)
check_PROGRAMS += tests/unit/casedesk_sysconf
tests_unit_casedesk_sysconf_SOURCES = tests/unit/sysconf_path.c src/app_hooks.c src/casedesk.c
TESTS += tests/e2e/idle_logout.sh tests/security/attacks_config.sh
EXTRA_DIST += tests/e2e/idle_logout.sh tests/security/attacks_config.sh
TESTS += tests/unit/width_test tests/unit/lineedit_test tests/unit/keymap_test tests/unit/settings_test
# issue 14: pinyin initials, the picker's matching, relative dates
check_PROGRAMS += tests/unit/picker_test
TESTS += tests/unit/picker_test
EXTRA_DIST += tests/unit/ui_tap.h
# the UI core in a real terminal (tmux), driven through a database-less demo
check_PROGRAMS += tests/unit/ui_demo
TESTS += tests/e2e/ui_core.sh tests/e2e/ui_db.sh
EXTRA_DIST += tests/e2e/ui_core.sh tests/e2e/ui_db.sh tests/lib/tmux.sh

# cases: end-to-end (tests/e2e/cases_lib.sh is their shared set-up)
TESTS += tests/e2e/cases_flow.sh tests/e2e/cases_access.sh tests/e2e/cases_live.sh
EXTRA_DIST += tests/e2e/cases_flow.sh tests/e2e/cases_access.sh tests/e2e/cases_live.sh tests/e2e/cases_lib.sh
TESTS += tests/e2e/live_quiet.sh tests/sql/case_open_total.sql
EXTRA_DIST += tests/e2e/live_quiet.sh tests/sql/case_open_total.sql

# supervision tasks: model, SQL, end-to-end (tests/e2e/tasks_lib.sh shared)
check_PROGRAMS += tests/unit/tasks_model_test
TESTS += tests/sql/tasks_notify.sh tests/sql/tasks_model.sh
EXTRA_DIST += tests/sql/tasks_common.sh \
	tests/sql/tasks_notify.sh tests/sql/tasks_model.sh
TESTS += tests/e2e/tasks_live.sh tests/e2e/tasks_conflict.sh tests/e2e/tasks_links.sh
# issue 14: navigation model, pickers, prompts that keep typing
TESTS += tests/e2e/navigation.sh tests/sql/task_extension_check.sql
EXTRA_DIST += tests/e2e/navigation.sh tests/sql/task_extension_check.sql
EXTRA_DIST += tests/e2e/tasks_live.sh tests/e2e/tasks_conflict.sh tests/e2e/tasks_links.sh tests/e2e/tasks_lib.sh

# discipline records, targets and the briefing: model, reports, SQL, end-to-end
check_PROGRAMS += tests/unit/report_tool tests/unit/model_discipline_test
TESTS += tests/sql/discipline_notify.sh \
	tests/sql/targets_briefing.sh tests/sql/targets_reports.sh tests/sql/discipline_model.sh
EXTRA_DIST += tests/sql/discipline_fixture.sh tests/sql/discipline_notify.sh \
	tests/sql/targets_briefing.sh tests/sql/targets_reports.sh \
	tests/sql/discipline_model.sh
TESTS += tests/e2e/discipline_flow.sh tests/e2e/progress_screens.sh tests/e2e/targets_screens.sh
EXTRA_DIST += tests/e2e/discipline_flow.sh tests/e2e/progress_screens.sh tests/e2e/targets_screens.sh

# without a server: the db layer's sentences, the district clock, CSV fields and notices
check_PROGRAMS += tests/unit/db_test tests/unit/district_test tests/unit/export_test
TESTS += tests/unit/db_test tests/unit/district_test tests/unit/export_test

# the terminals staff use (TERM=xterm-256color ... vt100; ncurses-term): lines without ACS
TESTS += tests/e2e/terminals.sh
EXTRA_DIST += tests/e2e/terminals.sh

# the district's clock (the database's zone, not the host's)
TESTS += tests/e2e/district_clock.sh
EXTRA_DIST += tests/e2e/district_clock.sh

# deployment: Debian's sshd, OS accounts, peer authentication, casedesk-host-setup (root only)
TESTS += tests/deploy/ssh.sh
EXTRA_DIST += tests/deploy/ssh.sh
TESTS += tests/deploy/host_setup.sh
EXTRA_DIST += tests/deploy/host_setup.sh
# deployment: a streaming standby promoted under live sessions; TLS client certificates mapped to roles; reports from a lagging standby
TESTS += tests/deploy/failover.sh tests/deploy/failover_async.sh tests/deploy/tls_cert.sh tests/deploy/report_standby.sh
EXTRA_DIST += tests/deploy/failover.sh tests/deploy/failover_async.sh tests/deploy/tls_cert.sh tests/deploy/report_standby.sh tests/deploy/standby_lib.sh

# The template clusters of tests/lib/pg.sh (pg_cluster), one per kind of
# seed, built by the first test script that needs one.
clean-local: clean-pg-templates
clean-pg-templates:
	-rm -rf tests/pg-template
.PHONY: clean-pg-templates

# Single-session SQL assertions in pgTAP (tests/lib/pgtap.sh runs them).
TESTS += tests/sql/tasks_calendar.sql tests/sql/tasks_escalate.sql tests/sql/tasks_workflow.sql \
	tests/sql/tasks_seed.sql
EXTRA_DIST += tests/sql/tasks_users.sql tests/sql/tasks_helpers.sql tests/sql/case_helpers.sql \
	tests/sql/tasks_calendar.sql tests/sql/tasks_escalate.sql tests/sql/tasks_workflow.sql \
	tests/sql/tasks_seed.sql
TESTS += tests/sql/cases_workflow.sql tests/sql/targets_rules.sql tests/sql/visible_text.sql tests/sql/violation_outcomes.sql tests/sql/legal_clocks.sql tests/sql/resettlement.sql tests/sql/village_title.sql tests/e2e/legal_clocks.sh tests/sql/service_clocks.sql tests/sql/briefing_complete.sh
EXTRA_DIST += tests/sql/cases_workflow.sql tests/sql/targets_rules.sql tests/sql/visible_text.sql tests/sql/violation_outcomes.sql tests/sql/legal_clocks.sql tests/sql/resettlement.sql tests/sql/village_title.sql tests/e2e/legal_clocks.sh tests/sql/service_clocks.sql tests/sql/briefing_complete.sh
TESTS += tests/sql/discipline_workflow.sql tests/sql/discipline_confidentiality.sql
EXTRA_DIST += tests/sql/discipline_users.sql tests/sql/discipline_workflow.sql \
	tests/sql/discipline_confidentiality.sql

# faults: the terminal and waiting on the database (tests/faults/term_*, wait_*)
TESTS += tests/faults/term_xoff.sh tests/faults/term_sigcont.sh tests/faults/wait_lock.sh tests/faults/wait_reconnect.sh tests/faults/wait_readonly.sh tests/faults/term_input.sh tests/faults/term_invisible.sh tests/faults/wait_crash.sh
EXTRA_DIST += tests/faults/term_lib.sh tests/faults/wait_crash.sh tests/faults/term_xoff.sh tests/faults/term_sigcont.sh tests/faults/wait_lock.sh tests/faults/wait_reconnect.sh tests/faults/wait_readonly.sh tests/faults/term_input.sh tests/faults/term_invisible.sh

# fault injection (issue 10): racing saves, drafts on hang-up / kill / quit
TESTS += tests/faults/saves_race.sh tests/faults/case_conflict.sh tests/faults/drafts.sh tests/faults/target_conflict.sh
EXTRA_DIST += tests/faults/faults_lib.sh tests/faults/saves_race.sh tests/faults/case_conflict.sh tests/faults/drafts.sh tests/faults/target_conflict.sh

# money as a ledger (issue 15): reversals, project funds
check_PROGRAMS += tests/unit/ledger_test
TESTS += tests/unit/ledger_test tests/sql/payment_ledger.sql tests/sql/payment_race.sh
EXTRA_DIST += tests/sql/payment_ledger.sql tests/sql/payment_race.sh
TESTS += tests/e2e/payment_ledger.sh
EXTRA_DIST += tests/e2e/payment_ledger.sh
# documents (issue 15): register, templates, service, output
check_PROGRAMS += tests/unit/doc_output_test
TESTS += tests/unit/doc_output_test tests/sql/documents_register.sql
EXTRA_DIST += tests/sql/documents_register.sql
# the steps issue their documents (issue 15, item 1; migration 180)
TESTS += tests/sql/step_documents.sql
EXTRA_DIST += tests/sql/step_documents.sql
TESTS += tests/e2e/documents_output.sh
EXTRA_DIST += tests/e2e/documents_output.sh
# who did what on the task side and the document register (migration 110)
TESTS += tests/security/attacks_actors.sql
EXTRA_DIST += tests/security/attacks_actors.sql
# petitions (信访) as a case kind (migration 140)
TESTS += tests/sql/petition_flow.sql tests/sql/petition_briefing.sh
EXTRA_DIST += tests/sql/petition_flow.sql tests/sql/petition_briefing.sh
TESTS += tests/e2e/petition_flow.sh
EXTRA_DIST += tests/e2e/petition_flow.sh

# home work queues of inspectors and admins; reference data screens (issue 14 items 7, 8)
TESTS += tests/e2e/home_queues.sh tests/e2e/reference_screens.sh
EXTRA_DIST += tests/e2e/home_queues.sh tests/e2e/reference_screens.sh
# Task D (issue 16): home counts by definer functions, bounded by the caller's tasks.
TESTS += tests/sql/home_counts.sql
EXTRA_DIST += tests/sql/home_counts.sql
check_PROGRAMS += tests/unit/notify_scope_test
TESTS += tests/unit/notify_scope_test
TESTS += tests/e2e/live_scope.sh
TESTS += tests/e2e/live_listen.sh tests/sql/case_list_prefix.sql tests/sql/case_find_next.sql
EXTRA_DIST += tests/e2e/live_listen.sh tests/sql/case_list_prefix.sql tests/sql/case_find_next.sql
EXTRA_DIST += tests/e2e/live_scope.sh
# saved filters, type-to-find in long menus, the case timeline (issue 14 items 2, 5, 6)
TESTS += tests/e2e/tasks_saved_filters.sh
EXTRA_DIST += tests/e2e/tasks_saved_filters.sh
TESTS += tests/e2e/menu_find.sh tests/e2e/saved_filters.sh tests/e2e/case_timeline.sh tests/e2e/case_picker.sh
EXTRA_DIST += tests/e2e/menu_find.sh tests/e2e/saved_filters.sh tests/e2e/case_timeline.sh tests/e2e/case_picker.sh
TESTS += tests/sql/saved_filters.sql
EXTRA_DIST += tests/sql/saved_filters.sql
# Evidence attachments (issue 15, item 7).
TESTS += tests/sql/attach.sql
EXTRA_DIST += tests/sql/attach.sql
TESTS += tests/admin/attach.sh
EXTRA_DIST += tests/admin/attach.sh tests/admin/make_jpeg.py
TESTS += tests/e2e/attach_picker.sh
EXTRA_DIST += tests/e2e/attach_picker.sh
TESTS += tests/e2e/documents_cups.sh
EXTRA_DIST += tests/e2e/documents_cups.sh
check_PROGRAMS += tests/unit/exif_test
TESTS += tests/unit/exif_test
TESTS += tests/sql/coverage_one_rule.sql
EXTRA_DIST += tests/sql/coverage_one_rule.sql
TESTS += tests/sql/petition_retired.sql
EXTRA_DIST += tests/sql/petition_retired.sql
# retiring villages and projects (issue 14, item 8)
TESTS += tests/sql/reference_retire.sql tests/admin/reference_retire.sh tests/e2e/reference_retire.sh
EXTRA_DIST += tests/sql/reference_retire.sql tests/admin/reference_retire.sh tests/e2e/reference_retire.sh
