-- functions/080_ledger.sql: the compensation ledger (migration 080):
-- reversal entries, and the funds of each project (专户, 包装的拆迁资金,
-- committed, paid, 资金需求出入).
-- One current definition of each function and trigger here; init re-runs
-- this file whenever it changes (README, HACKING).

-- The rules of a reversal row, under the lock of the case's ledger:
-- payment_apply (functions/011) fires first (trigger names fire in order),
-- locks the expropriation row and adds the (negative) amount to paid_total;
-- this trigger then refuses what must not be, and the whole insert goes.
-- A second reversal racing the first waits for that lock and, once it has
-- it, sees the first one here (each statement of a READ COMMITTED function
-- reads the latest committed rows).
CREATE OR REPLACE FUNCTION casedesk.payment_reversal_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.payment;
    v_reversed numeric;
BEGIN
    IF NEW.reverses_id IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT * INTO o FROM casedesk.payment WHERE id = NEW.reverses_id AND case_id = NEW.case_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal must name a payment of the same case.';
    END IF;
    IF o.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A reversal cannot itself be reversed; record the payment again instead.';
    END IF;
    IF coalesce(btrim(NEW.reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal needs a reason.';
    END IF;
    SELECT coalesce(-sum(r.amount), 0) INTO v_reversed
      FROM casedesk.payment r WHERE r.reverses_id = o.id;
    IF v_reversed >= o.amount THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The payment of %s yuan has already been reversed in full.', o.amount);
    END IF;
    IF -NEW.amount > o.amount - v_reversed THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A reversal of %s yuan is larger than what is left of the payment: %s of %s yuan.',
            -NEW.amount, o.amount - v_reversed, o.amount);
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER payment_reversal_check BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.payment_reversal_check();

-- Reverse a payment (all of what is left of it, or p_amount yuan of it),
-- with the reason, as a new ledger row dated today; returns its id.  Staff
-- of the case's unit, while the compensation is being paid (the case at
-- agreement_signed: once it is marked as paid in full the household moves
-- on and the figure is final).
CREATE OR REPLACE FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text,
        p_amount numeric DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    o casedesk.payment;
    v_case bigint;
    v_left numeric;
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the case''s town or office may change a case.';
    END IF;
    SELECT case_id INTO v_case FROM casedesk.payment
     WHERE id = p_payment_id AND unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This payment does not exist or does not belong to your unit.';
    END IF;
    c := casedesk.case_for_staff(v_case);          -- locks the case: ledger writes queue here
    SELECT * INTO o FROM casedesk.payment WHERE id = p_payment_id;
    IF o.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A reversal cannot itself be reversed; record the payment again instead.';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal needs a reason.';
    END IF;
    IF char_length(p_reason) > 500 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason may be at most 500 characters long.';
    END IF;
    IF c.status <> 'agreement_signed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A payment can be reversed only while the compensation is being paid, before it is marked as paid in full.';
    END IF;
    SELECT o.amount + coalesce(sum(r.amount), 0) INTO v_left
      FROM casedesk.payment r WHERE r.reverses_id = o.id;
    IF v_left <= 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The payment of %s yuan has already been reversed in full.', o.amount);
    END IF;
    IF p_amount IS NOT NULL AND (p_amount <= 0 OR p_amount <> round(p_amount, 2)) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The amount to reverse must be greater than 0, with at most two decimals.';
    END IF;
    IF p_amount > v_left THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A reversal of %s yuan is larger than what is left of the payment: %s of %s yuan.',
            p_amount, v_left, o.amount);
    END IF;
    INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, voucher_no,
                                  reverses_id, reason)
    VALUES (o.case_id, o.unit_id, -coalesce(p_amount, v_left), casedesk.today(), o.payee, o.account,
            o.voucher_no, o.id, btrim(p_reason))
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.payment_reverse(bigint, text, numeric)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The funds of each project (or of the one whose code is given), for the
-- funds screen and `casedesk-admin report funds`: the dedicated account
-- (专户), the packaged budget (包装的拆迁资金), the area's estimated need,
-- what the signed agreements commit, what has been paid (net of
-- reversals), what is still to pay, and the gap (资金需求出入): the real
-- need (the estimate, or what is already committed when that is more)
-- minus the packaged budget; positive means the budget falls short.  Sums
-- per project only, like the briefing, so every role may read them.
CREATE OR REPLACE FUNCTION casedesk.project_funds(p_project_code text DEFAULT NULL)
    RETURNS TABLE (project_id integer, code text, name text, kind text, account_no text,
                   budget_packaged numeric, funding_need numeric, households bigint,
                   signed bigint, committed numeric, paid numeric, reversed numeric,
                   to_pay numeric, gap numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF casedesk.my_role() IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may read the project funds.';
    END IF;
    IF p_project_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM casedesk.project p WHERE p.code = p_project_code) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('There is no project with the code "%s".', p_project_code);
    END IF;
    RETURN QUERY
    WITH x AS (
        SELECT e.project_id, count(*) AS households,
               count(*) FILTER (WHERE e.signed_on IS NOT NULL) AS signed,
               coalesce(sum(e.assessed_compensation) FILTER (WHERE e.signed_on IS NOT NULL), 0) AS committed,
               coalesce(sum(e.paid_total), 0) AS paid
          FROM casedesk.expropriation e
         GROUP BY e.project_id
    ), r AS (
        SELECT e.project_id, -sum(pm.amount) AS reversed
          FROM casedesk.payment pm JOIN casedesk.expropriation e ON e.id = pm.case_id
         WHERE pm.reverses_id IS NOT NULL
         GROUP BY e.project_id
    )
    SELECT p.id, p.code, p.name, p.kind, p.account_no, p.budget_packaged, p.funding_need,
           coalesce(x.households, 0), coalesce(x.signed, 0), coalesce(x.committed, 0),
           coalesce(x.paid, 0), coalesce(r.reversed, 0),
           coalesce(x.committed, 0) - coalesce(x.paid, 0),
           greatest(p.funding_need, coalesce(x.committed, 0)) - p.budget_packaged
      FROM casedesk.project p
      LEFT JOIN x ON x.project_id = p.id
      LEFT JOIN r ON r.project_id = p.id
     WHERE p_project_code IS NULL OR p.code = p_project_code
     ORDER BY p.code;
END $$;

REVOKE ALL ON FUNCTION casedesk.project_funds(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.project_funds(text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
