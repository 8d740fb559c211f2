/* validate_test — field validators, the jump classifier and list search.
 * Valid ID numbers and credit codes are generated here with the check
 * arithmetic written out independently of src/validate.c, then mutated. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "validate.h"

static int n_test, n_fail;

static void ok(int cond, const char *desc)
{
    n_test++;
    if (!cond)
        n_fail++;
    printf("%sok %d - %s\n", cond ? "" : "not ", n_test, desc);
}

static void is_int(long got, long want, const char *desc)
{
    ok(got == want, desc);
    if (got != want)
        printf("#   got %ld, want %ld\n", got, want);
}

static void err_has(const char *err, const char *needle, const char *desc)
{
    ok(strstr(err, needle) != NULL, desc);
    if (!strstr(err, needle))
        printf("#   message: '%s', wanted '%s'\n", err, needle);
}

/* GB 11643 written as the standard does: weight of position i (1-based from
 * the left) is 2^(18-i) mod 11; check = (12 - sum mod 11) mod 11, 10 = X. */
static char id_check(const char *s)
{
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        int w = 1;
        for (int k = 0; k < 17 - i; k++)
            w = w * 2 % 11;
        sum += (s[i] - '0') * w;
    }
    int c = (12 - sum % 11) % 11;
    return c == 10 ? 'X' : (char)('0' + c);
}

static const char ALPHA[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* GB 32100: weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
 * 30, 28 (listed, not computed); check = 31 - sum mod 31, 31 -> 0. */
static char credit_check(const char *s)
{
    static const int w[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (int)(strchr(ALPHA, s[i]) - ALPHA) * w[i];
    int c = 31 - sum % 31;
    return ALPHA[c == 31 ? 0 : c];
}

static unsigned long rng = 12345;
static unsigned next(void)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)(rng >> 33);
}

static void make_id(char out[19])
{
    int y = 1930 + (int)(next() % 90), m = 1 + (int)(next() % 12), d = 1 + (int)(next() % 28);
    snprintf(out, 19, "%06u%04d%02d%02d%03u", 110000 + next() % 550000, y, m, d, next() % 1000);
    out[17] = id_check(out);
    out[18] = 0;
}

static void make_credit(char out[19])
{
    static const char *heads[] = { "91", "92", "93", "11", "12", "51", "52", "Y1" };
    memcpy(out, heads[next() % 8], 2);
    for (int i = 2; i < 17; i++)
        out[i] = i < 8 ? (char)('0' + next() % 10) : ALPHA[next() % 31];
    out[17] = credit_check(out);
    out[18] = 0;
}

static void test_citizen_id(void)
{
    char id[19], bad[19], err[256];
    int valid = 0, caught = 0;

    for (int k = 0; k < 500; k++) {
        make_id(id);
        valid += validate_citizen_id(id, err, sizeof err) == 0;
        memcpy(bad, id, 19);
        int pos = (int)(next() % 17);
        bad[pos] = (char)('0' + (bad[pos] - '0' + 1 + (int)(next() % 9)) % 10);
        caught += validate_citizen_id(bad, err, sizeof err) != 0;
    }
    is_int(valid, 500, "500 generated citizen IDs are valid");
    is_int(caught, 500, "changing any one digit is always caught");
    is_int(validate_citizen_id("11010519491231002X", err, sizeof err), 0, "the GB 11643 sample 11010519491231002X is valid");
    is_int(validate_citizen_id("11010519491231002x", err, sizeof err), 0, "a lower-case x is accepted");
    is_int(validate_citizen_id("110105194912310021", err, sizeof err), -1, "a wrong check digit is refused");
    err_has(err, "check digit", "...with a sentence about the check digit");
    is_int(validate_citizen_id("11010519491231002", err, sizeof err), -1, "17 characters are refused");
    err_has(err, "18 characters", "...with a sentence about the length");
    memcpy(id, "11010119900230001", 17);      /* 30 February */
    id[17] = id_check(id); id[18] = 0;
    is_int(validate_citizen_id(id, err, sizeof err), -1, "a birth date of 30 February is refused");
    err_has(err, "birth date", "...with a sentence about the birth date");
    memcpy(id, "11010120990101001", 17);      /* born in 2099 */
    id[17] = id_check(id);
    is_int(validate_citizen_id(id, err, sizeof err), -1, "a birth date in the future is refused");
    memcpy(id, "11010118991231001", 17);      /* born in 1899 */
    id[17] = id_check(id);
    is_int(validate_citizen_id(id, err, sizeof err), -1, "a birth date before 1900 is refused");
    is_int(validate_citizen_id("1101051949123100XX", err, sizeof err), -1, "X only in the last place");
    is_int(validate_citizen_id(NULL, err, sizeof err), -1, "NULL is refused, not a crash");
    is_int(citizen_id_check_digit("11010519491231002"), 'X', "citizen_id_check_digit computes X");
}

static void test_credit_code(void)
{
    char cc[19], bad[19], err[256];
    int valid = 0, caught = 0;

    for (int k = 0; k < 500; k++) {
        make_credit(cc);
        valid += validate_credit_code(cc, err, sizeof err) == 0;
        memcpy(bad, cc, 19);
        int pos = (int)(next() % 18);
        int v = (int)(strchr(ALPHA, bad[pos]) - ALPHA);
        bad[pos] = ALPHA[(v + 1 + (int)(next() % 30)) % 31];
        caught += validate_credit_code(bad, err, sizeof err) != 0;
    }
    is_int(valid, 500, "500 generated credit codes are valid");
    is_int(caught, 500, "changing any one character is always caught");
    is_int(validate_credit_code("91350100M000100Y43", err, sizeof err), 0, "the published sample 91350100M000100Y43 is valid");
    is_int(validate_credit_code("91350100m000100y43", err, sizeof err), 0, "lower case is accepted");
    is_int(validate_credit_code("91350100M000100Y44", err, sizeof err), -1, "a wrong check character is refused");
    err_has(err, "check character", "...with a sentence about the check character");
    is_int(validate_credit_code("91350100I000100Y43", err, sizeof err), -1, "the letter I is not in the alphabet");
    err_has(err, "I, O, S, V and Z", "...with a sentence naming the excluded letters");
    is_int(validate_credit_code("91350100M000100Y4", err, sizeof err), -1, "17 characters are refused");
    err_has(err, "18 characters", "...with a sentence about the length");
    is_int(credit_code_check_char("91350100M000100Y4"), '3', "credit_code_check_char computes 3");
    is_int(credit_code_check_char("91350100O000100Y4"), 0, "credit_code_check_char rejects O");
}

static void test_simple_fields(void)
{
    char err[256];

    is_int(validate_name_required("王五", err, sizeof err), 0, "a party's name is accepted");
    is_int(validate_name_required("", err, sizeof err), -1, "an empty party or payee is refused");
    is_int(validate_name_required("王\xe2\x80\x8b五", err, sizeof err), -1,
           "a party or payee with a zero-width space (U+200B) is refused");
    err_has(err, "U+200B", "...naming the character");
    is_int(validate_name_required("\xe2\x80\xae五王", err, sizeof err), -1, "so is one with a bidi override (U+202E)");
    is_int(validate_phone("13912345678", err, sizeof err), 0, "mobile 139... is valid");
    is_int(validate_phone("19912345678", err, sizeof err), 0, "mobile 199... is valid");
    is_int(validate_phone("12912345678", err, sizeof err), -1, "mobile 129... is refused");
    err_has(err, "phone number", "...naming the phone number");
    is_int(validate_phone("1391234567", err, sizeof err), -1, "10-digit mobile is refused");
    is_int(validate_phone("0915-3212345", err, sizeof err), 0, "landline with area code and dash");
    is_int(validate_phone("09153212345", err, sizeof err), 0, "landline without dash");
    is_int(validate_phone("010-62345678", err, sizeof err), 0, "Beijing 8-digit landline");
    is_int(validate_phone("3212345", err, sizeof err), -1, "landline without area code is refused");

    is_int(validate_case_no("ZS-2024-000123", err, sizeof err), 0, "case number ZS-2024-000123");
    is_int(validate_case_no("lw-2025-000456", err, sizeof err), 0, "case number in lower case");
    is_int(validate_case_no("ZS-24-123", err, sizeof err), -1, "short case number refused");
    err_has(err, "ZS-2024-000123", "...showing the expected shape");
    is_int(validate_case_no("DB-2024-000123", err, sizeof err), -1, "DB prefix is not a case");
    is_int(validate_task_no("DB-2026-0042", err, sizeof err), 0, "task number DB-2026-0042");
    is_int(validate_task_no("DB-2026-42", err, sizeof err), -1, "task number with 2 digits refused");

    is_int(validate_amount("0", "补偿金额", err, sizeof err), 0, "amount 0");
    is_int(validate_amount("9999999999.99", "补偿金额", err, sizeof err), 0, "largest amount");
    is_int(validate_amount("10000000000", "补偿金额", err, sizeof err), -1, "1e10 refused");
    err_has(err, "补偿金额", "...naming the field");
    is_int(validate_amount("12.345", "x", err, sizeof err), -1, "three decimals refused");
    is_int(validate_amount("-5", "x", err, sizeof err), -1, "negative amount refused");
    is_int(validate_amount("1e5", "x", err, sizeof err), -1, "exponent refused");
    is_int(validate_area("0", "面积", err, sizeof err), -1, "area 0 refused");
    is_int(validate_area("120.5", "面积", err, sizeof err), 0, "area 120.5");
    is_int(validate_area("999999.99", "面积", err, sizeof err), 0, "area just under 1,000,000");
    is_int(validate_area("1000000", "面积", err, sizeof err), -1, "area 1,000,000 refused");
    is_int(validate_land_mu("0.333", "土地", err, sizeof err), 0, "land 0.333 mu");
    is_int(validate_land_mu("1500", "土地", err, sizeof err), -1, "land 1500 mu refused");

    is_int(validate_date("2024-02-29", 0, "日期", err, sizeof err), 0, "29 February in a leap year");
    is_int(validate_date("2023-02-29", 0, "日期", err, sizeof err), -1, "29 February in 2023 refused");
    err_has(err, "日期", "...naming the field");
    is_int(validate_date("2000-02-29", 0, "d", err, sizeof err), 0, "2000 is a leap year");
    is_int(validate_date("1900-02-29", 0, "d", err, sizeof err), -1, "1900 is not");
    is_int(validate_date("2024-13-01", 0, "d", err, sizeof err), -1, "month 13 refused");
    is_int(validate_date("2024-1-1", 0, "d", err, sizeof err), -1, "unpadded date refused");
    is_int(validate_date("2999-01-01", 0, "d", err, sizeof err), 0, "a future date when allowed");
    is_int(validate_date("2999-01-01", VDATE_PAST, "d", err, sizeof err), -1, "a future date when not allowed");
    err_has(err, "future", "...with a sentence about the future");
}

/* Every date validator a form or prompt uses has the one calendar rule. */
static void test_screen_dates(void)
{
    static const struct {
        const char *name;
        int (*valid)(const char *, char *, size_t);
    } v[] = {
        { "a step's date, a patrol date (not future)", validate_date_past },
        { "a case or task deadline, a decision date", validate_date_any },
        { "a target's signing date (may be empty)", validate_date_or_empty },
    };
    char err[256], desc[128];

    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        snprintf(desc, sizeof desc, "%s: 2026-02-31 refused", v[i].name);
        is_int(v[i].valid("2026-02-31", err, sizeof err), -1, desc);
        snprintf(desc, sizeof desc, "%s: 2025-04-31 refused", v[i].name);
        is_int(v[i].valid("2025-04-31", err, sizeof err), -1, desc);
        snprintf(desc, sizeof desc, "%s: 2023-02-29 refused", v[i].name);
        is_int(v[i].valid("2023-02-29", err, sizeof err), -1, desc);
        snprintf(desc, sizeof desc, "%s: 2024-02-29 accepted", v[i].name);
        is_int(v[i].valid("2024-02-29", err, sizeof err), 0, desc);
        snprintf(desc, sizeof desc, "%s: 2024-2-9 refused", v[i].name);
        is_int(v[i].valid("2024-2-9", err, sizeof err), -1, desc);
    }
}

static void test_classify(void)
{
    char id[19], cc[19];

    make_id(id);
    make_credit(cc);
    is_int(validate_classify("ZS-2024-000123"), JUMP_CASE_NO, "classify a case number");
    is_int(validate_classify("lw-2025-000456"), JUMP_CASE_NO, "classify a lower-case case number");
    is_int(validate_classify("XF-2026-000012"), JUMP_CASE_NO, "classify a petition's case number (信访)");
    is_int(validate_classify("DB-2026-0042"), JUMP_TASK_NO, "classify a task number");
    is_int(validate_classify(id), JUMP_CITIZEN_ID, "classify a citizen ID");
    is_int(validate_classify(cc), JUMP_CREDIT_CODE, "classify a credit code");
    is_int(validate_classify("91350100M000100Y43"), JUMP_CREDIT_CODE, "classify the sample credit code");
    is_int(validate_classify("110105194912310021"), JUMP_CITIZEN_ID, "an ID with a typo is still an ID (validated later)");
    is_int(validate_classify("13912345678"), JUMP_PHONE, "classify a mobile number");
    is_int(validate_classify("0915-3212345"), JUMP_PHONE, "classify a landline");
    is_int(validate_classify("张三"), JUMP_NAME, "classify a Chinese name");
    is_int(validate_classify("欧阳·娜娜"), JUMP_NAME, "classify a name with a middle dot");
    is_int(validate_classify("Zhang San"), JUMP_NAME, "classify a Latin name");
    is_int(validate_classify("安康市汉江建材有限公司"), JUMP_NAME, "classify an enterprise name");
    is_int(validate_classify("12345"), JUMP_NONE, "digits alone are nothing");
    is_int(validate_classify("!!!"), JUMP_NONE, "punctuation is nothing");
    is_int(validate_classify(""), JUMP_NONE, "empty is nothing");
    ok(strlen(jump_kind_name(JUMP_PHONE)) > 0, "jump kinds have names");
}

static void test_search(void)
{
    char err[256];
    size_t s, e;
    vsearch_t *vs;

    vs = vsearch_new("a.b", VSEARCH_LITERAL, err, sizeof err);
    ok(vs != NULL, "literal search compiles");
    ok(vsearch_match(vs, "xa.bx", 0, &s, &e) == 1 && s == 1 && e == 4, "literal a.b found at bytes 1-4");
    is_int(vsearch_match(vs, "axb", 0, &s, &e), 0, "literal a.b does not match axb");
    vsearch_free(vs);

    vs = vsearch_new("a.b", 0, err, sizeof err);
    is_int(vsearch_match(vs, "AXB", 0, &s, &e), 1, "pattern search is caseless");
    vsearch_free(vs);

    vs = vsearch_new("张", VSEARCH_LITERAL, err, sizeof err);
    ok(vsearch_match(vs, "王张三", 0, &s, &e) == 1 && s == 3 && e == 6, "UTF-8 match offsets are bytes (3-6)");
    vsearch_free(vs);

    vs = vsearch_new("三", VSEARCH_LITERAL, err, sizeof err);
    int n = 0;
    size_t at = 0;
    while (vsearch_match(vs, "三三x三", at, &s, &e)) {
        n++;
        at = e;
    }
    is_int(n, 3, "every match in a row can be highlighted");
    vsearch_free(vs);

    vs = vsearch_new("é", VSEARCH_LITERAL, err, sizeof err);
    is_int(vsearch_match(vs, "CAFÉ", 0, &s, &e), 1, "caseless beyond ASCII");
    is_int(vsearch_match(vs, "caf\xff\xfe", 0, &s, &e), 0, "invalid UTF-8 in a row is not a crash");
    vsearch_free(vs);

    vs = vsearch_new("x*", 0, err, sizeof err);
    is_int(vsearch_match(vs, "abc", 0, &s, &e), 0, "empty matches are never reported");
    vsearch_free(vs);

    vs = vsearch_new("(", 0, err, sizeof err);
    ok(vs == NULL, "a broken pattern is refused");
    err_has(err, "not valid", "...with a sentence");
    ok(vsearch_new("", 0, err, sizeof err) == NULL, "an empty search is refused");

    validate_cleanup();
    is_int(validate_phone("13912345678", NULL, 0), 0, "patterns compile again after cleanup");
}

int main(void)
{
    test_citizen_id();
    test_credit_code();
    test_simple_fields();
    test_screen_dates();
    test_classify();
    test_search();
    validate_cleanup();
    printf("1..%d\n", n_test);
    return n_fail ? 1 : 0;
}
