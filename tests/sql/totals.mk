# Pre-totalled figures (sql/055_totals.sql): kept totals equal raw counts (pgTAP).
TESTS += tests/sql/targets_totals.sql
EXTRA_DIST += tests/sql/targets_totals.sql
