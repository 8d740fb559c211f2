# The schema (migrations/ and functions/, see README "HACKING"), its dump
# sql/schema.sql, and the seed scripts, installed under $(pkgdatadir)/sql.
migrationsdir = $(pkgdatadir)/sql/migrations
dist_migrations_DATA = $(wildcard $(srcdir)/sql/migrations/[0-9]*.sql)
functionsdir = $(pkgdatadir)/sql/functions
dist_functions_DATA = $(wildcard $(srcdir)/sql/functions/[0-9]*.sql)
seeddir = $(pkgdatadir)/sql/seed
dist_seed_DATA = $(wildcard $(srcdir)/sql/seed/[0-9]*.sql)
EXTRA_DIST += sql/schema.sql sql/dump-schema.sh

# make schema: rebuild sql/schema.sql from a throwaway cluster (needs the
# PostgreSQL server binaries, as make check does).  Commit the result.
schema: casedesk-admin$(EXEEXT)
	$(AM_V_GEN)CASEDESK_SQLDIR=$(abs_top_srcdir)/sql \
	    $(srcdir)/sql/dump-schema.sh $(abs_top_builddir)/casedesk-admin$(EXEEXT) >sql-schema.tmp \
	    && mv sql-schema.tmp $(srcdir)/sql/schema.sql
.PHONY: schema
