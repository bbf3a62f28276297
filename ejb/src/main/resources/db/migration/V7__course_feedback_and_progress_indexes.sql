-- Learner feedback on courses, and indexes for the progress views (My team, the vendor dashboard).

-- One feedback per learner and course: giving it again replaces rating and comment (updated_at moves).
CREATE TABLE course_feedback (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    learner_id BIGINT        NOT NULL,
    course_id  BIGINT        NOT NULL,
    rating     INT           NOT NULL,
    comment    VARCHAR(2000) NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_feedback UNIQUE (learner_id, course_id),
    CONSTRAINT fk_feedback_learner FOREIGN KEY (learner_id) REFERENCES person (id),
    CONSTRAINT fk_feedback_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_feedback_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_course_feedback_course ON course_feedback (course_id);

-- The dashboard counts enrollments and completions per month: range scans instead of reading every row.
CREATE INDEX idx_enrollment_enrolled_at ON enrollment (enrolled_at);
CREATE INDEX idx_enrollment_completed_at ON enrollment (completed_at);

-- The catalog pages published courses in title order.
CREATE INDEX idx_course_status_title ON course (status, title);
