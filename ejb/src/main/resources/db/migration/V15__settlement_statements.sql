-- Settlement statements (issue 7): what each partner is owed or owes for a period under its agreement,
-- reviewed by the partner, disputed and adjusted by the vendor's finance role, then locked.

-- What a statement reads that the ledger did not yet hold.
-- A registration's discount is frozen when its seat is taken, like its list price. A refund is an event
-- of the ledger (REFUNDED, with its amount), so a refund after a period was locked lands in the next
-- period as an adjustment, like any late event.
ALTER TABLE registration
    ADD COLUMN discount_amount DECIMAL(12, 2) NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_registration_discount CHECK (discount_amount >= 0 AND discount_amount <= list_price),
    ADD INDEX ix_registration_seller_created (selling_partner_id, created_at),
    ADD INDEX ix_registration_delivering_created (delivering_partner_id, created_at);

ALTER TABLE registration_event
    ADD COLUMN amount DECIMAL(12, 2) NULL,
    ADD CONSTRAINT ck_registration_event_amount CHECK (amount IS NULL OR amount > 0),
    ADD INDEX ix_registration_event_registration_time (registration_id, occurred_at);

-- What a content licence allows per statement period (NULL = unlimited).
ALTER TABLE partner_agreement
    ADD COLUMN licensed_sessions      INT NULL,
    ADD COLUMN licensed_learner_seats INT NULL,
    ADD CONSTRAINT ck_agreement_licence_limits CHECK ((licensed_sessions IS NULL OR licensed_sessions >= 0)
        AND (licensed_learner_seats IS NULL OR licensed_learner_seats >= 0));

-- One close of one period: started by the period-end timer or a vendor admin. Running it again for the
-- same period issues statements only to partners that have none yet (a partner or agreement added late).
CREATE TABLE statement_run (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_from         DATE         NOT NULL,
    period_to           DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    started_by          VARCHAR(100) NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    finished_at         DATETIME(6)  NULL,
    statements_issued   INT          NOT NULL DEFAULT 0,
    process_instance_id VARCHAR(64)  NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_statement_run_period CHECK (period_from <= period_to),
    INDEX ix_statement_run_period (period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One partner's statement for one period under one agreement (two when an agreement ends mid-period).
-- Lines are never edited: a correction is an ADJUSTMENT line and the statement is re-issued (revision
-- + 1). Once confirmed it is LOCKED: it gets its number and the SHA-256 of its content, and nothing of it
-- changes again; the version column makes a confirm racing a dispute lose cleanly.
CREATE TABLE partner_statement (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    agreement_id    BIGINT       NOT NULL,
    model           VARCHAR(40)  NOT NULL,
    direction       VARCHAR(30)  NOT NULL,
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    revision        INT          NOT NULL DEFAULT 1,
    issued_at       DATETIME(6)  NOT NULL,
    review_due_at   DATETIME(6)  NOT NULL,
    confirmed_via   VARCHAR(20)  NULL,
    confirmed_by    VARCHAR(100) NULL,
    confirmed_at    DATETIME(6)  NULL,
    statement_number VARCHAR(40) NULL,
    content_hash    VARCHAR(64)  NULL,
    locked_at       DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_statement_partner_period UNIQUE (partner_id, agreement_id, period_from),
    CONSTRAINT uq_statement_number UNIQUE (statement_number),
    CONSTRAINT fk_statement_run FOREIGN KEY (run_id) REFERENCES statement_run (id),
    CONSTRAINT fk_statement_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_statement_agreement FOREIGN KEY (agreement_id) REFERENCES partner_agreement (id),
    CONSTRAINT ck_statement_period CHECK (period_from <= period_to),
    CONSTRAINT ck_statement_status CHECK (status IN ('ISSUED', 'DISPUTED', 'LOCKED')),
    CONSTRAINT ck_statement_locked CHECK (status <> 'LOCKED'
        OR (statement_number IS NOT NULL AND content_hash IS NOT NULL AND locked_at IS NOT NULL
            AND confirmed_via IS NOT NULL AND confirmed_at IS NOT NULL)),
    INDEX ix_statement_period_status (period_from, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Gapless statement numbers per year: the row is locked while a number is taken.
CREATE TABLE statement_number_counter (
    year        INT    NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines of a statement, written once. The columns after `sources` copy what the reports filter on
-- (location, course, offering, session, trainer) so a report never re-reads the ledger. `sources` lists
-- where the line came from as KIND:id pairs (REGISTRATION:12,REGISTRATION_EVENT:40,...).
-- An ADJUSTMENT is finance's answer to a dispute; a LATE_ADJUSTMENT carries a late ledger event of an
-- earlier, already issued period into this one (adjusts_statement_id names that statement).
CREATE TABLE partner_statement_line (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id         BIGINT         NOT NULL,
    line_no              INT            NOT NULL,
    kind                 VARCHAR(30)    NOT NULL,
    description          VARCHAR(500)   NOT NULL,
    basis_amount         DECIMAL(14, 4) NOT NULL,
    percent              DECIMAL(7, 4)  NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    currency             VARCHAR(3)     NOT NULL,
    sources              VARCHAR(2000)  NOT NULL,
    registration_id      BIGINT         NULL,
    session_id           BIGINT         NULL,
    trainer_id           BIGINT         NULL,
    course_id            BIGINT         NULL,
    offering_id          BIGINT         NULL,
    location_id          BIGINT         NULL,
    learner_id           BIGINT         NULL,
    adjusts_statement_id BIGINT         NULL,
    dispute_id           BIGINT         NULL,
    created_by           VARCHAR(100)   NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    CONSTRAINT uq_statement_line_no UNIQUE (statement_id, line_no),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES partner_statement (id),
    CONSTRAINT fk_statement_line_adjusts FOREIGN KEY (adjusts_statement_id) REFERENCES partner_statement (id),
    CONSTRAINT ck_statement_line_kind CHECK (kind IN ('REVENUE_SHARE', 'SEAT', 'LICENCE_FEE', 'DELIVERY_DAY',
        'ADJUSTMENT', 'LATE_ADJUSTMENT')),
    INDEX ix_statement_line_registration (registration_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The usage of a content licence in the period against its limits.
CREATE TABLE partner_statement_usage (
    statement_id  BIGINT       NOT NULL,
    metric        VARCHAR(30)  NOT NULL,
    used          INT          NOT NULL,
    licensed      INT          NULL,
    over_used     BOOLEAN      NOT NULL,
    PRIMARY KEY (statement_id, metric),
    CONSTRAINT fk_statement_usage_statement FOREIGN KEY (statement_id) REFERENCES partner_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner admin's dispute of one line (or of the statement as a whole when line_id is NULL) and
-- finance's resolution: ADJUSTED (with an adjustment line) or REJECTED (with a reason).
CREATE TABLE statement_dispute (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id    BIGINT        NOT NULL,
    line_id         BIGINT        NULL,
    revision        INT           NOT NULL,
    comment         VARCHAR(2000) NOT NULL,
    raised_by       VARCHAR(100)  NOT NULL,
    raised_at       DATETIME(6)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    resolution_note VARCHAR(2000) NULL,
    resolved_by     VARCHAR(100)  NULL,
    resolved_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_dispute_line_revision UNIQUE (statement_id, line_id, revision),
    CONSTRAINT fk_dispute_statement FOREIGN KEY (statement_id) REFERENCES partner_statement (id),
    CONSTRAINT fk_dispute_line FOREIGN KEY (line_id) REFERENCES partner_statement_line (id),
    CONSTRAINT ck_dispute_status CHECK (status IN ('OPEN', 'ADJUSTED', 'REJECTED')),
    INDEX ix_dispute_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE partner_statement_line
    ADD CONSTRAINT fk_statement_line_dispute FOREIGN KEY (dispute_id) REFERENCES statement_dispute (id);
