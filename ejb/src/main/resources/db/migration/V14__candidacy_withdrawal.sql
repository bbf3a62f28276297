-- Who withdrew a trainer candidacy and why (the withdrawal needs a reason; V13 had nowhere to keep it).
ALTER TABLE trainer_candidacy
    ADD COLUMN withdrawn_by      VARCHAR(100)  NULL,
    ADD COLUMN withdrawal_reason VARCHAR(2000) NULL;
