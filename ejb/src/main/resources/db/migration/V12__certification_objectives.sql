-- Partner certification objectives, the risks the academy told partners about, and tier proposals.

-- An objective: at least required_count people in position, each holding definition_id (certified and
-- not past expiry). It applies to one partner (partner_id) or to every partner of a tier (tier_code),
-- never both. A tier's objectives also decide which tier a partner qualifies for.
CREATE TABLE certification_objective (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id     BIGINT      NULL,
    tier_code      VARCHAR(40) NULL,
    definition_id  BIGINT      NOT NULL,
    position       VARCHAR(40) NOT NULL,
    required_count INT         NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_objective_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_objective_tier FOREIGN KEY (tier_code) REFERENCES partner_tier (code),
    CONSTRAINT fk_objective_definition FOREIGN KEY (definition_id) REFERENCES certification_definition (id),
    CONSTRAINT uq_objective_partner UNIQUE (partner_id, definition_id, position),
    CONSTRAINT uq_objective_tier UNIQUE (tier_code, definition_id, position),
    CONSTRAINT ck_objective_scope CHECK ((partner_id IS NULL) <> (tier_code IS NULL)),
    CONSTRAINT ck_objective_count CHECK (required_count BETWEEN 1 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner told that expiries in the coming days would break an objective. One open risk per partner and
-- objective (open_objective_id is set while cleared_at is NULL): the admins are told once per risk, and
-- again only after it cleared (renewals, new certifications) and came back.
CREATE TABLE objective_risk (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id        BIGINT      NOT NULL,
    objective_id      BIGINT      NOT NULL,
    opened_at         DATETIME(6) NOT NULL,
    certified_count   INT         NOT NULL,
    expiring_count    INT         NOT NULL,
    first_expiry_at   DATETIME(6) NULL,
    cleared_at        DATETIME(6) NULL,
    open_objective_id BIGINT AS (IF(cleared_at IS NULL, objective_id, NULL)) PERSISTENT,
    CONSTRAINT fk_objective_risk_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_objective_risk_objective FOREIGN KEY (objective_id) REFERENCES certification_objective (id) ON DELETE CASCADE,
    CONSTRAINT uq_objective_risk_open UNIQUE (partner_id, open_objective_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A change of tier that met objectives call for, waiting for the vendor: never applied by itself.
-- status: PROPOSED, ACCEPTED (the partner's tier was changed), DECLINED, WITHDRAWN (the qualification
-- changed again before anyone decided). At most one PROPOSED per partner (open_partner_id).
CREATE TABLE tier_proposal (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id      BIGINT        NOT NULL,
    current_tier    VARCHAR(40)   NOT NULL,
    proposed_tier   VARCHAR(40)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    proposed_at     DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by      BIGINT        NULL,
    open_partner_id BIGINT AS (IF(status = 'PROPOSED', partner_id, NULL)) PERSISTENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_tier_proposal_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_tier_proposal_current FOREIGN KEY (current_tier) REFERENCES partner_tier (code),
    CONSTRAINT fk_tier_proposal_proposed FOREIGN KEY (proposed_tier) REFERENCES partner_tier (code),
    CONSTRAINT fk_tier_proposal_decided_by FOREIGN KEY (decided_by) REFERENCES person (id),
    CONSTRAINT uq_tier_proposal_open UNIQUE (open_partner_id),
    INDEX ix_tier_proposal_status (status, proposed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
