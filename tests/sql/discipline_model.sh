#!/bin/bash
# The C models (model_discipline, model_targets) against a real database,
# connecting as real login roles.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/sql/discipline_fixture.sh"
"$top_builddir/tests/unit/model_discipline_test"
