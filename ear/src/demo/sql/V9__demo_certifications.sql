-- Demo data, part nine: certifications, two stepping stones for sales reps and pre-sales engineers.
--   1. Certified Product Associate (level 1): PRODUCT-100 completed and the exam EXAM-PRODUCT-100 (part
--      eight) passed with at least 70 %; valid 2 years from the previous expiry, window 60 days, grace
--      30 days; recertified by passing the exam again ("Refresher exam").
--   2. Certified Product Professional (level 2, requires the Associate): PRESALES-101 and PRODUCT-110
--      completed; valid 2 years from completion, window 90 days, grace 30 days; recertified by
--      completing PRODUCT-110 again ("Add-on refresher").
-- No one holds them yet (a certification is always run by its process): sign in as a learner and start
-- one under My certifications, or as admin assign one under Certifications. Courses and the exam are
-- named by code; without part eight's exam the Associate asks for the course only.

INSERT INTO certification_definition (code, name, description, level, level_name, requires_definition_id, validity,
                                      expiry_mode, fixed_expiry_day, window_days, grace_days, status, revision,
                                      created_at, updated_at)
VALUES ('CERT-PRODUCT-ASSOCIATE', 'Certified Product Associate',
        'The product basics every seller and pre-sales engineer needs: the tour and its exam.', 1, 'Associate', NULL,
        'P2Y', 'FROM_PREVIOUS_EXPIRY', NULL, 60, 30, 'ACTIVE', 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @associate = LAST_INSERT_ID();
INSERT INTO certification_definition_position (definition_id, position)
VALUES (@associate, 'SALES_REP'), (@associate, 'PRE_SALES_ENGINEER');

INSERT INTO certification_path (definition_id, kind, name) VALUES (@associate, 'ORIGINAL', 'Original');
SET @associate_original = LAST_INSERT_ID();
INSERT INTO certification_requirement (path_id, kind, course_id)
SELECT @associate_original, 'COURSE', c.id FROM course c
WHERE c.code = 'PRODUCT-100' AND c.status = 'PUBLISHED' ORDER BY c.id DESC LIMIT 1;
INSERT INTO certification_requirement (path_id, kind, exam_id, min_score_percent)
SELECT @associate_original, 'EXAM', e.id, 70 FROM exam e WHERE e.code = 'EXAM-PRODUCT-100';

-- The refresher path exists only with the exam to ask for.
INSERT INTO certification_path (definition_id, kind, name)
SELECT @associate, 'RECERTIFICATION', 'Refresher exam' FROM exam e WHERE e.code = 'EXAM-PRODUCT-100';
INSERT INTO certification_requirement (path_id, kind, exam_id, min_score_percent)
SELECT p.id, 'EXAM', e.id, 70 FROM certification_path p JOIN exam e ON e.code = 'EXAM-PRODUCT-100'
WHERE p.definition_id = @associate AND p.name = 'Refresher exam';

INSERT INTO certification_definition (code, name, description, level, level_name, requires_definition_id, validity,
                                      expiry_mode, fixed_expiry_day, window_days, grace_days, status, revision,
                                      created_at, updated_at)
VALUES ('CERT-PRODUCT-PROFESSIONAL', 'Certified Product Professional',
        'Architecture and the analytics add-on, for pre-sales engineers who hold the Associate.', 2, 'Professional',
        @associate, 'P2Y', 'FROM_COMPLETION', NULL, 90, 30, 'ACTIVE', 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @professional = LAST_INSERT_ID();
INSERT INTO certification_definition_position (definition_id, position) VALUES (@professional, 'PRE_SALES_ENGINEER');

INSERT INTO certification_path (definition_id, kind, name) VALUES (@professional, 'ORIGINAL', 'Original');
SET @professional_original = LAST_INSERT_ID();
INSERT INTO certification_requirement (path_id, kind, course_id)
SELECT @professional_original, 'COURSE', c.id FROM course c
WHERE c.code IN ('PRESALES-101', 'PRODUCT-110') AND c.status = 'PUBLISHED';

INSERT INTO certification_path (definition_id, kind, name) VALUES (@professional, 'RECERTIFICATION', 'Add-on refresher');
SET @professional_refresher = LAST_INSERT_ID();
INSERT INTO certification_requirement (path_id, kind, course_id)
SELECT @professional_refresher, 'COURSE', c.id FROM course c WHERE c.code = 'PRODUCT-110' AND c.status = 'PUBLISHED';
