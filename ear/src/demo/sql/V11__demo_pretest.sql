-- Demo data: a pre-assessment for the service technician track (path 3) and topics on its modules.
-- Sign in as tara (a service technician): "My paths" offers "Take the pre-assessment"; a topic answered
-- right to 80 % marks its modules tested out, and the path shows what was skipped and why. As admin,
-- /admin/exam-statistics.xhtml?exam=<id of PRE-SERVICE> shows the item statistics once attempts exist.

-- Module topics: SERVICE-110 teaches installation and diagnostics, SERVICE-120 upgrades.
UPDATE course_module cm JOIN course c ON c.id = cm.course_id SET cm.topic = 'Installation'
WHERE c.code = 'SERVICE-110' AND cm.title IN ('Site preparation', 'Installation walkthrough');
UPDATE course_module cm JOIN course c ON c.id = cm.course_id SET cm.topic = 'Diagnostics'
WHERE c.code = 'SERVICE-110' AND cm.title = 'Diagnosing common faults';
UPDATE course_module cm JOIN course c ON c.id = cm.course_id SET cm.topic = 'Upgrades'
WHERE c.code = 'SERVICE-120';

INSERT INTO question_bank (name, course_id, description, created_at)
VALUES ('Service technician pre-assessment', NULL, 'What a technician may already know before the track.', UTC_TIMESTAMP(6));
SET @bank = LAST_INSERT_ID();

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at) VALUES
    (@bank, 'SINGLE_CHOICE', 'What do you check first when preparing a site?', 'Installation', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q1 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q1, 1, 'Power, network and rack space against the site checklist', TRUE),
    (@q1, 2, 'The colour of the cabinet', FALSE),
    (@q1, 3, 'Nothing: the installer adapts on the day', FALSE);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at) VALUES
    (@bank, 'TRUE_FALSE', 'The installer must be run as the service account, not as root.', 'Installation', 'MEDIUM', 1, UTC_TIMESTAMP(6));
SET @q2 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q2, 1, 'True', TRUE), (@q2, 2, 'False', FALSE);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at) VALUES
    (@bank, 'SINGLE_CHOICE', 'A rolling upgrade keeps the service up by…', 'Upgrades', 'MEDIUM', 1, UTC_TIMESTAMP(6));
SET @q3 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q3, 1, 'upgrading one node at a time behind the load balancer', TRUE),
    (@q3, 2, 'upgrading every node at once overnight', FALSE),
    (@q3, 3, 'skipping the database migration', FALSE);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at) VALUES
    (@bank, 'TRUE_FALSE', 'A rollback needs the backup taken before the upgrade.', 'Upgrades', 'EASY', 1, UTC_TIMESTAMP(6));
SET @q4 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q4, 1, 'True', TRUE), (@q4, 2, 'False', FALSE);

INSERT INTO question (bank_id, kind, prompt, topic, difficulty, points, created_at) VALUES
    (@bank, 'SINGLE_CHOICE', 'Where do you look first for the cause of a failed start?', 'Diagnostics', 'MEDIUM', 1, UTC_TIMESTAMP(6));
SET @q5 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES
    (@q5, 1, 'The service log, from the first ERROR line', TRUE),
    (@q5, 2, 'The release notes', FALSE),
    (@q5, 3, 'The customer''s e-mail', FALSE);

INSERT INTO exam (code, title, kind, course_id, path_id, selection, time_limit_minutes, pass_mark_percent,
                  mastery_percent, max_attempts, retake_cooldown_hours, shuffle_options, proctoring_note, status, created_at)
VALUES ('PRE-SERVICE', 'Service technician pre-assessment', 'PRE_ASSESSMENT', NULL, 3, 'FIXED', 15, 0, 80, 2, 0, TRUE,
        NULL, 'PUBLISHED', UTC_TIMESTAMP(6));
SET @exam = LAST_INSERT_ID();
INSERT INTO exam_question (exam_id, position, question_id) VALUES
    (@exam, 1, @q1), (@exam, 2, @q2), (@exam, 3, @q3), (@exam, 4, @q4), (@exam, 5, @q5);
