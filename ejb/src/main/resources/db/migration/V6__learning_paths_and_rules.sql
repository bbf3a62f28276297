-- Learning paths grow groups (required: all steps; elective: any N of the group's M steps), a brand,
-- path prerequisites, course prerequisites and equivalencies; assignment rules assign paths to people.
-- learning_path and learning_path_step keep every column the demo scripts insert into: a step without a
-- group_no is read by its required flag (1 = a required step, 0 = an optional extra that never blocks
-- completion), so paths written the old way keep working.
ALTER TABLE learning_path
    ADD COLUMN brand_id BIGINT NULL,
    ADD COLUMN version  BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_learning_path_brand FOREIGN KEY (brand_id) REFERENCES brand (id);

CREATE TABLE learning_path_group (
    path_id  BIGINT      NOT NULL,
    group_no INT         NOT NULL,
    kind     VARCHAR(20) NOT NULL,
    pick     INT         NULL,
    PRIMARY KEY (path_id, group_no),
    CONSTRAINT fk_path_group_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE,
    CONSTRAINT ck_path_group_pick CHECK (pick IS NULL OR pick >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE learning_path_step
    ADD COLUMN group_no INT NULL;

-- Path B requires path A complete.
CREATE TABLE learning_path_prerequisite (
    path_id          BIGINT NOT NULL,
    required_path_id BIGINT NOT NULL,
    PRIMARY KEY (path_id, required_path_id),
    CONSTRAINT fk_path_prereq_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE,
    CONSTRAINT fk_path_prereq_required FOREIGN KEY (required_path_id) REFERENCES learning_path (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A course requires another course (completed, or an equivalent of it).
CREATE TABLE course_prerequisite (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id          BIGINT NOT NULL,
    required_course_id BIGINT NOT NULL,
    CONSTRAINT uq_course_prerequisite UNIQUE (course_id, required_course_id),
    CONSTRAINT fk_course_prereq_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_prereq_required FOREIGN KEY (required_course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Completing course_id counts for counts_for_course_id (directed; chains count too, loops are refused).
CREATE TABLE course_equivalency (
    id                   BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id            BIGINT NOT NULL,
    counts_for_course_id BIGINT NOT NULL,
    CONSTRAINT uq_course_equivalency UNIQUE (course_id, counts_for_course_id),
    CONSTRAINT fk_course_equiv_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_equiv_target FOREIGN KEY (counts_for_course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Assignment rules: conditions combined by ALL (and) or ANY (or); each condition names one value.
CREATE TABLE assignment_rule (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    combinator  VARCHAR(10)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_assignment_rule_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment_rule_condition (
    rule_id      BIGINT       NOT NULL,
    condition_no INT          NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    cond_value   VARCHAR(100) NOT NULL,
    PRIMARY KEY (rule_id, condition_no),
    CONSTRAINT fk_rule_condition_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment_rule_path (
    rule_id BIGINT NOT NULL,
    path_id BIGINT NOT NULL,
    PRIMARY KEY (rule_id, path_id),
    CONSTRAINT fk_rule_path_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id) ON DELETE CASCADE,
    CONSTRAINT fk_rule_path_path FOREIGN KEY (path_id) REFERENCES learning_path (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has which path because of which rule. Rows mirror the rules: they are written and removed only
-- by the set-based statements of the assignment engine (never by hand), one row per rule that assigns.
CREATE TABLE path_assignment (
    person_id   BIGINT      NOT NULL,
    path_id     BIGINT      NOT NULL,
    rule_id     BIGINT      NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, path_id, rule_id),
    KEY ix_path_assignment_rule (rule_id, person_id),
    KEY ix_path_assignment_path (path_id),
    CONSTRAINT fk_assignment_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rules filter people by position; completions are read per learner and status.
CREATE INDEX ix_person_position ON person (position);
