-- Refunds (issue 7): a refund is a REFUNDED event of the registrations ledger carrying the amount given
-- back; seat events carry none. Keeping the two apart in the schema means a statement can sum
-- refunds without guessing which events are money. That all refunds of a registration stay within its
-- discounted price is checked by the application under the registration's row lock (it spans rows).
ALTER TABLE registration_event
    ADD CONSTRAINT ck_registration_event_refund_amount CHECK ((event_type = 'REFUNDED') = (amount IS NOT NULL));
