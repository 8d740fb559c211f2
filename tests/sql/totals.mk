# Pre-totalled figures (sql/055_totals.sql): kept totals equal raw counts.
TESTS += tests/sql/targets_totals.sh
EXTRA_DIST += tests/sql/targets_totals.sh
