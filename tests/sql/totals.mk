# Pre-totalled figures (sql/055_totals.sql): kept totals equal raw counts (pgTAP).
TESTS += tests/sql/targets_totals.sql
EXTRA_DIST += tests/sql/targets_totals.sql
# The same figures kept per month (sql/migrations/053_period_totals.sql).
TESTS += tests/sql/period_totals.sql
EXTRA_DIST += tests/sql/period_totals.sql
