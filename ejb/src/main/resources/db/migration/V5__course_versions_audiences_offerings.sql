-- Catalog depth: versions, track, audiences and offerings of courses; in-app notifications.
--
-- Versions: one course row per version. course.code is the course's family code, shared by all its
-- versions; (code, version_major, version_minor) names one version. Enrollments, registrations and
-- learning-path steps keep pointing at course.id, i.e. at the concrete version someone took, so a new
-- version never moves anyone. A version is DRAFT (editable), PUBLISHED (open for enrollment) or
-- RETIRED (superseded by a newer published version: no new enrollments, existing ones carry on).
-- Two generated columns make the database enforce, whatever the race, that a family has at most one
-- draft and at most one published version at a time.
ALTER TABLE course
    DROP INDEX uq_course_code,
    ADD COLUMN track VARCHAR(20) NOT NULL DEFAULT 'TECHNICAL',
    ADD COLUMN retired_at DATETIME(6) NULL,
    ADD COLUMN draft_code VARCHAR(40) AS (IF(status = 'DRAFT', code, NULL)) PERSISTENT,
    ADD COLUMN published_code VARCHAR(40) AS (IF(status = 'PUBLISHED', code, NULL)) PERSISTENT,
    ADD CONSTRAINT uq_course_code_version UNIQUE (code, version_major, version_minor),
    ADD CONSTRAINT uq_course_one_draft UNIQUE (draft_code),
    ADD CONSTRAINT uq_course_one_published UNIQUE (published_code),
    ADD CONSTRAINT ck_course_version CHECK (version_major >= 0 AND version_minor >= 0);

-- The price moves to the offerings below. list_price/currency stay (older scripts insert them) but are
-- no longer read by the application: a value written there only seeds the PUBLIC offering.
ALTER TABLE course
    MODIFY list_price DECIMAL(12, 2) NULL,
    MODIFY currency VARCHAR(3) NULL;

-- Audiences: the positions and brands a course is meant for (empty = everyone).
CREATE TABLE course_audience_position (
    course_id BIGINT      NOT NULL,
    position  VARCHAR(40) NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_audience_position_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_audience_brand (
    course_id BIGINT NOT NULL,
    brand_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, brand_id),
    CONSTRAINT fk_audience_brand_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_audience_brand_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Offerings: how a course version is sold (public, private, onsite, customer training), each with its
-- own list price in one ISO 4217 currency. At most one offering of each kind per version.
CREATE TABLE course_offering (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT         NOT NULL,
    kind       VARCHAR(30)    NOT NULL,
    list_price DECIMAL(12, 2) NOT NULL,
    currency   VARCHAR(3)     NOT NULL,
    version    BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_offering_kind UNIQUE (course_id, kind),
    CONSTRAINT fk_offering_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_offering_price CHECK (list_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT id, 'PUBLIC', list_price, currency FROM course WHERE list_price IS NOT NULL AND currency IS NOT NULL;

-- In-app notifications (e.g. "a new major version of a course you took"); read_at NULL = unread.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    link         VARCHAR(500)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_notification_recipient (recipient_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
