#!/bin/bash
# tests/e2e/home_queues.sh — the inspector's and the administrator's home
# screens are work queues (issue 14 item 7): every count, Enter on it, shows
# exactly that many rows.  The inspector in English at 132x43: new flags,
# reviews due within 7 days, overdue reviews, awaiting disposition, never
# counting a record about the inspector; the administrator in Chinese at
# 80x24: disabled accounts, calendar years without holidays, units without
# targets; a change (an account disabled) moves the count live.  Staff and
# supervisors see none of these lines.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
hq_ins 纪检员甲 jw inspector
hq_adm 管理员乙 xxzx admin
hq_stf 办事员丙 xcb staff
hq_tgt 被举报人丁 ldb staff
hq_off 停用人戊 xcb staff
USERS
e2e_home homeq

# Discipline records in every state, as the product files them (the
# definer's insert), then moved on as the workflow would have.
psql_su >/dev/null <<'SQL'
SET search_path = casedesk, pg_catalog;
CREATE TEMP TABLE ids AS SELECT login, id FROM casedesk.official WHERE login LIKE 'hq_%';
DO $$
DECLARE
    tgt integer := (SELECT id FROM ids WHERE login = 'hq_tgt');
    ins integer := (SELECT id FROM ids WHERE login = 'hq_ins');
    stf integer := (SELECT id FROM ids WHERE login = 'hq_stf');
    r bigint;
    i integer := 0;
    st text;
BEGIN
    FOREACH st IN ARRAY ARRAY['received','received','received','due','overdue','overdue',
                              'talk_letter','investigation','concluded','about_me'] LOOP
        i := i + 1;
        r := casedesk.discipline_insert(CASE st WHEN 'about_me' THEN ins ELSE tgt END, 'abuse',
                 '队列测试事实' || i, 'flag', stf, NULL, NULL,
                 'JB-A' || lpad(i::text, 3, '0') || '-0000-0000', now() - interval '30 days');
        IF st = 'due' THEN
            UPDATE casedesk.discipline_record SET status = 'preliminary_review',
                   review_started_on = casedesk.today() - 5, review_due = casedesk.today() + 3 WHERE id = r;
        ELSIF st = 'overdue' THEN
            UPDATE casedesk.discipline_record SET status = 'preliminary_review',
                   review_started_on = casedesk.today() - 25, review_due = casedesk.today() - 2 WHERE id = r;
        ELSIF st IN ('talk_letter', 'investigation') THEN
            UPDATE casedesk.discipline_record SET status = st,
                   review_started_on = casedesk.today() - 25, review_due = casedesk.today() - 2 WHERE id = r;
        ELSIF st = 'concluded' THEN
            UPDATE casedesk.discipline_record SET status = 'concluded', review_started_on = casedesk.today() - 25,
                   review_due = casedesk.today() - 2, disposition = 'criticism', disposition_on = casedesk.today(),
                   decision_no = '纪决〔2026〕1号', decided_by = ins, closed_at = now() WHERE id = r;
        END IF;
    END LOOP;
END $$;
UPDATE casedesk.official SET disabled = true WHERE login = 'hq_off';
DELETE FROM casedesk.calendar_day WHERE day >= make_date(extract(year FROM casedesk.today())::integer + 1, 1, 1);
SQL
pg_seal

# count_of LABEL: the number at the end of the home line LABEL.
count_of() { tmux_screen | grep -F "$1" | head -n 1 | grep -oE '[0-9]+ *[│|]? *$' | grep -oE '[0-9]+'; }
# The discipline list's rows (the receipts shown).
receipts_shown() { tmux_screen | grep -cE 'JB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}'; }
# What a queue must hold, by its own definition (the seeds have records too).
expect() {
    psql_su -c "SELECT count(*) FROM casedesk.discipline_record r JOIN casedesk.official o ON o.id = r.official_id
                 WHERE o.login <> 'hq_ins' AND ($1)"
}

# --- the inspector, English at 132x43 -----------------------------------------
session ins hq_ins 132 43
wait_for "Welcome" 15; ok $? "inspector session starts"
wait_for "New flags not yet taken" 10; ok $? "the inspector's home lists new flags"
check_queue() {   # LABEL EXPECTED SHOWING DOWNS
    local label=$1 want=$2 showing=$3 downs=$4 n
    tmux_send 1; wait_for "$label" 5
    n=$(count_of "$label")
    is "$n" "$want" "$label: $want (the records about the inspector not counted)"
    [ "$want" -ge 1 ]; ok $? "$label: the fixture puts records in this queue"
    tmux_send g; press Down "$downs"; tmux_send Enter
    wait_for "Showing: $showing" 10; ok $? "Enter on \"$label\" shows the $showing"
    tmux_settle 2
    is "$(receipts_shown)" "$n" "$label: the list shows exactly $n records"
}
check_queue "New flags not yet taken" "$(expect "r.status = 'received'")" "new flags" 0
refute_screen -F "JB-A010" "the record about the inspector is not in the new flags"
check_queue "Reviews due within 7 days" "$(expect "r.status = 'preliminary_review' AND r.review_due >= casedesk.today() AND r.review_due <= casedesk.today() + 7")" "reviews due within 7 days" 1
like "$(tmux_screen | grep -F JB-A004)" "JB-A004" "the review due in 3 days is the one shown"
check_queue "Overdue reviews" "$(expect "r.status = 'preliminary_review' AND r.review_due < casedesk.today()")" "overdue reviews" 2
check_queue "Awaiting disposition" "$(expect "r.status IN ('talk_letter', 'investigation')")" "awaiting disposition" 3
refute_screen -F "JB-A009" "a concluded record awaits nothing"
# A flag filed meanwhile (no NOTIFY for discipline): the home re-reads its queues by itself.
tmux_send 1; wait_for "New flags not yet taken" 5
before=$(count_of "New flags not yet taken")
psql_as hq_stf -c "SELECT casedesk.flag_official((SELECT id FROM casedesk.official WHERE login = 'hq_tgt'), 'inaction', '队列测试：新线索')" >/dev/null
pg_seal; sleep 1; pg_seal
wait_match "New flags not yet taken +$((before + 1))\b" 35; ok $? "a new flag shows in the inspector's count without a key ($before → $((before + 1)))"

# --- staff: no queues, no discipline counts ------------------------------------
session stf hq_stf 80 24
wait_for "Welcome" 15; ok $? "staff session starts"
refute_screen -iE "flags|disposition|Disabled accounts" "staff home shows no inspector or admin queue"
like "$(psql_as hq_stf -c 'SELECT * FROM casedesk.discipline_queue_counts()' 2>&1)" \
    "permission denied|Only discipline inspectors" "staff cannot count discipline records in psql"
like "$(psql_as hq_stf -c "SELECT * FROM casedesk.admin_queue('disabled')" 2>&1)" \
    "permission denied|Only administrators" "staff cannot read the admin queues in psql"

# --- the administrator, Chinese at 80x24 ---------------------------------------
SESSION_ARGS="--lang zh" session adm hq_adm 80 24
wait_for "停用的账号" 15; ok $? "the admin's home lists disabled accounts (in Chinese)"
admin_queue() {   # LABEL KIND DOWNS
    local label=$1 kind=$2 downs=$3 n want shown
    tmux_send 1; wait_for "$label" 5
    n=$(count_of "$label")
    want=$(psql_as hq_adm -c "SELECT count(*) FROM casedesk.admin_queue('$kind')")
    is "$n" "$want" "$label: the home shows $want"
    tmux_send g; press Down "$downs"; tmux_send Enter
    wait_for "显示：$label" 10; ok $? "Enter on \"$label\" opens its list"
    tmux_settle 2
    shown=0
    while IFS= read -r name; do
        [ -n "$name" ] || continue
        tmux_screen | grep -qF "$name" && shown=$((shown + 1))
    done < <(psql_as hq_adm -c "SELECT name FROM casedesk.admin_queue('$kind') LIMIT 15")
    is "$shown" "$( [ "$want" -gt 15 ] && echo 15 || echo "$want")" "$label: each of its rows is listed by name"
    like "$(tmux_screen | grep -F "显示：")" "显示：$label  $n" "$label: the list's own count is $n"
    tmux_send Escape
}
admin_queue "停用的账号" disabled 0
admin_queue "没有节假日的日历年份" calendar 1
# Enter on a year without holidays opens its calendar, to enter them
tmux_send 1; wait_for "没有节假日的日历年份" 5; tmux_send g; tmux_send Down; tmux_send Enter
wait_for "显示：没有节假日的日历年份" 5; tmux_send Enter
NY=$(psql_su -c "SELECT extract(year FROM casedesk.today())::int + 1")
wait_for "$NY 年工作日历 · 0 天" 5; ok $? "Enter on $NY opens that year's (empty) calendar"
tmux_send Escape; tmux_send Escape
admin_queue "本年度没有目标的单位" targets 2
tmux_send 1; wait_for "停用的账号" 5
before=$(count_of "停用的账号")
admin user disable hq_tgt >/dev/null 2>&1 || psql_su -c "UPDATE casedesk.official SET disabled = true WHERE login = 'hq_tgt'" >/dev/null
wait_match "停用的账号 +$((before + 1))\b" 10; ok $? "an account disabled elsewhere: the count follows ($before → $((before + 1)))"
like "$(psql_as hq_adm -c 'SELECT * FROM casedesk.discipline_queue_counts()' 2>&1)" \
    "permission denied|Only discipline inspectors" "an admin cannot count discipline records either"

done_testing
