-- Registration reports and statement views (issue 7).

-- The report keeps a partner's registration when it has a ledger event in the period, and reads its
-- state at period end and its refunds in the period: three look-ups per registration by registration and
-- time. With the event type and amount in the index too, they are answered from the index alone.
ALTER TABLE registration_event
    ADD INDEX ix_registration_event_report (registration_id, occurred_at, event_type, amount);

-- A partner's statements of a period, newest first (the unique key leads with the agreement after the partner).
ALTER TABLE partner_statement
    ADD INDEX ix_statement_partner_period (partner_id, period_from);
