-- Assessments: question banks, exams drawn from them, and learners' attempts.
-- A question that an attempt has used is never deleted or rewritten in place: it is retired, and an
-- edited copy takes its place, so every graded attempt can still show what was asked.

-- The topic a module teaches; a pre-assessment that finds a topic mastered marks its modules tested out.
ALTER TABLE course_module
    ADD COLUMN topic VARCHAR(100) NULL;

CREATE TABLE question_bank (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    course_id   BIGINT        NULL,
    description VARCHAR(2000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_question_bank_name UNIQUE (name),
    CONSTRAINT fk_question_bank_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, MATCHING, ORDERING, SHORT_ANSWER, ESSAY, PRACTICAL.
-- Short answers are right when they equal answer_pattern (trimmed; case-insensitive unless
-- case_sensitive) or, with answer_is_regex, when the whole answer matches it. ESSAY and PRACTICAL are
-- graded by a person. difficulty: EASY, MEDIUM, HARD.
CREATE TABLE question (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bank_id         BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    prompt          VARCHAR(4000) NOT NULL,
    topic           VARCHAR(100)  NOT NULL,
    difficulty      VARCHAR(20)   NOT NULL,
    points          INT           NOT NULL DEFAULT 1,
    answer_pattern  VARCHAR(500)  NULL,
    answer_is_regex BOOLEAN       NOT NULL DEFAULT FALSE,
    case_sensitive  BOOLEAN       NOT NULL DEFAULT FALSE,
    retired         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT ck_question_points CHECK (points BETWEEN 1 AND 100),
    INDEX ix_question_bank_topic (bank_id, retired, topic, difficulty)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The options of choice, true/false, matching and ordering questions. Choice and true/false: correct
-- marks the right ones. Matching: text is the left side and match_text the right side that belongs to
-- it. Ordering: position is the correct order.
CREATE TABLE question_option (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    correct     BOOLEAN       NOT NULL DEFAULT FALSE,
    match_text  VARCHAR(1000) NULL,
    CONSTRAINT fk_option_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT uq_option_position UNIQUE (question_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: EXAM, PRE_ASSESSMENT (at the start of a learning path; path_id set), TRAINER_EXAM.
-- selection: FIXED (exam_question) or RANDOM (exam_draw, drawn anew for every attempt).
-- mastery_percent: for pre-assessments, the score per topic at which the topic counts as mastered.
-- status: DRAFT, PUBLISHED, RETIRED; only published exams can be attempted.
CREATE TABLE exam (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(40)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    course_id             BIGINT        NULL,
    path_id               BIGINT        NULL,
    selection             VARCHAR(10)   NOT NULL,
    time_limit_minutes    INT           NULL,
    pass_mark_percent     INT           NOT NULL,
    mastery_percent       INT           NULL,
    max_attempts          INT           NULL,
    retake_cooldown_hours INT           NOT NULL DEFAULT 0,
    shuffle_options       BOOLEAN       NOT NULL DEFAULT TRUE,
    proctoring_note       VARCHAR(2000) NULL,
    status                VARCHAR(20)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_exam_code UNIQUE (code),
    CONSTRAINT fk_exam_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_exam_path FOREIGN KEY (path_id) REFERENCES learning_path (id),
    CONSTRAINT ck_exam_time_limit CHECK (time_limit_minutes IS NULL OR time_limit_minutes BETWEEN 1 AND 1440),
    CONSTRAINT ck_exam_pass_mark CHECK (pass_mark_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_exam_mastery CHECK (mastery_percent IS NULL OR mastery_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_exam_attempts CHECK (max_attempts IS NULL OR max_attempts >= 1),
    CONSTRAINT ck_exam_cooldown CHECK (retake_cooldown_hours BETWEEN 0 AND 8760),
    CONSTRAINT ck_exam_pre_assessment CHECK (kind <> 'PRE_ASSESSMENT' OR path_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_question (
    exam_id     BIGINT NOT NULL,
    position    INT    NOT NULL,
    question_id BIGINT NOT NULL,
    PRIMARY KEY (exam_id, position),
    CONSTRAINT uq_exam_question UNIQUE (exam_id, question_id),
    CONSTRAINT fk_exam_question_exam FOREIGN KEY (exam_id) REFERENCES exam (id) ON DELETE CASCADE,
    CONSTRAINT fk_exam_question_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A random exam draws question_count active questions from a bank, optionally of one topic/difficulty.
CREATE TABLE exam_draw (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exam_id        BIGINT       NOT NULL,
    bank_id        BIGINT       NOT NULL,
    topic          VARCHAR(100) NULL,
    difficulty     VARCHAR(20)  NULL,
    question_count INT          NOT NULL,
    CONSTRAINT fk_exam_draw_exam FOREIGN KEY (exam_id) REFERENCES exam (id) ON DELETE CASCADE,
    CONSTRAINT fk_exam_draw_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT ck_exam_draw_count CHECK (question_count BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One attempt of a learner at an exam. status: IN_PROGRESS, AWAITING_GRADING (a person grades essays
-- or practicals), GRADED. deadline_at is enforced by the server (an answer after it is refused; a timer
-- submits the attempt). open_exam_id lets a learner hold one attempt in progress per exam, and the
-- unique attempt number stops two starts racing past the attempt limit.
CREATE TABLE exam_attempt (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exam_id             BIGINT        NOT NULL,
    learner_id          BIGINT        NOT NULL,
    attempt_no          INT           NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    deadline_at         DATETIME(6)   NULL,
    submitted_at        DATETIME(6)   NULL,
    auto_submitted      BOOLEAN       NOT NULL DEFAULT FALSE,
    graded_at           DATETIME(6)   NULL,
    score_points        DECIMAL(8, 2) NULL,
    max_points          DECIMAL(8, 2) NULL,
    score_percent       DECIMAL(5, 2) NULL,
    passed              BOOLEAN       NULL,
    retake_after        DATETIME(6)   NULL,
    process_instance_id VARCHAR(64)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    open_exam_id        BIGINT AS (IF(status = 'IN_PROGRESS', exam_id, NULL)) PERSISTENT,
    CONSTRAINT fk_attempt_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
    CONSTRAINT fk_attempt_learner FOREIGN KEY (learner_id) REFERENCES person (id),
    CONSTRAINT uq_attempt_no UNIQUE (exam_id, learner_id, attempt_no),
    CONSTRAINT uq_attempt_open UNIQUE (learner_id, open_exam_id),
    INDEX ix_attempt_learner (learner_id, exam_id, status),
    INDEX ix_attempt_exam_status (exam_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions of one attempt in the order shown, with the option order shown (comma-separated
-- option ids, shuffled when the exam says so), the learner's answer (JSON: chosen option ids, matched
-- pairs, the order given, or text), and the points awarded (by the server, or by the grader for essays
-- and practicals).
CREATE TABLE attempt_question (
    attempt_id     BIGINT        NOT NULL,
    position       INT           NOT NULL,
    question_id    BIGINT        NOT NULL,
    option_order   VARCHAR(1000) NULL,
    answer         TEXT          NULL,
    answered_at    DATETIME(6)   NULL,
    points_awarded DECIMAL(6, 2) NULL,
    graded_by      BIGINT        NULL,
    grader_comment VARCHAR(2000) NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT uq_attempt_question UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempt_question_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_attempt_question_grader FOREIGN KEY (graded_by) REFERENCES person (id),
    INDEX ix_attempt_question_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Modules a learner skipped because a pre-assessment found their topic mastered, and the evidence.
CREATE TABLE module_test_out (
    learner_id    BIGINT        NOT NULL,
    module_id     BIGINT        NOT NULL,
    attempt_id    BIGINT        NOT NULL,
    topic         VARCHAR(100)  NOT NULL,
    score_percent DECIMAL(5, 2) NOT NULL,
    tested_out_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (learner_id, module_id),
    CONSTRAINT fk_test_out_learner FOREIGN KEY (learner_id) REFERENCES person (id),
    CONSTRAINT fk_test_out_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    CONSTRAINT fk_test_out_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
