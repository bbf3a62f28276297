-- A close also owes a statement to a partner with no agreement in force in the period when a seat it was
-- settled for earlier changed in the period (cancelled, voided, refunded...): the late adjustment needs a
-- statement to land in. Those partners are found once, when the run opens (a scan of the period's ledger
-- events), and kept here so that each chunk of the close reads them by run, in partner order, cheaply.
CREATE TABLE statement_run_late_partner (
    run_id     BIGINT NOT NULL,
    partner_id BIGINT NOT NULL,
    PRIMARY KEY (run_id, partner_id),
    CONSTRAINT fk_run_late_partner_run FOREIGN KEY (run_id) REFERENCES statement_run (id),
    CONSTRAINT fk_run_late_partner_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
