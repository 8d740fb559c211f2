-- resettlement: a household resettled in a flat (issue 15, item 6;
-- migration 104) — the flat allocated (one household per flat), the
-- transition allowance owed from vacating until moving in, the case closed
-- only once the household has moved in, and "households resettled" counted
-- on the move-in date.  As real login roles; everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

-- the kept total the briefing's "households resettled" sums (owner's view)
CREATE FUNCTION pg_temp.resettled(p_year integer) RETURNS bigint LANGUAGE sql AS $$
    SELECT coalesce(sum(n), 0)::bigint FROM casedesk.unit_day_total
     WHERE kind = 'flat' AND extract(year FROM day) = p_year $$;
GRANT EXECUTE ON FUNCTION pg_temp.resettled(integer) TO PUBLIC;

SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT min(id) AS comm FROM casedesk.resettlement_community \gset
:as_gmz
SELECT min(v.id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset

-- one household taking a flat, one taking money
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '安置户刘一', '11010519491231002X', NULL, NULL,
                                          110, NULL, current_date - 200) AS h \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '货币户陈二', '610902198001011230', NULL, NULL,
                                          90, NULL, current_date - 200) AS m \gset
SELECT pg_temp.step(:h, 'survey', pg_temp.d(190)) AS ignored \gset
SELECT pg_temp.step(:h, 'assess', pg_temp.d(180, '{"amount":"300000"}')) AS ignored \gset
SELECT pg_temp.step(:h, 'sign', pg_temp.d(170, jsonb_build_object('resettlement', 'flat', 'community_id', :comm))) AS ignored \gset
SELECT pg_temp.step(:m, 'survey', pg_temp.d(190)) AS ignored \gset
SELECT pg_temp.step(:m, 'assess', pg_temp.d(180, '{"amount":"200000"}')) AS ignored \gset
SELECT pg_temp.step(:m, 'sign', pg_temp.d(170, '{"resettlement":"money"}')) AS ignored \gset

SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'allocate_flat', pg_temp.d(100, '{"building":"3号楼","room":"502","flat_area":"95"}'))$$, :m)),
             'Only a household that chose a resettlement flat%', 'a household that took money is allocated no flat');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'move_in', pg_temp.d(100))$$, :h)),
             'The step "move_in" is not possible while the case is agreement_signed%', 'no move-in before vacating');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'allocate_flat', pg_temp.d(175, '{"building":"3号楼","room":"502","flat_area":"95"}'))$$, :h)),
             'A flat cannot be allocated before the agreement was signed%', 'no allocation dated before the agreement');
SELECT pg_temp.step(:h, 'allocate_flat', pg_temp.d(160, '{"building":"3号楼","unit_no":"1单元","room":"502","flat_area":"95.5","monthly":"1500"}')) AS ignored \gset
SELECT is((SELECT flat_building || ' ' || flat_unit || ' ' || flat_room || ' ' || flat_area_m2 || ' ' || transition_monthly
             FROM casedesk.expropriation WHERE id = :h), '3号楼 1单元 502 95.50 1500.00', 'the flat is allocated with its area and allowance');

-- the same flat cannot go to a second household
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '安置户王三', '11010519491231002X', NULL, NULL,
                                          100, NULL, current_date - 200) AS h2 \gset
SELECT pg_temp.step(:h2, 'survey', pg_temp.d(190)) AS ignored \gset
SELECT pg_temp.step(:h2, 'assess', pg_temp.d(180, '{"amount":"250000"}')) AS ignored \gset
SELECT pg_temp.step(:h2, 'sign', pg_temp.d(170, jsonb_build_object('resettlement', 'flat', 'community_id', :comm))) AS ignored \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'allocate_flat', pg_temp.d(150, '{"building":"3号楼","unit_no":"1单元","room":"502","flat_area":"80"}'))$$, :h2)),
             'That flat is already allocated to another household%', 'one household per flat');
:as_su
SELECT alike(pg_temp.try(format($$UPDATE casedesk.expropriation SET flat_building = '3号楼', flat_unit = '1单元', flat_room = '502',
                                  flat_area_m2 = 80, flat_allocated_on = current_date - 150 WHERE id = %s$$, :h2)),
             '%expropriation_flat_unique%', 'even the owner cannot give one flat to two households');
:as_gmz

-- paid, vacated, demolished: not yet resettled, and the case stays open
SELECT casedesk.payment_add(:h, 300000, current_date - 150, '安置户刘一', 'PZ9') AS ignored \gset
SELECT pg_temp.step(:h, 'pay_complete', '{}'::jsonb) AS ignored \gset
SELECT pg_temp.step(:h, 'vacate', pg_temp.d(120)) AS ignored \gset
SELECT pg_temp.step(:h, 'demolish', pg_temp.d(100)) AS ignored \gset
SELECT is((SELECT count(*) FROM casedesk.case_next_steps(:h) WHERE step = 'close')::int, 0,
          'a flat household''s case is not offered for closing before it moves in');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'close', pg_temp.d(90))$$, :h)),
             'A household resettled in a flat is closed once it has moved in%', 'closing it is refused');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'move_in', pg_temp.d(161))$$, :h)),
             '%earlier than%', 'a move-in dated before the steps already recorded is refused');
:as_su
SELECT pg_temp.resettled(extract(year FROM current_date)::int) AS r0 \gset
:as_gmz
SELECT pg_temp.step(:h, 'move_in', pg_temp.d(0)) AS ignored \gset
:as_su
SELECT is(pg_temp.resettled(extract(year FROM current_date)::int), :'r0'::bigint + 1,
          'households resettled count the household in the year it moved in');
:as_gmz
SELECT pg_temp.step(:h, 'close', pg_temp.d(0)) AS ignored \gset
:as_su
SELECT is(pg_temp.resettled(extract(year FROM current_date)::int), :'r0'::bigint + 1,
          'closing the case afterwards does not count it twice');
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :h), 'closed', 'moved in, the case closes');
-- the money household closes as before
:as_gmz
SELECT casedesk.payment_add(:m, 200000, current_date - 150, '货币户陈二', 'PZ10') AS ignored \gset
SELECT pg_temp.step(:m, 'pay_complete', '{}'::jsonb) AS ignored \gset
SELECT pg_temp.step(:m, 'vacate', pg_temp.d(120)) AS ignored \gset
SELECT pg_temp.step(:m, 'demolish', pg_temp.d(100)) AS ignored \gset
SELECT pg_temp.step(:m, 'close', pg_temp.d(90)) AS ignored \gset
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :m), 'closed', 'a household that took money closes without moving in');
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.expropriation WHERE id = :h)::int, 0, 'another town sees nothing of it');

SELECT * FROM finish();
ROLLBACK;
