#!/bin/bash
# The zh_CN catalogue is complete: every string the sources mark with _() or
# N_() (and every fixed sentence our SQL raises) has a translation, none fuzzy.
. "$top_srcdir/tests/lib/tap.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$top_srcdir" || exit 99
sh po/sql-messages.sh > "$tmp/sql-messages.c"
xgettext --from-code=UTF-8 -k_ -kN_ -o "$tmp/casedesk.pot" $(sh po/POTFILES.sh) "$tmp/sql-messages.c" 2>"$tmp/err"
ok $? "xgettext extracts the strings"
out=$(msgcmp --use-untranslated po/zh_CN.po "$tmp/casedesk.pot" 2>&1)
ok $? "every extracted string is in po/zh_CN.po"
[ -n "$out" ] && diag "$(printf '%s' "$out" | head -n 20)"
stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null po/zh_CN.po 2>&1)
like "$stats" "^[0-9]+ translated messages\.$" "po/zh_CN.po has no untranslated or fuzzy entries ($stats)"
n=$(grep -c '^msgid "' "$tmp/casedesk.pot")
ok $([ "$n" -gt 1 ] && echo 0 || echo 1) "the sources hold translatable strings ($n)"
done_testing
