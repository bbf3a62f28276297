-- Instructor-led sessions, their seats and waitlists, attendance, and the enrollment process's state.
-- Seats are the contested resource of this schema: every change to a session's seats happens under a
-- lock on its training_session row, and seats_held (seated plus offered seats) can never exceed the
-- capacity because a CHECK says so, whatever the application does.

-- The enrollment policy of an offering: whether a request needs approval (the partner manager, and
-- the vendor as a second stage for paid, private and onsite offerings) and until how many days before
-- the session a learner may cancel free of charge.
ALTER TABLE course_offering
    ADD COLUMN requires_approval      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN free_cancellation_days INT     NOT NULL DEFAULT 7,
    ADD CONSTRAINT ck_offering_cancellation_days CHECK (free_cancellation_days BETWEEN 0 AND 365);

-- One scheduled run of an offering. Times are local to time_zone (an IANA zone id), so a session in
-- Berlin stays at 09:00 Berlin time across a daylight-saving change. delivering_partner_id NULL means
-- the vendor delivers it.
CREATE TABLE training_session (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offering_id           BIGINT        NOT NULL,
    time_zone             VARCHAR(60)   NOT NULL,
    venue                 VARCHAR(300)  NULL,
    virtual_link          VARCHAR(500)  NULL,
    capacity              INT           NOT NULL,
    min_to_run            INT           NOT NULL DEFAULT 1,
    enrollment_closes_at  DATETIME(6)   NOT NULL,
    delivering_partner_id BIGINT        NULL,
    status                VARCHAR(20)   NOT NULL,
    seats_held            INT           NOT NULL DEFAULT 0,
    cancelled_at          DATETIME(6)   NULL,
    cancel_reason         VARCHAR(500)  NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_offering FOREIGN KEY (offering_id) REFERENCES course_offering (id),
    CONSTRAINT fk_session_delivering_partner FOREIGN KEY (delivering_partner_id) REFERENCES partner (id),
    CONSTRAINT ck_session_capacity CHECK (capacity BETWEEN 1 AND 10000),
    CONSTRAINT ck_session_min_to_run CHECK (min_to_run BETWEEN 1 AND capacity),
    CONSTRAINT ck_session_seats_held CHECK (seats_held BETWEEN 0 AND capacity),
    CONSTRAINT ck_session_place CHECK (venue IS NOT NULL OR virtual_link IS NOT NULL),
    INDEX ix_session_status_closes (status, enrollment_closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The days of a session, each with its local start and end time.
CREATE TABLE session_day (
    session_id BIGINT NOT NULL,
    day        DATE   NOT NULL,
    starts_at  TIME   NOT NULL,
    ends_at    TIME   NOT NULL,
    PRIMARY KEY (session_id, day),
    CONSTRAINT fk_session_day_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_day_times CHECK (ends_at > starts_at),
    INDEX ix_session_day_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_instructor (
    session_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_session_instructor_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_instructor_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_session_instructor_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-partner seat rules of a session: quota caps how many seats the partner's people may hold
-- (NULL = no cap); reserved seats are kept for the partner alone (a private or onsite class).
CREATE TABLE session_allocation (
    session_id BIGINT NOT NULL,
    partner_id BIGINT NOT NULL,
    quota      INT    NULL,
    reserved   INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, partner_id),
    CONSTRAINT fk_allocation_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_allocation_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_allocation_quota CHECK (quota IS NULL OR quota >= 0),
    CONSTRAINT ck_allocation_reserved CHECK (reserved >= 0 AND (quota IS NULL OR reserved <= quota))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Enrollments: which offering and session, who asked (the learner, a manager or an assignment rule),
-- the client's Idempotency-Key (one enrollment per key and learner), why it ended, and the reminder
-- already sent (so a timer job that runs twice reminds once).
ALTER TABLE enrollment
    ADD COLUMN offering_id  BIGINT       NULL,
    ADD COLUMN session_id   BIGINT       NULL,
    ADD COLUMN origin       VARCHAR(20)  NOT NULL DEFAULT 'SELF',
    ADD COLUMN requested_by VARCHAR(100) NULL,
    ADD COLUMN request_key  VARCHAR(100) NULL,
    ADD COLUMN closed_at    DATETIME(6)  NULL,
    ADD COLUMN close_reason VARCHAR(500) NULL,
    ADD COLUMN reminded_at  DATETIME(6)  NULL,
    ADD CONSTRAINT fk_enrollment_offering FOREIGN KEY (offering_id) REFERENCES course_offering (id),
    ADD CONSTRAINT fk_enrollment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    ADD CONSTRAINT uq_enrollment_request_key UNIQUE (learner_id, request_key),
    ADD INDEX ix_enrollment_session_status (session_id, status);

-- A learner holds one open enrollment per course version; an enrollment that ended without the course
-- (cancelled, rejected, expired, no-show) no longer counts, so the learner may ask again.
ALTER TABLE enrollment DROP INDEX uq_enrollment_open;
ALTER TABLE enrollment MODIFY COLUMN open_course_id BIGINT
    AS (IF(status IN ('CANCELLED', 'REJECTED', 'EXPIRED', 'NO_SHOW'), NULL, course_id)) PERSISTENT;
ALTER TABLE enrollment ADD CONSTRAINT uq_enrollment_open UNIQUE (learner_id, open_course_id);

-- The seat of an instructor-led enrollment: seated, offered (held for a waitlisted learner until
-- offered_until) or waitlisted (first come, first served by waitlisted_at, id), and released when it
-- ends. One booking per enrollment; rescheduling moves it to another session.
CREATE TABLE seat_booking (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id    BIGINT      NOT NULL,
    enrollment_id BIGINT      NOT NULL,
    partner_id    BIGINT      NULL,
    state         VARCHAR(20) NOT NULL,
    requested_at  DATETIME(6) NOT NULL,
    waitlisted_at DATETIME(6) NULL,
    offered_until DATETIME(6) NULL,
    seated_at     DATETIME(6) NULL,
    released_at   DATETIME(6) NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_booking_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_booking_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_booking_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_booking_state CHECK (state IN ('SEATED', 'OFFERED', 'WAITLISTED', 'RELEASED')),
    INDEX ix_booking_session_state (session_id, state, waitlisted_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attendance per enrollment and session day, marked by an instructor. The foreign key to session_day
-- makes a mark for a day the session does not have impossible.
CREATE TABLE attendance_mark (
    enrollment_id BIGINT       NOT NULL,
    session_id    BIGINT       NOT NULL,
    day           DATE         NOT NULL,
    present       BOOLEAN      NOT NULL,
    marked_by     VARCHAR(100) NOT NULL,
    marked_at     DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (enrollment_id, day),
    CONSTRAINT fk_attendance_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_attendance_day FOREIGN KEY (session_id, day) REFERENCES session_day (session_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registration carries everything invoicing needs, frozen when the seat was taken: the offering and
-- its list price, the selling partner (the learner's), the delivering partner (NULL = the vendor) and
-- the agreement in force that day. session_id is the session it is on now (rescheduling moves it).
ALTER TABLE registration
    ADD COLUMN offering_id           BIGINT NULL,
    ADD COLUMN session_id            BIGINT NULL,
    ADD COLUMN delivering_partner_id BIGINT NULL,
    ADD COLUMN agreement_id          BIGINT NULL,
    ADD CONSTRAINT fk_registration_offering FOREIGN KEY (offering_id) REFERENCES course_offering (id),
    ADD CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    ADD CONSTRAINT fk_registration_delivering FOREIGN KEY (delivering_partner_id) REFERENCES partner (id),
    ADD CONSTRAINT fk_registration_agreement FOREIGN KEY (agreement_id) REFERENCES partner_agreement (id);

-- Ledger events say which session they concern and, where useful, why (moved from, cancellation reason).
ALTER TABLE registration_event
    ADD COLUMN session_id BIGINT       NULL,
    ADD COLUMN note       VARCHAR(500) NULL,
    ADD INDEX ix_registration_event_type_time (event_type, occurred_at);
