-- Foundation schema: the partner network, the catalog, enrollments and the registrations ledger.
-- Every table is InnoDB/utf8mb4; instants are UTC DATETIME(6); money is DECIMAL with its currency.

CREATE TABLE partner (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    partner_type    VARCHAR(40)  NOT NULL,
    tier            VARCHAR(40)  NOT NULL,
    agreement_model VARCHAR(40)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_partner_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_location (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    city       VARCHAR(120) NULL,
    country    VARCHAR(2)   NULL,
    CONSTRAINT fk_location_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT uq_location_name UNIQUE (partner_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People sign in with username and password; partner_id is NULL for the vendor's own staff.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    position      VARCHAR(40)  NULL,
    partner_id    BIGINT       NULL,
    active        BIT(1)       NOT NULL DEFAULT 1,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_username UNIQUE (username),
    CONSTRAINT fk_person_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_location (
    person_id   BIGINT NOT NULL,
    location_id BIGINT NOT NULL,
    PRIMARY KEY (person_id, location_id),
    CONSTRAINT fk_person_location_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_location_location FOREIGN KEY (location_id) REFERENCES partner_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)    NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    description   VARCHAR(4000)  NULL,
    format        VARCHAR(40)    NOT NULL,
    version_major INT            NOT NULL,
    version_minor INT            NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    language      VARCHAR(10)    NOT NULL,
    list_price    DECIMAL(12, 2) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    published_at  DATETIME(6)    NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT ck_course_price CHECK (list_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_module (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id        BIGINT       NOT NULL,
    position         INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    duration_minutes INT          NOT NULL,
    CONSTRAINT fk_module_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT uq_module_position UNIQUE (course_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Learning paths per position; the catalog issue adds electives, prerequisites and assignment rules.
CREATE TABLE learning_path (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NULL,
    position    VARCHAR(40)   NOT NULL,
    CONSTRAINT uq_learning_path_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_path_step (
    path_id   BIGINT NOT NULL,
    step_no   INT    NOT NULL,
    course_id BIGINT NOT NULL,
    required  BIT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (path_id, step_no),
    CONSTRAINT fk_step_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open_course_id is the course while the enrollment is not cancelled and NULL after; the unique key on it
-- lets a learner hold one open enrollment per course even when two requests arrive at the same instant.
CREATE TABLE enrollment (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    learner_id     BIGINT      NOT NULL,
    course_id      BIGINT      NOT NULL,
    status         VARCHAR(20) NOT NULL,
    enrolled_at    DATETIME(6) NOT NULL,
    completed_at   DATETIME(6) NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    open_course_id BIGINT AS (IF(status = 'CANCELLED', NULL, course_id)) PERSISTENT,
    CONSTRAINT fk_enrollment_learner FOREIGN KEY (learner_id) REFERENCES person (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_enrollment_open UNIQUE (learner_id, open_course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrollment_module_completion (
    enrollment_id BIGINT      NOT NULL,
    module_id     BIGINT      NOT NULL,
    completed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (enrollment_id, module_id),
    CONSTRAINT fk_completion_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registrations ledger: one registration per seat, with append-only events.
CREATE TABLE registration (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrollment_id      BIGINT         NOT NULL,
    selling_partner_id BIGINT         NULL,
    list_price         DECIMAL(12, 2) NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    CONSTRAINT uq_registration_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_registration_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_registration_partner FOREIGN KEY (selling_partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT       NOT NULL,
    event_type      VARCHAR(30)  NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(150) NOT NULL,
    CONSTRAINT uq_registration_event_key UNIQUE (idempotency_key),
    CONSTRAINT fk_event_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
