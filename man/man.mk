# man/man.mk — manual pages.
dist_man1_MANS = man/casedesk.1
dist_man5_MANS = man/casedesk.conf.5
dist_man8_MANS = man/casedesk-admin.8
