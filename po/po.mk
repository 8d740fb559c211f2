# po/po.mk — gettext catalogues without the gettext build machinery.
# Catalogues are compiled into the build tree (po/locale/LL/LC_MESSAGES) so the
# programs can run uncompiled from there, and installed under $(localedir).
# `make update-po` re-extracts every _()/N_() string from the sources (and the
# sentences our SQL functions raise, via po/sql-messages.c) and merges them
# into each catalogue.
POLINGUAS = zh_CN
EXTRA_DIST += po/zh_CN.po po/POTFILES.sh po/sql-messages.sh
CLEANFILES += po/locale/zh_CN/LC_MESSAGES/casedesk.mo

po/locale/%/LC_MESSAGES/casedesk.mo: $(srcdir)/po/%.po
	$(AM_V_GEN)$(MKDIR_P) $(@D) && $(MSGFMT) -c -o $@ $<

all-local: $(POLINGUAS:%=po/locale/%/LC_MESSAGES/casedesk.mo)

install-data-local:
	for l in $(POLINGUAS); do \
	  $(MKDIR_P) "$(DESTDIR)$(localedir)/$$l/LC_MESSAGES" && \
	  $(INSTALL_DATA) po/locale/$$l/LC_MESSAGES/casedesk.mo "$(DESTDIR)$(localedir)/$$l/LC_MESSAGES/casedesk.mo" || exit 1; \
	done

uninstall-local:
	for l in $(POLINGUAS); do rm -f "$(DESTDIR)$(localedir)/$$l/LC_MESSAGES/casedesk.mo"; done

po/casedesk.pot: FORCE
	$(AM_V_GEN)$(MKDIR_P) po && cd $(srcdir) && \
	  sh po/sql-messages.sh > po/sql-messages.c && \
	  $(XGETTEXT) --from-code=UTF-8 -k_ -kN_ -c/ --package-name=casedesk \
	    --msgid-bugs-address=casedesk@localhost -o $(abs_builddir)/po/casedesk.pot \
	    `sh po/POTFILES.sh` po/sql-messages.c

update-po: po/casedesk.pot
	for l in $(POLINGUAS); do \
	  $(MSGMERGE) -q --no-fuzzy-matching -U --backup=none $(srcdir)/po/$$l.po po/casedesk.pot || exit 1; \
	done
.PHONY: update-po FORCE
FORCE:

# The formats of the sentences with values our SQL functions raise, which
# the client matches (src/servermsg.c); regenerated when a functions file changes.
BUILT_SOURCES = src/sql_formats.inc
CLEANFILES += src/sql_formats.inc
EXTRA_DIST += po/sql-formats.sh
src/sql_formats.inc: $(srcdir)/po/sql-formats.sh $(dist_functions_DATA)
	$(AM_V_GEN)$(MKDIR_P) src && sh $(srcdir)/po/sql-formats.sh --formats $(srcdir) > $@.tmp && mv $@.tmp $@
