-- The period close (issue 7): how far a run has got, so a close interrupted by a restart resumes after the
-- last partner it finished and the admin page can show progress. A run walks the partners due a statement
-- in id order, a chunk per transaction; last_partner_id is the cursor committed with each chunk.
ALTER TABLE statement_run
    ADD COLUMN partners_due    INT    NOT NULL DEFAULT 0,
    ADD COLUMN partners_done   INT    NOT NULL DEFAULT 0,
    ADD COLUMN last_partner_id BIGINT NULL,
    ADD COLUMN failure         VARCHAR(2000) NULL,
    ADD CONSTRAINT ck_statement_run_progress CHECK (partners_done >= 0 AND partners_due >= 0);

-- Revenue share and reseller agreements may name the one currency the partner settles in; a registration
-- in another currency is then a currency mismatch that stops the close before anything is written.
-- Without one, each currency is settled apart as before.
ALTER TABLE partner_agreement DROP CONSTRAINT ck_agreement_terms;
ALTER TABLE partner_agreement ADD CONSTRAINT ck_agreement_terms CHECK (
    (model = 'RESELLER' AND discount_percent > 0 AND discount_percent <= 100
        AND annual_fee IS NULL AND day_rate IS NULL AND revenue_share_percent IS NULL)
    OR (model = 'CONTENT_LICENSING' AND annual_fee > 0 AND currency IS NOT NULL
        AND discount_percent IS NULL AND day_rate IS NULL AND revenue_share_percent IS NULL)
    OR (model = 'PAY_PER_DELIVERY' AND day_rate > 0 AND currency IS NOT NULL
        AND discount_percent IS NULL AND annual_fee IS NULL AND revenue_share_percent IS NULL)
    OR (model = 'REVENUE_SHARE' AND revenue_share_percent > 0 AND revenue_share_percent <= 100
        AND discount_percent IS NULL AND annual_fee IS NULL AND day_rate IS NULL));

-- The close finds a period's late events by type and time (ix_registration_event_type_time) and the
-- statements already issued to a partner by partner (uq_statement_partner_period); lines by registration
-- (ix_statement_line_registration). Nothing more to index.
