-- Demo data, part eight: assessments.
--   1. Bank "Product Tour 2026" (course PRODUCT-100) and the published exam EXAM-PRODUCT-100: 8 questions
--      of mixed kinds, no essays, pass mark 70 %, 20 minutes, 3 attempts, 1 hour between attempts. The
--      right answers (for a demo or an automated pass): Q1 "Usage-based", Q2 "Dashboards" and "Alerts",
--      Q3 "True", Q4 Starter = 1 site / Business = 10 sites / Enterprise = unlimited sites, Q5 Install →
--      Configure → Verify, Q6 "connector" (any case), Q7 "Cloud console", Q8 "False".
--   2. Bank "Service essentials" (course SERVICE-110) and the published exam EXAM-SERVICE-110 with an
--      essay and a practical: a training leader or the vendor admin grades them under Grading.

INSERT INTO question_bank (name, course_id, description, created_at)
SELECT 'Product Tour 2026', c.id, 'What partners must know about the 2026 platform.', UTC_TIMESTAMP(6)
FROM course c WHERE c.code = 'PRODUCT-100' AND c.status = 'PUBLISHED';
SET @product_bank = LAST_INSERT_ID();

INSERT INTO exam (code, title, kind, course_id, selection, time_limit_minutes, pass_mark_percent, max_attempts,
                  retake_cooldown_hours, shuffle_options, proctoring_note, status, created_at)
SELECT 'EXAM-PRODUCT-100', 'Product Tour 2026 exam', 'EXAM', c.id, 'FIXED', 20, 70, 3, 1, TRUE,
       'Closed book. Work alone; the time runs from the moment you start.', 'PUBLISHED', UTC_TIMESTAMP(6)
FROM course c WHERE c.code = 'PRODUCT-100' AND c.status = 'PUBLISHED';
SET @product_exam = LAST_INSERT_ID();

-- Q1 single choice
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'SINGLE_CHOICE', 'Which licence model is new in 2026?', 'licensing', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q, 1, 'Usage-based', TRUE), (@q, 2, 'Per processor core', FALSE), (@q, 3, 'Perpetual per site', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 1, @q);

-- Q2 multiple choice (all or nothing)
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'MULTIPLE_CHOICE', 'Which features ship with every edition? Choose all that apply.', 'features', 'MEDIUM', 2, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q, 1, 'Dashboards', TRUE), (@q, 2, 'Alerts', TRUE), (@q, 3, 'On-site failover cluster', FALSE), (@q, 4, 'Custom hardware', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 2, @q);

-- Q3 true/false
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'TRUE_FALSE', 'Upgrades from 2025 to 2026 keep every configuration setting.', 'upgrades', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q, 1, 'True', TRUE), (@q, 2, 'False', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 3, @q);

-- Q4 matching (partial credit)
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'MATCHING', 'Match each edition with the number of sites it covers.', 'licensing', 'MEDIUM', 3, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct, match_text) VALUES
    (@q, 1, 'Starter', FALSE, '1 site'), (@q, 2, 'Business', FALSE, '10 sites'), (@q, 3, 'Enterprise', FALSE, 'Unlimited sites');
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 4, @q);

-- Q5 ordering (all or nothing)
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'ORDERING', 'Put the steps of a first installation in order.', 'installation', 'MEDIUM', 2, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text) VALUES (@q, 1, 'Install'), (@q, 2, 'Configure'), (@q, 3, 'Verify');
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 5, @q);

-- Q6 short answer (exact, case-insensitive)
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, answer_pattern, answer_is_regex, case_sensitive, created_at)
VALUES (@product_bank, 'SHORT_ANSWER', 'What do you call the component that links the platform to a CRM? (one word)', 'integration', 'HARD', 1,
        'connector', FALSE, FALSE, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 6, @q);

-- Q7 single choice
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'SINGLE_CHOICE', 'Where does a customer switch on usage reports?', 'features', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q, 1, 'Cloud console', TRUE), (@q, 2, 'Device front panel', FALSE), (@q, 3, 'Support ticket', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 7, @q);

-- Q8 true/false
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@product_bank, 'TRUE_FALSE', 'The Starter edition includes the on-site failover cluster.', 'licensing', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q, 1, 'True', FALSE), (@q, 2, 'False', TRUE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@product_exam, 8, @q);

-- A spare question in the bank, not in the exam (for random draws and authoring demos).
INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, answer_pattern, answer_is_regex, case_sensitive, created_at)
VALUES (@product_bank, 'SHORT_ANSWER', 'Which year is the current platform release named after?', 'features', 'EASY', 1,
        '(20)?26', TRUE, FALSE, UTC_TIMESTAMP(6));

-- 2. Service essentials, with an essay and a practical graded by a person
INSERT INTO question_bank (name, course_id, description, created_at)
SELECT 'Service essentials', c.id, 'Installation and first-time fix.', UTC_TIMESTAMP(6)
FROM course c WHERE c.code = 'SERVICE-110' AND c.status = 'PUBLISHED';
SET @service_bank = LAST_INSERT_ID();

INSERT INTO exam (code, title, kind, course_id, selection, time_limit_minutes, pass_mark_percent, max_attempts,
                  retake_cooldown_hours, shuffle_options, proctoring_note, status, created_at)
SELECT 'EXAM-SERVICE-110', 'Installation practice check', 'EXAM', c.id, 'FIXED', NULL, 60, NULL, 0, TRUE,
       'The practical is done on a lab device; describe what you did and what you saw.', 'PUBLISHED', UTC_TIMESTAMP(6)
FROM course c WHERE c.code = 'SERVICE-110' AND c.status = 'PUBLISHED';
SET @service_exam = LAST_INSERT_ID();

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@service_bank, 'SINGLE_CHOICE', 'What do you check first when a device does not power on?', 'diagnostics', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q, 1, 'The power supply and its fuse', TRUE), (@q, 2, 'The firmware version', FALSE), (@q, 3, 'The licence key', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@service_exam, 1, @q);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@service_bank, 'TRUE_FALSE', 'A site survey is needed before every installation.', 'installation', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q, 1, 'True', TRUE), (@q, 2, 'False', FALSE);
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@service_exam, 2, @q);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@service_bank, 'ESSAY', 'Explain to a customer why the first-time fix rate matters, in a few sentences.', 'diagnostics', 'MEDIUM', 4, UTC_TIMESTAMP(6));
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@service_exam, 3, LAST_INSERT_ID());

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at)
VALUES (@service_bank, 'PRACTICAL', 'Install the lab device and report the self-test result and how long it took.', 'installation', 'HARD', 4, UTC_TIMESTAMP(6));
INSERT INTO exam_question (exam_id, position, question_id) VALUES (@service_exam, 4, LAST_INSERT_ID());
