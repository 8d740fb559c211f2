/* ledger_test.c — money as whole fen, exactly (model_ledger.c): what the
 * payments screen and the case form compute "outstanding" and "reversed"
 * with, and how amounts are grouped for display. */
#include "config.h"
#include <stdio.h>

#include "model_ledger.h"
#include "ui_tap.h"

int main(void)
{
    char buf[64];

    is_int((int)ledger_fen("100000.00"), 10000000, "100000.00 yuan is 10,000,000 fen");
    is_int((int)ledger_fen("-6000.5"), -600050, "one decimal and a minus sign");
    is_int((int)ledger_fen("12"), 1200, "no decimals");
    ok(ledger_fen("9999999999.99") == 999999999999LL, "the largest amount is exact (no floating point)");
    is_int((int)ledger_fen("1.234"), 0, "three decimals are not money");
    is_int((int)ledger_fen("12a"), 0, "neither is text");
    is_int((int)ledger_fen(""), 0, "nor nothing");
    is_str(ledger_fen_text(ledger_fen("100000.00") - ledger_fen("66000.00"), buf, sizeof buf), "34000.00",
           "outstanding: compensation - paid so far");
    is_str(ledger_fen_text(ledger_fen("0.10") + ledger_fen("0.20"), buf, sizeof buf), "0.30", "0.1 + 0.2 is 0.30");
    is_str(ledger_fen_text(-5, buf, sizeof buf), "-0.05", "a negative fraction keeps its sign");
    is_str(ledger_money("1234567.80", buf, sizeof buf), "1,234,567.80", "grouped by thousands");
    is_str(ledger_money("-6000.00", buf, sizeof buf), "-6,000.00", "a reversal keeps its minus sign");
    is_str(ledger_money("999.00", buf, sizeof buf), "999.00", "no separator below a thousand");
    is_str(ledger_money("1234567.80", buf, 6), "12345", "a too-small buffer gets the plain number, cut, never overrun");
    return done_testing();
}
