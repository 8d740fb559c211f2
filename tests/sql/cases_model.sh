#!/bin/bash
# cases_model: src/model_case.c against a seeded database, as staff of 关庙镇.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"

pg_cluster --seeds '010_places.sql 015_cases.sql' 0.1

OTHER_ID=$(psql_su -c "SELECT min(c.id) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'ztz'")
PROJECT_ID=$(psql_su -c "SELECT id FROM casedesk.project WHERE code = 'chengdong'")
VILLAGE_ID=$(psql_su -c "SELECT min(v.id) FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'gmz'")
export OTHER_ID PROJECT_ID VILLAGE_ID
PGUSER=gmz_01 "$top_builddir/tests/unit/model_case_test"
