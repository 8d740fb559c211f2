-- 104_resettlement: resettlement as it really happens (issue 15, item 6).
-- A household that chose a flat (产权调换) is allocated one — community,
-- building, unit, room and area, one household per flat — is paid a monthly
-- transition allowance (过渡费) from the day it vacated until it moves in,
-- and its case closes only once it has moved in (安置到位).  "Households
-- resettled" now counts move-in dates, not the day the case was closed.
ALTER TABLE casedesk.expropriation
    ADD COLUMN flat_building text CONSTRAINT exp_flat_building_length CHECK (length(flat_building) <= 20),
    ADD COLUMN flat_unit text CONSTRAINT exp_flat_unit_length CHECK (length(flat_unit) <= 10),
    ADD COLUMN flat_room text CONSTRAINT exp_flat_room_length CHECK (length(flat_room) <= 10),
    ADD COLUMN flat_area_m2 numeric(8,2) CONSTRAINT exp_flat_area_range CHECK (flat_area_m2 > 0 AND flat_area_m2 < 1000),
    ADD COLUMN flat_allocated_on date,
    ADD COLUMN moved_in_on date,
    ADD COLUMN transition_monthly numeric(10,2) CONSTRAINT exp_transition_range
        CHECK (transition_monthly >= 0 AND transition_monthly < 100000),
    ADD CONSTRAINT exp_flat_allocation_whole CHECK (
        (flat_allocated_on IS NULL) = (flat_building IS NULL)
        AND (flat_allocated_on IS NULL) = (flat_room IS NULL)
        AND (flat_allocated_on IS NULL) = (flat_area_m2 IS NULL)),
    ADD CONSTRAINT exp_flat_allocation_for_flat CHECK (flat_allocated_on IS NULL OR resettlement = 'flat'),
    ADD CONSTRAINT exp_moved_in_allocated CHECK (moved_in_on IS NULL OR moved_in_on >= flat_allocated_on),
    ADD CONSTRAINT exp_allocated_after_signing CHECK (flat_allocated_on >= signed_on);
-- one household per flat
CREATE UNIQUE INDEX expropriation_flat_unique ON casedesk.expropriation
    (community_id, flat_building, coalesce(flat_unit, ''), flat_room) WHERE flat_room IS NOT NULL;
CREATE INDEX expropriation_moved_in_idx ON casedesk.expropriation (moved_in_on) WHERE moved_in_on IS NOT NULL;

INSERT INTO casedesk.case_step (kind, step, from_status, to_status, label_zh, label_en, needs, ord) VALUES
  ('expropriation', 'allocate_flat', '{agreement_signed,compensation_paid,vacated,demolished}', NULL,
   '分配安置房', 'Allocate the resettlement flat', '{on,building,unit_no,room,flat_area,monthly}', 55),
  ('expropriation', 'move_in', '{vacated,demolished}', NULL, '安置入住', 'Moved into the flat', '{on}', 65);

-- Households already closed with a flat moved in on the day their case was
-- closed (the old count), so the totals stay what they were; the flat's
-- address was never recorded, so it says so ("—", the case id as the room
-- keeps one household per flat).  Audited like any change.
UPDATE casedesk.expropriation e
   SET flat_building = '—', flat_room = e.id::text, flat_area_m2 = coalesce(least(e.house_area, 999), 90),
       flat_allocated_on = greatest(c.closed_on, e.signed_on), moved_in_on = greatest(c.closed_on, e.signed_on)
  FROM casedesk.case_file c
 WHERE c.id = e.id AND c.closed_on IS NOT NULL AND e.resettlement = 'flat' AND e.party_kind = 'household';
