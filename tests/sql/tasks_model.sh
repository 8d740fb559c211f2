#!/bin/bash
# The C task and inbox models (tests/unit/tasks_model_test) against a real
# cluster, connecting as the roles of tasks_common.sh.
. "$top_srcdir/tests/sql/tasks_common.sh"
tasks_setup
"$top_builddir/tests/unit/tasks_model_test"
