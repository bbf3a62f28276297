-- Demo data: the five demo paths get groups (required and elective), prerequisite paths, course
-- prerequisites and an equivalency; five assignment rules assign them, applied here with the same
-- set-based statements the application runs when a rule is saved (see path.Assignments).

-- Paths: group 1 required, group 2 elective ("any pick of these").
DELETE FROM learning_path_step WHERE path_id IN (1, 2, 3, 4, 5);
INSERT INTO learning_path_group (path_id, group_no, kind, pick) VALUES
    (1, 1, 'REQUIRED', NULL), (1, 2, 'ELECTIVE', 1),
    (2, 1, 'REQUIRED', NULL), (2, 2, 'ELECTIVE', 1),
    (3, 1, 'REQUIRED', NULL), (3, 2, 'ELECTIVE', 2),
    (4, 1, 'REQUIRED', NULL), (4, 2, 'ELECTIVE', 1),
    (5, 1, 'REQUIRED', NULL), (5, 2, 'ELECTIVE', 1);
INSERT INTO learning_path_step (path_id, step_no, course_id, required, group_no) VALUES
    -- Sales rep onboarding: SALES-101, PRODUCT-100; any 1 of SALES-201, SALES-301, CUSTOMER-100
    (1, 1, 1, 1, 1), (1, 2, 16, 1, 1), (1, 3, 5, 0, 2), (1, 4, 6, 0, 2), (1, 5, 20, 0, 2),
    -- Pre-sales engineer track: PRESALES-101, PRESALES-201, PRESALES-301; any 1 of SECURITY-200, PRODUCT-110
    (2, 1, 7, 1, 1), (2, 2, 2, 1, 1), (2, 3, 8, 1, 1), (2, 4, 19, 0, 2), (2, 5, 17, 0, 2),
    -- Service technician track: SERVICE-110, SERVICE-120; any 2 of SERVICE-210, SERVICE-220, SECURITY-200
    (3, 1, 3, 1, 1), (3, 2, 9, 1, 1), (3, 3, 10, 0, 2), (3, 4, 11, 0, 2), (3, 5, 19, 0, 2),
    -- Deal desk essentials: DEALDESK-110, DEALDESK-120; any 1 of PRODUCT-100, SALES-101
    (4, 1, 12, 1, 1), (4, 2, 13, 1, 1), (4, 3, 16, 0, 2), (4, 4, 1, 0, 2),
    -- Partner manager programme: MGMT-100, PRODUCT-100; any 1 of SALES-101, TRAIN-100, CUSTOMER-100
    (5, 1, 14, 1, 1), (5, 2, 16, 1, 1), (5, 3, 1, 0, 2), (5, 4, 15, 0, 2), (5, 5, 20, 0, 2);

-- Pre-sales engineers complete the sales onboarding first; partner managers the deal desk essentials.
INSERT INTO learning_path_prerequisite (path_id, required_path_id) VALUES (2, 1), (5, 4);

-- PRESALES-301 requires PRESALES-101; SERVICE-210 requires SERVICE-110.
INSERT INTO course_prerequisite (course_id, required_course_id) VALUES (8, 7), (10, 3);
-- Negotiating Enterprise Deals (SALES-201) covers Selling the Platform (SALES-101), not the other way round.
INSERT INTO course_equivalency (course_id, counts_for_course_id) VALUES (5, 1);

INSERT INTO assignment_rule (id, name, combinator, updated_at) VALUES
    (1, 'Sales reps at Gold-or-above resellers', 'ALL', UTC_TIMESTAMP(6)),
    (2, 'Pre-sales engineers', 'ALL', UTC_TIMESTAMP(6)),
    (3, 'Service technicians and trainers', 'ANY', UTC_TIMESTAMP(6)),
    (4, 'Deal desk', 'ALL', UTC_TIMESTAMP(6)),
    (5, 'Partner managers at Silver or above', 'ALL', UTC_TIMESTAMP(6));
INSERT INTO assignment_rule_condition (rule_id, condition_no, kind, cond_value) VALUES
    (1, 1, 'POSITION', 'SALES_REP'), (1, 2, 'TIER_AT_LEAST', 'Gold'), (1, 3, 'PARTNER_TYPE', 'RESELLER'),
    (2, 1, 'POSITION', 'PRE_SALES_ENGINEER'),
    (3, 1, 'POSITION', 'SERVICE_TECHNICIAN'), (3, 2, 'POSITION', 'TRAINER'),
    (4, 1, 'POSITION', 'DEAL_DESK'),
    (5, 1, 'POSITION', 'MANAGER'), (5, 2, 'TIER_AT_LEAST', 'Silver');
INSERT INTO assignment_rule_path (rule_id, path_id) VALUES (1, 1), (2, 1), (2, 2), (3, 3), (4, 4), (5, 5);

-- The rules applied: active partner people with the learner role whom each rule matches.
INSERT INTO path_assignment (person_id, path_id, rule_id, assigned_at)
SELECT p.id, rp.path_id, rp.rule_id, UTC_TIMESTAMP(6)
FROM person p
JOIN partner pa ON pa.id = p.partner_id
JOIN partner_tier t ON t.code = pa.tier
JOIN assignment_rule_path rp ON rp.rule_id IN (1, 2, 3, 4, 5)
WHERE p.active = 1
  AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = 'LEARNER')
  AND ((rp.rule_id = 1 AND p.position = 'SALES_REP' AND pa.partner_type = 'RESELLER'
            AND t.level >= (SELECT level FROM partner_tier WHERE code = 'Gold'))
    OR (rp.rule_id = 2 AND p.position = 'PRE_SALES_ENGINEER')
    OR (rp.rule_id = 3 AND (p.position = 'SERVICE_TECHNICIAN' OR p.position = 'TRAINER'))
    OR (rp.rule_id = 4 AND p.position = 'DEAL_DESK')
    OR (rp.rule_id = 5 AND p.position = 'MANAGER' AND t.level >= (SELECT level FROM partner_tier WHERE code = 'Silver')));
