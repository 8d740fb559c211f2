# deploy/deploy.mk — what a host needs beyond the programs: casedesk-host-setup
# (pg_hba/pg_ident lines, the sshd Match block, the escalation timer) and the
# systemd units of the daily `casedesk-admin escalate`.
dist_sbin_SCRIPTS = deploy/casedesk-host-setup
dist_man8_MANS += man/casedesk-host-setup.8
# Debian 12 wants /lib/systemd/system (debian/rules passes it); elsewhere the
# units go under the prefix, where systemd also looks (/usr/local/lib/systemd/system).
systemdsystemunitdir = $(prefix)/lib/systemd/system
dist_systemdsystemunit_DATA = deploy/casedesk-escalate.service deploy/casedesk-escalate.timer \
	deploy/casedesk-watchdog.service
EXTRA_DIST += .ci/package-stage
