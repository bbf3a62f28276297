-- Demo data, part thirteen: delivery standards (trainer rubrics) of the instructor-led demo courses, so a
-- training leader can schedule an observed delivery and score it at once. No trainer exam is named (the
-- demo has none of kind TRAINER_EXAM), so candidates skip that step.
--   SERVICE-210: three criteria, pass 75 %, a panel has 10 days
--   TRAIN-100:   four criteria, pass 80 %, two tries, a panel has 7 days

INSERT INTO delivery_standard (course_code, trainer_exam_id, pass_percent, validity_months, renewal_deliveries,
                               renewal_min_rating, max_tries, panel_days, updated_at, updated_by)
VALUES ('SERVICE-210', NULL, 75, 24, 3, 4.00, 3, 10, UTC_TIMESTAMP(6), 'admin');
SET @service = LAST_INSERT_ID();
INSERT INTO delivery_criterion (standard_id, position, name, description, weight, minimum_score) VALUES
    (@service, 0, 'Technical accuracy', 'Explains diagnostics correctly and answers questions without guessing.', 40, 3),
    (@service, 1, 'Lab facilitation', 'Prepares the labs, keeps every learner moving, recovers from failures.', 35, 3),
    (@service, 2, 'Engagement', 'Pace, checks of understanding, time kept.', 25, 2);

INSERT INTO delivery_standard (course_code, trainer_exam_id, pass_percent, validity_months, renewal_deliveries,
                               renewal_min_rating, max_tries, panel_days, updated_at, updated_by)
VALUES ('TRAIN-100', NULL, 80, 24, 3, 4.20, 2, 7, UTC_TIMESTAMP(6), 'admin');
SET @train = LAST_INSERT_ID();
INSERT INTO delivery_criterion (standard_id, position, name, description, weight, minimum_score) VALUES
    (@train, 0, 'Learning objectives', 'States the objectives and ties every module back to them.', 30, 3),
    (@train, 1, 'Clarity', 'Clear explanations and examples fitted to the audience.', 30, 3),
    (@train, 2, 'Facilitation', 'Handles questions, discussion and difficult participants.', 25, 3),
    (@train, 3, 'Time management', 'Keeps to the agenda without rushing the end.', 15, 2);
