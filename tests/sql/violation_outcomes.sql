-- violation_outcomes: the ways a two-violations case really ends (issue 15,
-- item 4; migration 101): found lawful after verification (核实不属违法),
-- void when registered in error (作废) — both closed with a reason and
-- counted in no figure — and the area actually demolished or rectified;
-- the class (stock, the city's / new, the district's) from the built-on
-- date.  As real login roles; everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'


-- the figures the totals keep, as the owner sees them
CREATE FUNCTION pg_temp.removed(p_unit text) RETURNS bigint LANGUAGE sql AS $$
    SELECT coalesce(sum(n), 0)::bigint FROM casedesk.unit_day_total t JOIN casedesk.unit u ON u.id = t.unit_id
     WHERE u.code = p_unit AND t.kind IN ('vio:demolished', 'vio:rectified', 'vio:stock_disposal') $$;

SELECT min(id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset
SELECT value AS cut FROM casedesk.setting WHERE key = 'violation.stock_cutoff' \gset
SELECT pg_temp.removed('gmz') AS removed0 \gset

:as_gmz
-- ---------------------------------------------------------------- the class
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 40, '钱一', NULL, 150, 2,
                                      :'cut'::date - 30) AS old_one \gset
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 40, '孙二', NULL, 90, 1,
                                      NULL) AS unknown_built \gset
SELECT is((SELECT stock FROM casedesk.violation WHERE id = :old_one), true,
          'built before the cut-off: stock (市管存量)');
SELECT is((SELECT stock FROM casedesk.violation WHERE id = :unknown_built), :'cut'::date > current_date - 40,
          'built on unknown: the date found decides the class');

-- --------------------------------------------------------- not a violation
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 20, '李三', '关庙村二组', 60, 1)
    AS lawful \gset
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'not_violation', pg_temp.d(19, '{"reason":"有规划许可"}'))$$, :lawful),
                   '%not possible while the case is found%', 'not a violation is refused before the site was verified');
SELECT pg_temp.step(:lawful, 'verify', pg_temp.d(19));
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'not_violation', pg_temp.d(18))$$, :lawful),
                   '%reason is required%', 'not a violation needs a reason');
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :lawful), 'verified', 'nothing was written by the refusal');
SELECT pg_temp.step(:lawful, 'not_violation', pg_temp.d(18, '{"reason":"持有乡村建设规划许可证"}'));
SELECT is((SELECT c.status || ':' || v.resolution || ':' || v.outcome_reason || ':' || (c.closed_on = current_date - 18)
             FROM casedesk.case_file c JOIN casedesk.violation v USING (id) WHERE id = :lawful),
          'closed:not_violation:持有乡村建设规划许可证:true',
          'verified lawful: closed with the outcome, the reason and the date');
SELECT is((SELECT deadline FROM casedesk.case_file WHERE id = :lawful), NULL, 'and no clock runs on it');

-- --------------------------------------------------------------------- void
SELECT casedesk.case_create_violation(:gmz_v, 'land', 'satellite', current_date - 15, '周四', NULL, 500, 0) AS dup \gset
SELECT pg_temp.step(:dup, 'verify', pg_temp.d(14));
SELECT pg_temp.step(:dup, 'stop_notice', pg_temp.d(13, '{"doc_no":"关庙停字〔2026〕第007号"}'));
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'void', pg_temp.d(12, '{"reason":"%s"}'))$$, :dup, repeat('重', 101)),
                   '%at most 100 characters%', 'a reason longer than 100 characters is refused');
SELECT pg_temp.step(:dup, 'void', pg_temp.d(12, '{"reason":"与LW案重复登记"}'));
SELECT is((SELECT c.status || ':' || v.resolution FROM casedesk.case_file c JOIN casedesk.violation v USING (id)
            WHERE id = :dup), 'closed:void', 'a case registered in error is void, from any open status');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'void', pg_temp.d(11, '{"reason":"再次作废"}'))$$, :dup),
                   '%not possible while the case is closed%', 'a closed case cannot be voided again');
:as_ztz
SELECT casedesk.case_create_violation((SELECT min(id) FROM casedesk.village WHERE unit_id = casedesk.my_unit_id()),
    'land', 'report', current_date - 5, '吴五', NULL, 30, 0) AS theirs \gset
:as_gmz
SELECT throws_like(format($$SELECT casedesk.case_transition(%s, 1, 'void', pg_temp.d(1, '{"reason":"x"}'))$$, :theirs),
                   '%does not exist or does not belong to your unit%', 'staff of another unit cannot void a case they cannot see');

-- ---------------------------------------------------------- area removed
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 30, '郑六', NULL, 200, 3) AS big \gset
SELECT pg_temp.step(:big, 'verify', pg_temp.d(29));
SELECT pg_temp.step(:big, 'stop_notice', pg_temp.d(28, '{"doc_no":"关庙停字〔2026〕第008号"}'));
SELECT pg_temp.step(:big, 'order_rectify', pg_temp.d(27, jsonb_build_object('deadline', (current_date - 20)::text)));
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'demolish', pg_temp.d(20, '{"area":"abc"}'))$$, :big),
                   '%number%', 'an area that is not a number is refused');
SELECT pg_temp.step(:big, 'demolish', pg_temp.d(20, '{"area":"185.5"}'));
SELECT is((SELECT resolved_area_m2 FROM casedesk.violation WHERE id = :big), 185.50::numeric(12,2),
          'the area demolished is recorded as asked');
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 30, '冯七', NULL, 75, 1) AS small \gset
SELECT pg_temp.step(:small, 'verify', pg_temp.d(29));
SELECT pg_temp.step(:small, 'stop_notice', pg_temp.d(28, '{"doc_no":"关庙停字〔2026〕第009号"}'));
SELECT pg_temp.step(:small, 'order_rectify', pg_temp.d(27, jsonb_build_object('deadline', (current_date - 20)::text)));
SELECT pg_temp.step(:small, 'rectify', pg_temp.d(20));
SELECT is((SELECT resolved_area_m2 FROM casedesk.violation WHERE id = :small), 75.00::numeric(12,2),
          'without an area, the area found counts as rectified');

-- --------------------------------------------------------------- the figures
:as_su
SELECT is(pg_temp.removed('gmz') - :removed0, 2::bigint,
          'the totals count the demolished and the rectified case, not the lawful or the void one');
SELECT throws_like(format($$UPDATE casedesk.violation SET resolution = 'void', outcome_reason = NULL WHERE id = %s$$, :big),
                   '%vio_outcome_reasoned%', 'even the owner cannot store a void outcome without a reason');

SELECT * FROM finish();
ROLLBACK;
