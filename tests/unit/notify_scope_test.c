/* notify_scope_test — a change placed in another unit or village is not a
 * filtered screen's own (notify_out_of_scope, issue 16); which watched
 * tables need the per-unit channels, and which channel is which
 * (notify_unit_table, notify_channel_kind: db_listen.c). */
#include "config.h"
#include "notify_filter.h"
#include "ui_tap.h"

int main(void)
{
    ok(notify_out_of_scope("u3,v40", 3, 41), "a case in village 40 is not the list of village 41's");
    ok(!notify_out_of_scope("u3,v40", 3, 40), "but it is village 40's");
    ok(!notify_out_of_scope("u3,v40,v41", 3, 41), "a case moved from 40 to 41 is 41's too");
    ok(!notify_out_of_scope("u3,v40,v41", 3, 40), "and 40's, which it left");
    ok(!notify_out_of_scope("u3,v40", 0, 0), "an unfiltered list hears every change");
    ok(notify_out_of_scope("u3,v40", 4, 0), "a list of unit 4 does not hear unit 3's");
    ok(!notify_out_of_scope("u3,u4,v40", 4, 0), "a case moved between units is heard by both");
    ok(!notify_out_of_scope("u3", 3, 41), "no village named (a payment): cannot be placed, heard");
    ok(!notify_out_of_scope("", 3, 41), "no scope at all (an older payload): heard");
    ok(!notify_out_of_scope(NULL, 3, 41), "nor without a fourth field");
    ok(notify_out_of_scope("u3,v400", 3, 40), "v400 is not v40");
    ok(notify_out_of_scope("u3,v40x,v4", 3, 40), "a malformed token names no village: v4 alone is named, so 40 is out");
    ok(notify_unit_table("case_file"), "a screen of cases needs the unit channels");
    ok(notify_unit_table("patrol*") && notify_unit_table("document"), "so do patrols and documents");
    ok(notify_unit_table("*"), "and one that watches every table");
    ok(!notify_unit_table("task") && !notify_unit_table("task*"), "tasks are heard on the oversight channel");
    ok(!notify_unit_table("inbox*") && !notify_unit_table("unit") && !notify_unit_table(""),
       "nor the inbox, the units, or nothing");
    ok(notify_channel_kind("casedesk_u0123456789abcdef01234567") == 'u', "a unit channel is told by its name");
    ok(notify_channel_kind("casedesk_o0123456789abcdef01234567") == 'o', "the oversight channel too");
    ok(!notify_channel_kind("casedesk") && !notify_channel_kind("casedesk_i01") && !notify_channel_kind(NULL),
       "the district, inbox and person channels are neither");
    ok(notify_forged("casedesk", "document") && notify_forged("casedesk", "village_application"),
       "a document or a title application on the district channel is forged (unit channels only)");
    ok(!notify_forged("casedesk", "village"), "a village is not");
    return done_testing();
}
