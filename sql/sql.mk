# Migrations and seed scripts, installed under $(pkgdatadir)/sql.
sqldir = $(pkgdatadir)/sql
dist_sql_DATA = $(wildcard $(srcdir)/sql/[0-9]*.sql)
seeddir = $(pkgdatadir)/sql/seed
dist_seed_DATA = $(wildcard $(srcdir)/sql/seed/[0-9]*.sql)
