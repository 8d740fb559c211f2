#!/bin/bash
# tests/e2e/attach_picker.sh — evidence from the TUI (issue 15, item 7): on
# a case form one key (named in the key bar) opens the case's attachments;
# a picks a file from ~/incoming (created 0700 the first time, where a
# clerk scp's photos); the photo is listed with its type, size, EXIF time
# and GPS; Enter shows its details with the sha256; an unknown type is
# refused in one sentence; X writes the files into a directory the user
# names; another town's clerk does not see it.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
jump() {
    local i
    for i in 1 2 3; do tmux_send :; wait_for "Jump to" 5 && break; done
    tmux_type "$1"; tmux_send Enter
}
CASENO=$(psql_su -c "SELECT c.case_no FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                     WHERE u.code = 'wlz' AND c.kind = 'violation' ORDER BY c.id LIMIT 1")
CID=$(psql_su -c "SELECT id FROM casedesk.case_file WHERE case_no = '$CASENO'")
IN=$E2E_HOME/stf1/incoming

session stf stf1 110 30
wait_for "Welcome" 10; ok $? "staff session starts"
jump "$CASENO"
wait_for "$CASENO" 5; ok $? "the case opens"
wait_match "Ctrl-P attachments" 5; ok $? "the key bar names the attachments key"
tmux_send C-p
wait_for "Attachments · $CASENO" 5; ok $? "Ctrl-P opens the case's attachments"
wait_for "Nothing attached yet." 5; ok $? "none yet"
tmux_send a
wait_for "No files in $IN" 5; ok $? "a with nothing to pick says where to copy the photos"
is "$(stat -c %a "$IN" 2>&1)" "700" "~/incoming was created, for its owner only"

python3 "$top_srcdir/tests/admin/make_jpeg.py" "$IN/现场照片.jpg" MM "2026:05:06 07:08:09" 30.59 114.3
printf '\x7fELF\x02\x01\x01\x00' >"$IN/tool.bin"
tmux_send a
wait_for "Attach a file from $IN" 5; ok $? "a opens the file picker over ~/incoming"
wait_for "tool.bin" 5; ok $? "it lists the files there"
tmux_type "现场"
tmux_send Enter
wait_for "现场照片.jpg attached." 10; ok $? "a file is picked and attached"
wait_match "现场照片\.jpg +image/jpeg" 5; ok $? "it is listed with the type read from its bytes"
line=$(tmux_screen | grep '现场照片.jpg  ')
like "$line" "2026-05-06 07:08" "with the time the photo was taken (EXIF)"
like "$line" "30.59000, 114.30000" "and where (GPS)"
is "$(psql_su -c "SELECT file_name || ' ' || sha256 FROM casedesk.attachment WHERE record_kind = 'case' AND record_id = $CID")" \
    "现场照片.jpg $(sha256sum "$IN/现场照片.jpg" | cut -c1-64)" "the database holds it on the case with the file's sha256"
tmux_send Enter
wait_for "sha256: $(sha256sum "$IN/现场照片.jpg" | cut -c1-64)" 5; ok $? "Enter shows its details with the sha256"
wait_for "Taken (EXIF): 2026-05-06 07:08:09" 5; ok $? "and the EXIF time"
tmux_send Escape
wait_for "Attachments · $CASENO" 5
tmux_send a; wait_for "Attach a file from" 5
tmux_type "tool"; tmux_send Enter
wait_for "Only photos (JPEG, PNG, HEIC), PDF documents and plain text can be attached; this file is none of them." 10
ok $? "an unknown type is refused in one sentence"
is "$(psql_su -c "SELECT count(*) FROM casedesk.attachment")" "1" "and nothing of it is kept"

mkdir -p "$E2E_HOME/stf1/out"
tmux_send X
wait_for "Write the files into the directory" 5; ok $? "X asks for a directory"
tmux_send C-u; tmux_type "$E2E_HOME/stf1/out"; tmux_send Enter
wait_for "1 file written into $E2E_HOME/stf1/out." 5; ok $? "and writes the files there"
cmp -s "$IN/现场照片.jpg" "$E2E_HOME/stf1/out/"*-现场照片.jpg; ok $? "byte for byte"

# A patrol: F on the selected patrol opens its attachments.
tmux_send Escape; tmux_send Escape
wait_for "Welcome" 5 || wait_for "$CASENO" 1
tmux_send "$(screen_key Patrols)"
wait_for "Villages covered" 5; ok $? "the patrols screen"
wait_match "F attachments" 5; ok $? "its key bar names F for the attachments"
PID=$(psql_su -c "SELECT p.id FROM casedesk.patrol p JOIN casedesk.unit u ON u.id = p.unit_id WHERE u.code = 'wlz'
                  ORDER BY p.patrol_on DESC, p.id DESC LIMIT 1")
tmux_send F
wait_for "Attachments · patrol of" 5; ok $? "F opens the selected patrol's attachments"
tmux_send a; wait_for "Attach a file from" 5
tmux_type "现场"; tmux_send Enter
wait_for "现场照片.jpg attached." 10; ok $? "a photo is attached to the patrol"
is "$(psql_su -c "SELECT count(*) FROM casedesk.attachment WHERE record_kind = 'patrol' AND record_id = ${PID:-0}")" "1" \
    "on that patrol (the latest of the unit, the one selected)"

# A task report: Ctrl-P on the task form offers the task or one of its reports.
deadline=$(psql_su -c "SELECT casedesk.today() + 30")
TID=$(psql_as sup1 -c "SELECT casedesk.task_create('拆违现场整改督办', 'wlz', '$deadline', '', 'meeting', 'normal', 5, 'stf1')")
TNO=$(psql_su -c "SELECT number FROM casedesk.task WHERE id = ${TID:-0}")
psql_as stf1 -c "SELECT casedesk.task_sign($TID, (SELECT version FROM casedesk.task WHERE id = $TID))" >/dev/null
RID=$(psql_as stf1 -c "SELECT casedesk.task_add_report($TID, '已拆除违建二百平方米，现场照片见附件', 60)")
jump "$TNO"
wait_for "$TNO" 5; ok $? "the task form opens"
tmux_send C-p
wait_for "The task itself" 5; ok $? "Ctrl-P asks: the task itself or one of its reports"
tmux_send Down; tmux_send Enter
wait_for "Attachments · $TNO  Report of" 5; ok $? "the report's attachments"
tmux_send a; wait_for "Attach a file from" 5
tmux_type "现场"; tmux_send Enter
wait_for "现场照片.jpg attached." 10; ok $? "a photo is attached to the report"
is "$(psql_su -c "SELECT record_kind || ':' || record_id FROM casedesk.attachment WHERE record_kind LIKE 'task%'")" \
    "task_report:$(psql_su -c "SELECT max(id) FROM casedesk.task_report WHERE task_id = ${TID:-0}")" "on that report"

# Another town's clerk: the case is not theirs, nor its evidence.
is "$(psql_as stf2 -c "SELECT count(*) FROM casedesk.attachment")" "0" \
    "another town's clerk sees none of it (case, patrol or report)"
done_testing
