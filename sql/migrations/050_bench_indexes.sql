-- 050_bench_indexes: indexes found missing by `make bench` (scale 200,
-- 1.6 million cases).
--
-- Households resettled into flats (casedesk.unit_actuals "flat", and
-- briefing_expropriation "r"): the cases closed in the period are joined to
-- expropriation rows of household + flat.  unit_actuals is a SQL function,
-- planned generically (the dates are parameters), so the planner expects a
-- few hundred closed cases and probes expropriation_pkey once per closed
-- case, reading the heap row to test party_kind and resettlement: 254,000
-- heap probes for one year, 2.1 s of the 2.9 s of unit_actuals.  With this
-- partial index the probe is an index-only lookup in a smaller index:
-- unit_actuals 2.9 s -> 0.8 s, unit_scores (the progress screen) and
-- ranking 2.1 s -> 0.65 s on the bench machine.
CREATE INDEX IF NOT EXISTS expropriation_flat_household_idx
    ON casedesk.expropriation (id)
 WHERE party_kind = 'household' AND resettlement = 'flat';
