-- Train-the-trainer: how a partner's trainer becomes an authorised instructor of a course, step by step,
-- signed off by a panel of training leaders against the course's delivery standard.
-- Course-level rules key on course.code (the course family) and a major version: an authorisation for
-- code X major 2 lets a trainer lead any session of any X 2.y version.

-- The delivery standard of a course family: the rubric leaders score an observed delivery against,
-- the trainer exam a candidate must pass, how long an authorisation lasts, how it may be renewed by
-- deliveries (renewal_deliveries led with an average learner rating of at least renewal_min_rating),
-- how many panel tries a candidate has and how many days the panel has to sign off.
CREATE TABLE delivery_standard (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_code         VARCHAR(40)   NOT NULL,
    trainer_exam_id     BIGINT        NULL,
    pass_percent        INT           NOT NULL DEFAULT 75,
    validity_months     INT           NOT NULL DEFAULT 24,
    renewal_deliveries  INT           NOT NULL DEFAULT 3,
    renewal_min_rating  DECIMAL(3, 2) NOT NULL DEFAULT 4.00,
    max_tries           INT           NOT NULL DEFAULT 3,
    panel_days          INT           NOT NULL DEFAULT 10,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_delivery_standard_course UNIQUE (course_code),
    CONSTRAINT fk_delivery_standard_exam FOREIGN KEY (trainer_exam_id) REFERENCES exam (id),
    CONSTRAINT ck_delivery_standard_pass CHECK (pass_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_delivery_standard_validity CHECK (validity_months BETWEEN 1 AND 120),
    CONSTRAINT ck_delivery_standard_renewal CHECK (renewal_deliveries BETWEEN 1 AND 100
        AND renewal_min_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_delivery_standard_tries CHECK (max_tries BETWEEN 1 AND 10),
    CONSTRAINT ck_delivery_standard_panel CHECK (panel_days BETWEEN 1 AND 90)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rubric's criteria, each scored 1..5 by every panel member: weight counts it in the weighted
-- total, minimum_score is the least a delivery may get on it and still pass.
CREATE TABLE delivery_criterion (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    standard_id   BIGINT        NOT NULL,
    position      INT           NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NULL,
    weight        INT           NOT NULL,
    minimum_score INT           NOT NULL,
    CONSTRAINT fk_delivery_criterion_standard FOREIGN KEY (standard_id) REFERENCES delivery_standard (id) ON DELETE CASCADE,
    CONSTRAINT uq_delivery_criterion_name UNIQUE (standard_id, name),
    CONSTRAINT ck_delivery_criterion_weight CHECK (weight BETWEEN 1 AND 100),
    CONSTRAINT ck_delivery_criterion_minimum CHECK (minimum_score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ramp: what share of a delivery's price the candidate's partner is billed while the candidate
-- shadows (default 0 %) and co-delivers (default 50 %), under a pay-per-delivery agreement; and how many
-- designated, authorised trainers per course the agreement requires of the partner (NULL: none).
ALTER TABLE partner_agreement
    ADD COLUMN shadow_billing_percent      DECIMAL(5, 2) NOT NULL DEFAULT 0,
    ADD COLUMN co_delivery_billing_percent DECIMAL(5, 2) NOT NULL DEFAULT 50,
    ADD COLUMN designated_trainers         INT           NULL,
    ADD CONSTRAINT ck_agreement_ramp CHECK (shadow_billing_percent BETWEEN 0 AND 100
        AND co_delivery_billing_percent BETWEEN 0 AND 100),
    ADD CONSTRAINT ck_agreement_designated CHECK (designated_trainers IS NULL OR designated_trainers BETWEEN 1 AND 1000);

-- One trainer's way to an authorisation for one course family and major version, driven by the
-- trainer-certification process (business key = id). kind INITIAL starts at nomination; REAUTHORISATION
-- (a new major version, or an authorisation running out without enough good deliveries) starts at the
-- observed delivery. status is the step the candidate is on:
-- NOMINATED (awaiting the vendor), LIVE_TRAINING, TRAINER_EXAM, SHADOWING, CO_DELIVERY, OBSERVED_DELIVERY,
-- PANEL_REVIEW, then AUTHORISED, DECLINED, FAILED (tries exhausted) or WITHDRAWN.
-- open_key makes one open candidacy per trainer and course family.
CREATE TABLE trainer_candidacy (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidate_id        BIGINT        NOT NULL,
    course_id           BIGINT        NOT NULL,
    course_code         VARCHAR(40)   NOT NULL,
    version_major       INT           NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    tries_used          INT           NOT NULL DEFAULT 0,
    nominated_by        VARCHAR(100)  NOT NULL,
    nominated_at        DATETIME(6)   NOT NULL,
    nomination_note     VARCHAR(2000) NULL,
    decided_by          VARCHAR(100)  NULL,
    decided_at          DATETIME(6)   NULL,
    decline_reason      VARCHAR(2000) NULL,
    step_since          DATETIME(6)   NOT NULL,
    closed_at           DATETIME(6)   NULL,
    authorisation_id    BIGINT        NULL,
    process_instance_id VARCHAR(64)   NULL,
    open_key            VARCHAR(60) AS (IF(status IN ('AUTHORISED', 'DECLINED', 'FAILED', 'WITHDRAWN'), NULL,
                                         CONCAT(candidate_id, ':', course_code))) PERSISTENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_candidacy_candidate FOREIGN KEY (candidate_id) REFERENCES person (id),
    CONSTRAINT fk_candidacy_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_candidacy_open UNIQUE (open_key),
    CONSTRAINT ck_candidacy_kind CHECK (kind IN ('INITIAL', 'REAUTHORISATION')),
    CONSTRAINT ck_candidacy_tries CHECK (tries_used >= 0),
    INDEX ix_candidacy_status (status, step_since),
    INDEX ix_candidacy_course (course_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened on the way, one row per step done (append-only): live training attended, trainer exam
-- passed, a shadowed or co-delivered session with the authorised lead trainer, and for co-deliveries the
-- share billed to the candidate's partner, frozen from the agreement in force that day (NULL: not billed).
-- kind: LIVE_TRAINING, TRAINER_EXAM, SHADOWING, CO_DELIVERY.
CREATE TABLE candidacy_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidacy_id      BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    session_id        BIGINT        NULL,
    enrollment_id     BIGINT        NULL,
    attempt_id        BIGINT        NULL,
    lead_trainer_id   BIGINT        NULL,
    agreement_id      BIGINT        NULL,
    billing_percent   DECIMAL(5, 2) NULL,
    score_percent     DECIMAL(5, 2) NULL,
    note              VARCHAR(2000) NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_candidacy_step_candidacy FOREIGN KEY (candidacy_id) REFERENCES trainer_candidacy (id),
    CONSTRAINT fk_candidacy_step_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_candidacy_step_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_candidacy_step_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_candidacy_step_lead FOREIGN KEY (lead_trainer_id) REFERENCES person (id),
    CONSTRAINT fk_candidacy_step_agreement FOREIGN KEY (agreement_id) REFERENCES partner_agreement (id),
    CONSTRAINT uq_candidacy_step_session UNIQUE (candidacy_id, kind, session_id),
    CONSTRAINT ck_candidacy_step_kind CHECK (kind IN ('LIVE_TRAINING', 'TRAINER_EXAM', 'SHADOWING', 'CO_DELIVERY')),
    CONSTRAINT ck_candidacy_step_billing CHECK (billing_percent IS NULL OR billing_percent BETWEEN 0 AND 100),
    INDEX ix_candidacy_step_session (session_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An observed delivery (teach-back): the candidate delivers the course or a defined part in front of
-- peers and a panel of training leaders; try_no counts the candidate's observed deliveries. The panel
-- signs off until due_at; then the head of training is asked (ESCALATED).
-- status: AWAITING_PANEL, ESCALATED, PASSED, FAILED.
CREATE TABLE observed_delivery (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidacy_id        BIGINT        NOT NULL,
    try_no              INT           NOT NULL,
    session_id          BIGINT        NULL,
    delivered_on        DATE          NOT NULL,
    scope               VARCHAR(500)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    due_at              DATETIME(6)   NOT NULL,
    decided_at          DATETIME(6)   NULL,
    retry_from          VARCHAR(30)   NULL,
    scheduled_by        VARCHAR(100)  NOT NULL,
    scheduled_at        DATETIME(6)   NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_observed_delivery_candidacy FOREIGN KEY (candidacy_id) REFERENCES trainer_candidacy (id),
    CONSTRAINT fk_observed_delivery_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT uq_observed_delivery_try UNIQUE (candidacy_id, try_no),
    CONSTRAINT ck_observed_delivery_status CHECK (status IN ('AWAITING_PANEL', 'ESCALATED', 'PASSED', 'FAILED')),
    CONSTRAINT ck_observed_delivery_retry CHECK (retry_from IS NULL OR retry_from IN ('CO_DELIVERY', 'OBSERVED_DELIVERY')),
    INDEX ix_observed_delivery_status (status, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The training leaders on an observed delivery's panel.
CREATE TABLE panel_member (
    observed_delivery_id BIGINT NOT NULL,
    leader_id            BIGINT NOT NULL,
    PRIMARY KEY (observed_delivery_id, leader_id),
    CONSTRAINT fk_panel_member_delivery FOREIGN KEY (observed_delivery_id) REFERENCES observed_delivery (id) ON DELETE CASCADE,
    CONSTRAINT fk_panel_member_leader FOREIGN KEY (leader_id) REFERENCES person (id),
    INDEX ix_panel_member_leader (leader_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A panel member's sign-off: never updated or deleted. A correction is a new row with corrects_id set to
-- the row it corrects (and the latest row of a chain counts). first_of makes one original sign-off per
-- leader and delivery; uq_signoff_correction one direct correction per row, so chains stay linear.
-- passed: the weighted total reached the standard's pass mark and no criterion fell below its minimum.
CREATE TABLE trainer_signoff (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    observed_delivery_id BIGINT        NOT NULL,
    leader_id            BIGINT        NOT NULL,
    total_percent        DECIMAL(5, 2) NOT NULL,
    passed               BOOLEAN       NOT NULL,
    retry_from           VARCHAR(30)   NULL,
    comments             VARCHAR(4000) NOT NULL,
    signed_at            DATETIME(6)   NOT NULL,
    corrects_id          BIGINT        NULL,
    first_of             BIGINT AS (IF(corrects_id IS NULL, leader_id, NULL)) PERSISTENT,
    CONSTRAINT fk_signoff_delivery FOREIGN KEY (observed_delivery_id) REFERENCES observed_delivery (id),
    CONSTRAINT fk_signoff_leader FOREIGN KEY (leader_id) REFERENCES person (id),
    CONSTRAINT fk_signoff_corrects FOREIGN KEY (corrects_id) REFERENCES trainer_signoff (id),
    CONSTRAINT uq_signoff_first UNIQUE (observed_delivery_id, first_of),
    CONSTRAINT uq_signoff_correction UNIQUE (corrects_id),
    CONSTRAINT ck_signoff_total CHECK (total_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_signoff_retry CHECK (retry_from IS NULL OR retry_from IN ('CO_DELIVERY', 'OBSERVED_DELIVERY')),
    INDEX ix_signoff_leader (leader_id, signed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The scores of a sign-off, with the criterion's name, weight and minimum as they were when scored, so a
-- later edit of the rubric never changes a past sign-off.
CREATE TABLE signoff_score (
    signoff_id     BIGINT       NOT NULL,
    criterion_id   BIGINT       NOT NULL,
    criterion_name VARCHAR(200) NOT NULL,
    weight         INT          NOT NULL,
    minimum_score  INT          NOT NULL,
    score          INT          NOT NULL,
    PRIMARY KEY (signoff_id, criterion_id),
    CONSTRAINT fk_signoff_score_signoff FOREIGN KEY (signoff_id) REFERENCES trainer_signoff (id),
    CONSTRAINT ck_signoff_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An authorised instructor: trainer_id may lead sessions of course_code, major version_major, until
-- expires_at. status: ACTIVE, SUSPENDED, REVOKED, EXPIRED, SUPERSEDED (a newer authorisation for the
-- same course family replaced it). granted_via: PANEL (a candidacy passed), DELIVERIES (renewed by good
-- deliveries), DIRECT (the vendor admin authorised an existing instructor, with a reason).
-- open_key makes one current (ACTIVE or SUSPENDED) authorisation per trainer, course family and major.
CREATE TABLE trainer_authorisation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainer_id    BIGINT        NOT NULL,
    course_id     BIGINT        NOT NULL,
    course_code   VARCHAR(40)   NOT NULL,
    version_major INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    granted_via   VARCHAR(20)   NOT NULL,
    candidacy_id  BIGINT        NULL,
    granted_at    DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    open_key      VARCHAR(80) AS (IF(status IN ('ACTIVE', 'SUSPENDED'),
                                   CONCAT(trainer_id, ':', course_code, ':', version_major), NULL)) PERSISTENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_authorisation_trainer FOREIGN KEY (trainer_id) REFERENCES person (id),
    CONSTRAINT fk_authorisation_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_authorisation_candidacy FOREIGN KEY (candidacy_id) REFERENCES trainer_candidacy (id),
    CONSTRAINT uq_authorisation_open UNIQUE (open_key),
    CONSTRAINT ck_authorisation_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'SUPERSEDED')),
    CONSTRAINT ck_authorisation_via CHECK (granted_via IN ('PANEL', 'DELIVERIES', 'DIRECT')),
    INDEX ix_authorisation_course (course_code, version_major, status),
    INDEX ix_authorisation_expiry (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE trainer_candidacy
    ADD CONSTRAINT fk_candidacy_authorisation FOREIGN KEY (authorisation_id) REFERENCES trainer_authorisation (id);

-- Every change to an authorisation, who made it and why (append-only).
-- event: GRANTED, RENEWED, SUSPENDED, REINSTATED, REVOKED, EXPIRED, SUPERSEDED, REAUTHORISATION_OPENED.
CREATE TABLE authorisation_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authorisation_id BIGINT        NOT NULL,
    event            VARCHAR(30)   NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    reason           VARCHAR(2000) NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_authorisation_event FOREIGN KEY (authorisation_id) REFERENCES trainer_authorisation (id),
    INDEX ix_authorisation_event (authorisation_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A session's instructors lead it or co-deliver it: leads must hold an authorisation for the course
-- family and major version; a co-instructor may also be a candidate on the co-delivery (or shadowing) step.
ALTER TABLE session_instructor
    ADD COLUMN role VARCHAR(10) NOT NULL DEFAULT 'LEAD',
    ADD CONSTRAINT ck_session_instructor_role CHECK (role IN ('LEAD', 'CO'));
