# tests/lib/fixture.sh — units and real login roles for the tests, one copy.
#
#   . "$top_srcdir/tests/lib/fixture.sh"     # after pg.sh, with a cluster up
#   fixture_units                            # tests/lib/fixture.sql: hb and six units
#   ID=$(fixture_user LOGIN NAME UNIT ROLE)  # one person; prints the official id
#   fixture_admin_users <<'EOF'              # several, through `casedesk-admin user add`,
#   sup1 督查员甲 dcs supervisor              # one "LOGIN NAME UNIT ROLE" a line
#   EOF
# The SQL tests' lists of people are SQL files (tests/sql/*_users.sql) that
# both the shell tests and the pgTAP files (\ir) run.
#
# People are made the way the product makes them: casedesk.user_add (a
# login role in exactly one group role, and its official row) as the
# installer, or the administration command that calls it (the end-to-end
# tests, on seeded units).  Names must not contain spaces or quotes.

fixture_units() {
    psql_su -f "$top_srcdir/tests/lib/fixture.sql" >/dev/null ||
        { echo "Bail out! could not create the test units"; exit 99; }
}

fixture_user() {
    psql_su -c "SELECT casedesk.user_add('$1', '$2', '$3', '$4')" ||
        { echo "Bail out! user_add $1 failed"; exit 99; }
}

fixture_admin_users() {
    local login name unit role
    while read -r login name unit role; do
        [ -n "$login" ] || continue
        admin user add "$login" --name "$name" --unit "$unit" --role "$role" >/dev/null ||
            { echo "Bail out! user add $login"; exit 99; }
    done
}
