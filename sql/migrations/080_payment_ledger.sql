-- 080_payment_ledger: payments are a ledger, and a mistyped payment is
-- corrected by a reversal entry (issue 15, "money as a ledger").
--
-- A reversal is a row of casedesk.payment of its own: a negative amount,
-- the payment it corrects (reverses_id, of the same case) and the reason,
-- which is required.  The original row stays as it was (payment_immutable);
-- the sum of a case's amounts is what has been paid, and the payment
-- trigger (payment_apply) keeps expropriation.paid_total, "paid so far",
-- equal to it.  A payment may be reversed in parts, never by more than it
-- was; a reversal is never itself reversed (record the payment again
-- instead).  casedesk.payment_reverse (functions/080_ledger.sql) is the one
-- way in; the trigger payment_reversal_check holds the rules under the row
-- lock every ledger write of a case takes, so two racing reversals of the
-- same payment cannot both go through.
ALTER TABLE casedesk.payment
    DROP CONSTRAINT payment_amount_range,
    ADD CONSTRAINT payment_amount_range CHECK (amount <> 0 AND abs(amount) < 1e10),
    ADD COLUMN reverses_id bigint,
    ADD COLUMN reason text,
    ADD CONSTRAINT payment_id_case UNIQUE (id, case_id),
    ADD CONSTRAINT payment_reverses_fk FOREIGN KEY (reverses_id, case_id)
        REFERENCES casedesk.payment(id, case_id),
    ADD CONSTRAINT payment_entry_kind CHECK (
        (reverses_id IS NULL AND amount > 0 AND reason IS NULL)
        OR (reverses_id IS NOT NULL AND amount < 0 AND btrim(reason) <> '')),
    ADD CONSTRAINT payment_reverses_other CHECK (reverses_id <> id),
    ADD CONSTRAINT payment_reason_length CHECK (char_length(reason) <= 500);
CREATE INDEX payment_reverses_idx ON casedesk.payment(reverses_id) WHERE reverses_id IS NOT NULL;
