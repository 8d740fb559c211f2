-- 090_home_indexes: the home screen's queue of extension requests reads the
-- ten oldest pending ones (issue 16).  The partial index of 021 holds
-- requested_at only, so ORDER BY requested_at, id LIMIT 10 still read and
-- sorted all 1,895 pending rows (and joined each to its task) at scale 200;
-- with the id in the index the plan reads ten.
CREATE INDEX task_extension_pending_order_idx
    ON casedesk.task_extension (requested_at, id) WHERE status = 'pending';
