-- Demo data, part six: a year of learning activity, so that My team and the vendor's progress dashboard
-- have something to show. Only the generated learners (ids 102-199) take part, never the named logins of
-- the README, so trying the demo (or a test) as alice, emma, ... starts from a clean slate.
-- Each takes the first one to three steps of their position's learning path, enrolled between five
-- weeks and a year ago; two thirds of those enrollments are completed (every module done, the last on
-- the completion day), the rest are open, some with their first module done. The ledger gets the
-- matching registrations; about half of the completed courses get a rating, some with a comment.
-- These enrollments have no enrollment process behind them (the process starts when a learner enrolls
-- through the application); finishing one records its completion in the ledger directly.

INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, completed_at)
SELECT p.id, s.course_id,
       IF(MOD(p.id + s.step_no, 3) <> 0, 'COMPLETED', 'ACTIVE'),
       UTC_TIMESTAMP(6) - INTERVAL (35 + MOD(p.id * 7 + s.step_no * 53, 330)) DAY,
       IF(MOD(p.id + s.step_no, 3) <> 0,
          UTC_TIMESTAMP(6) - INTERVAL (35 + MOD(p.id * 7 + s.step_no * 53, 330)) DAY + INTERVAL (5 + MOD(p.id, 25)) DAY,
          NULL)
FROM person p
JOIN learning_path lp ON lp.position = p.position
JOIN learning_path_step s ON s.path_id = lp.id
JOIN course c ON c.id = s.course_id AND c.status = 'PUBLISHED'
WHERE p.id BETWEEN 102 AND 199 AND p.partner_id IS NOT NULL AND s.step_no <= 1 + MOD(p.id, 3);

-- Completed enrollments: every module, spread evenly between enrolling and completing.
INSERT INTO enrollment_module_completion (enrollment_id, module_id, completed_at)
SELECT e.id, m.id,
       TIMESTAMPADD(SECOND,
                    TIMESTAMPDIFF(SECOND, e.enrolled_at, e.completed_at) * m.position
                        DIV (SELECT COUNT(*) FROM course_module n WHERE n.course_id = e.course_id),
                    e.enrolled_at)
FROM enrollment e
JOIN course_module m ON m.course_id = e.course_id
WHERE e.learner_id BETWEEN 102 AND 199 AND e.status = 'COMPLETED';

-- Some open enrollments have their first module done two days after enrolling.
INSERT INTO enrollment_module_completion (enrollment_id, module_id, completed_at)
SELECT e.id, m.id, e.enrolled_at + INTERVAL 2 DAY
FROM enrollment e
JOIN course_module m ON m.course_id = e.course_id AND m.position = 1
WHERE e.learner_id BETWEEN 102 AND 199 AND e.status = 'ACTIVE' AND MOD(e.id, 2) = 0
  AND (SELECT COUNT(*) FROM course_module n WHERE n.course_id = e.course_id) > 1;

-- The ledger: a seat per enrollment, sold by the learner's partner at the course's list price.
INSERT INTO registration (enrollment_id, selling_partner_id, list_price, currency, created_at)
SELECT e.id, p.partner_id, c.list_price, c.currency, e.enrolled_at
FROM enrollment e JOIN person p ON p.id = e.learner_id JOIN course c ON c.id = e.course_id
WHERE e.learner_id BETWEEN 102 AND 199;

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
SELECT r.id, 'SEAT_TAKEN', e.enrolled_at, p.username, CONCAT('seat-taken:', e.id)
FROM registration r JOIN enrollment e ON e.id = r.enrollment_id JOIN person p ON p.id = e.learner_id
WHERE e.learner_id BETWEEN 102 AND 199;

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
SELECT r.id, 'COMPLETED', e.completed_at, 'system', CONCAT('completed:', e.id)
FROM registration r JOIN enrollment e ON e.id = r.enrollment_id
WHERE e.learner_id BETWEEN 102 AND 199 AND e.status = 'COMPLETED';

-- Ratings on about half of the completed courses; a comment on some of them.
INSERT INTO course_feedback (learner_id, course_id, rating, comment, created_at, updated_at)
SELECT e.learner_id, e.course_id,
       IF(MOD(e.id, 7) = 0, 2, 3 + MOD(e.id, 3)),
       ELT(1 + MOD(e.id, 5),
           'Clear and practical; I used the checklists the next day.',
           NULL,
           'Good content, but the last module felt rushed.',
           'Exactly what a new colleague needs in the first month.',
           NULL),
       e.completed_at + INTERVAL 1 DAY, e.completed_at + INTERVAL 1 DAY
FROM enrollment e
WHERE e.learner_id BETWEEN 102 AND 199 AND e.status = 'COMPLETED' AND MOD(e.id, 2) = 0;
