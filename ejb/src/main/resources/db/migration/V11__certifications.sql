-- Certifications: definitions with their original and recertification paths, each learner's
-- certification across its cycles, the certificates issued, and an explained history of every change.
-- Dates are computed when a certificate is issued and stored on it, so a later change to a definition
-- (its revision goes up) never rewrites a certificate already issued.

-- level orders stepping stones (1 = Associate, 2 = Professional ...); requires_definition_id is the
-- level below that must be held first. validity is an ISO-8601 period (P2Y, P18M); NULL never expires.
-- expiry_mode: FROM_COMPLETION, FROM_PREVIOUS_EXPIRY, FIXED_DATE (fixed_expiry_day 'MM-DD': the first
-- such day on or after completion plus validity). The recertification window opens window_days before
-- expiry; grace_days after expiry the certification lapses. status: DRAFT, ACTIVE, RETIRED.
CREATE TABLE certification_definition (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(40)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    description            VARCHAR(4000) NULL,
    level                  INT           NOT NULL DEFAULT 1,
    level_name             VARCHAR(60)   NULL,
    requires_definition_id BIGINT        NULL,
    validity               VARCHAR(20)   NULL,
    expiry_mode            VARCHAR(30)   NOT NULL,
    fixed_expiry_day       VARCHAR(5)    NULL,
    window_days            INT           NOT NULL DEFAULT 0,
    grace_days             INT           NOT NULL DEFAULT 0,
    status                 VARCHAR(20)   NOT NULL,
    revision               INT           NOT NULL DEFAULT 1,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_certification_definition_code UNIQUE (code),
    CONSTRAINT uq_certification_definition_name UNIQUE (name),
    CONSTRAINT fk_certification_definition_requires FOREIGN KEY (requires_definition_id) REFERENCES certification_definition (id),
    CONSTRAINT ck_certification_definition_level CHECK (level BETWEEN 1 AND 10),
    CONSTRAINT ck_certification_definition_window CHECK (window_days BETWEEN 0 AND 3650),
    CONSTRAINT ck_certification_definition_grace CHECK (grace_days BETWEEN 0 AND 3650),
    CONSTRAINT ck_certification_definition_fixed CHECK (expiry_mode <> 'FIXED_DATE' OR fixed_expiry_day IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The positions a certification is for (objectives count certified people per position).
CREATE TABLE certification_definition_position (
    definition_id BIGINT      NOT NULL,
    position      VARCHAR(40) NOT NULL,
    PRIMARY KEY (definition_id, position),
    CONSTRAINT fk_certification_position_definition FOREIGN KEY (definition_id) REFERENCES certification_definition (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ways to earn a definition: exactly one ORIGINAL path and any number of (shorter) RECERTIFICATION
-- paths; completing every requirement of any one recertification path recertifies.
CREATE TABLE certification_path (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    definition_id BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    original_of   BIGINT AS (IF(kind = 'ORIGINAL', definition_id, NULL)) PERSISTENT,
    CONSTRAINT fk_certification_path_definition FOREIGN KEY (definition_id) REFERENCES certification_definition (id) ON DELETE CASCADE,
    CONSTRAINT uq_certification_path_name UNIQUE (definition_id, name),
    CONSTRAINT uq_certification_path_original UNIQUE (original_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: COURSE (course completed), LEARNING_PATH (every required step completed), EXAM (a passed
-- attempt with at least min_score_percent), PRACTICAL (a passed attempt at an exam graded by a person),
-- PERFORMANCE (a performance figure metric >= min_value, confirmed by a vendor admin until the KPI
-- issue feeds it).
CREATE TABLE certification_requirement (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    path_id           BIGINT         NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    course_id         BIGINT         NULL,
    learning_path_id  BIGINT         NULL,
    exam_id           BIGINT         NULL,
    min_score_percent INT            NULL,
    metric            VARCHAR(60)    NULL,
    min_value         DECIMAL(12, 2) NULL,
    CONSTRAINT fk_requirement_path FOREIGN KEY (path_id) REFERENCES certification_path (id) ON DELETE CASCADE,
    CONSTRAINT fk_requirement_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_requirement_learning_path FOREIGN KEY (learning_path_id) REFERENCES learning_path (id),
    CONSTRAINT fk_requirement_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
    CONSTRAINT ck_requirement_score CHECK (min_score_percent IS NULL OR min_score_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_requirement_target CHECK (
        (kind = 'COURSE' AND course_id IS NOT NULL)
        OR (kind = 'LEARNING_PATH' AND learning_path_id IS NOT NULL)
        OR (kind IN ('EXAM', 'PRACTICAL') AND exam_id IS NOT NULL)
        OR (kind = 'PERFORMANCE' AND metric IS NOT NULL AND min_value IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's certification for one definition, across every cycle (first certification, each
-- recertification). status: ASSIGNED, IN_PROGRESS, CERTIFIED, WINDOW_OPEN (certified, recertification
-- window open), EXPIRED (past expiry, within grace: a recertification path still counts), LAPSED (past
-- grace: the original path again), REVOKED. The dates are those of the current certificate.
CREATE TABLE certification (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    definition_id       BIGINT      NOT NULL,
    learner_id          BIGINT      NOT NULL,
    status              VARCHAR(20) NOT NULL,
    cycle_no            INT         NOT NULL DEFAULT 1,
    assigned_at         DATETIME(6) NOT NULL,
    assigned_by         BIGINT      NULL,
    certified_at        DATETIME(6) NULL,
    window_opens_at     DATETIME(6) NULL,
    expires_at          DATETIME(6) NULL,
    grace_ends_at       DATETIME(6) NULL,
    process_instance_id VARCHAR(64) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_certification_learner UNIQUE (definition_id, learner_id),
    CONSTRAINT fk_certification_definition FOREIGN KEY (definition_id) REFERENCES certification_definition (id),
    CONSTRAINT fk_certification_learner FOREIGN KEY (learner_id) REFERENCES person (id),
    CONSTRAINT fk_certification_assigned_by FOREIGN KEY (assigned_by) REFERENCES person (id),
    INDEX ix_certification_learner (learner_id, status),
    INDEX ix_certification_status_expiry (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every certificate issued, one per cycle completed. verification_code is what the PDF and its QR code
-- carry and /verify/{code} looks up. status: VALID, SUPERSEDED (a recertification replaced it),
-- EXPIRED, REVOKED; a VALID certificate past expires_at reads as expired on the verify page too.
CREATE TABLE certificate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certification_id    BIGINT        NOT NULL,
    cycle_no            INT           NOT NULL,
    verification_code   VARCHAR(24)   NOT NULL,
    path_id             BIGINT        NOT NULL,
    completed_at        DATETIME(6)   NOT NULL,
    issued_at           DATETIME(6)   NOT NULL,
    window_opens_at     DATETIME(6)   NULL,
    expires_at          DATETIME(6)   NULL,
    grace_ends_at       DATETIME(6)   NULL,
    definition_revision INT           NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    revoked_at          DATETIME(6)   NULL,
    revoked_by          BIGINT        NULL,
    revoke_reason       VARCHAR(1000) NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT uq_certificate_cycle UNIQUE (certification_id, cycle_no),
    CONSTRAINT fk_certificate_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT fk_certificate_path FOREIGN KEY (path_id) REFERENCES certification_path (id),
    CONSTRAINT fk_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Requirements met in a cycle and what met them (cause: ENROLLMENT_COMPLETED, EXAM_PASSED, ADMIN;
-- cause_ref: the enrollment or attempt id, or the admin's note).
CREATE TABLE certification_requirement_met (
    certification_id BIGINT       NOT NULL,
    cycle_no         INT          NOT NULL,
    requirement_id   BIGINT       NOT NULL,
    met_at           DATETIME(6)  NOT NULL,
    cause            VARCHAR(40)  NOT NULL,
    cause_ref        VARCHAR(200) NULL,
    PRIMARY KEY (certification_id, cycle_no, requirement_id),
    CONSTRAINT fk_requirement_met_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT fk_requirement_met_requirement FOREIGN KEY (requirement_id) REFERENCES certification_requirement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The explained, append-only history: every state change with its cause. type: ASSIGNED,
-- REQUIREMENT_MET, CERTIFIED, WINDOW_OPENED, RECERTIFIED, EXPIRED, LAPSED, REVOKED, REASSIGNED.
-- cause: ENROLLMENT_COMPLETED, EXAM_PASSED, TIMER, ADMIN, LEARNER; cause_ref names the completion,
-- attempt or timer; actor_id is the person who acted, NULL for the engine.
CREATE TABLE certification_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certification_id BIGINT        NOT NULL,
    cycle_no         INT           NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    type             VARCHAR(30)   NOT NULL,
    cause            VARCHAR(40)   NOT NULL,
    cause_ref        VARCHAR(200)  NULL,
    actor_id         BIGINT        NULL,
    note             VARCHAR(1000) NULL,
    CONSTRAINT fk_certification_event_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT fk_certification_event_actor FOREIGN KEY (actor_id) REFERENCES person (id),
    INDEX ix_certification_event_certification (certification_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
