-- Scale data for the settlement-statement benchmark, on top of scale-data.sql: what a period close and a
-- partner's report read. ScaleData runs it once, after scale-data.sql, when the scale partners have no
-- agreements yet (so a scale database loaded before it gets it added without starting over).
--   * every scale partner has one agreement since 2023-01-01, the four models in turn (partner n:
--     n % 4 = 1 RESELLER, 2 CONTENT_LICENSING, 3 PAY_PER_DELIVERY, 0 REVENUE_SHARE; Scale Partner 0001, the
--     big one, resells);
--   * the 1,000,000 registrations get their offering, the seller's agreement, a discount on every seventh
--     and USD on a tenth of the courses; 19,000 of them move from June 2023 into January 2026, which then
--     holds 50,000 registrations (the benchmark's month; the others hold 24,000-31,000);
--   * ledger events across months besides SEAT_TAKEN: COMPLETED 14 days later for the completed
--     enrollments (often in the next month), CANCELLED (free) or LATE_CANCELLED for the cancelled ones,
--     and VOIDED five weeks later for one seat in 400 (a late event of an earlier period);
--   * the pay-per-delivery and content-licensing partners deliver a two-day session every month from June
--     2023 to February 2026, led by their own authorised trainer; at a third of the pay-per-delivery
--     partners a candidate co-delivers it (billed at the 50 % frozen on the candidacy step).
-- Ids: agreements 100,001-102,000 (= partner id); trainers 2,100,001-2,102,000 and candidates
-- 2,200,001-2,202,000 (by partner number); sessions 400,001 on. Statements end with a semicolon at the end
-- of a line.

SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');

INSERT INTO partner_agreement (id, partner_id, model, valid_from, valid_to, discount_percent, annual_fee, day_rate,
                               revenue_share_percent, currency, licensed_sessions, licensed_learner_seats)
SELECT id, id, ELT(1 + (id - 100000) % 4, 'REVENUE_SHARE', 'RESELLER', 'CONTENT_LICENSING', 'PAY_PER_DELIVERY'),
       '2023-01-01', NULL,
       IF((id - 100000) % 4 = 1, 10 + (id % 5) * 5, NULL),
       IF((id - 100000) % 4 = 2, 6000 + (id % 7) * 1000, NULL),
       IF((id - 100000) % 4 = 3, 700 + (id % 4) * 100, NULL),
       IF((id - 100000) % 4 = 0, 20 + (id % 3) * 5, NULL),
       IF((id - 100000) % 4 IN (2, 3), 'EUR', NULL),
       IF((id - 100000) % 4 = 2, IF(id % 2 = 0, 1, NULL), NULL),
       IF((id - 100000) % 4 = 2, 10 + id % 20, NULL)
FROM partner WHERE id > 100000;

UPDATE partner SET agreement_model = ELT(1 + (id - 100000) % 4, 'REVENUE_SHARE', 'RESELLER', 'CONTENT_LICENSING',
                                         'PAY_PER_DELIVERY')
WHERE id > 100000;

-- A tenth of the courses (and their offerings) are sold in USD.
UPDATE course SET currency = 'USD' WHERE id > 300000 AND id % 10 = 3;

UPDATE course_offering o JOIN course c ON c.id = o.course_id SET o.currency = c.currency WHERE c.id > 300000;

-- January 2026 gets 19,000 more registrations: those of the first 19 days of June 2023 move there.
UPDATE enrollment
SET enrolled_at = TIMESTAMP('2026-01-01') + INTERVAL ((id - 10000000) % 31) DAY + INTERVAL ((id - 10000000) % 86400) SECOND,
    completed_at = IF(completed_at IS NULL, NULL,
        TIMESTAMP('2026-01-01') + INTERVAL ((id - 10000000) % 31) DAY + INTERVAL 14 DAY)
WHERE id > 10000000 AND (id - 10000000) % 1000 < 19;

UPDATE registration r JOIN enrollment e ON e.id = r.enrollment_id
SET r.created_at = e.enrolled_at
WHERE r.id > 10000000 AND (r.id - 10000000) % 1000 < 19;

UPDATE registration_event v JOIN registration r ON r.id = v.registration_id
SET v.occurred_at = r.created_at
WHERE v.registration_id > 10000000 AND (v.registration_id - 10000000) % 1000 < 19;

-- What the seat was sold under: the course's public offering, its currency, the seller's agreement, and
-- 10 % off for every seventh registration.
UPDATE registration r
JOIN enrollment e ON e.id = r.enrollment_id
JOIN course_offering o ON o.course_id = e.course_id AND o.kind = 'PUBLIC'
SET r.offering_id = o.id, r.currency = o.currency, r.agreement_id = r.selling_partner_id,
    r.discount_amount = IF(r.id % 7 = 0, ROUND(r.list_price / 10, 2), 0)
WHERE r.id > 10000000;

UPDATE enrollment e JOIN course_offering o ON o.course_id = e.course_id AND o.kind = 'PUBLIC'
SET e.offering_id = o.id
WHERE e.id > 10000000;

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
SELECT e.id, 'COMPLETED', e.completed_at, 'scale-data', CONCAT('scale-completed-', e.id)
FROM enrollment e WHERE e.id > 10000000 AND e.status = 'COMPLETED';

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
SELECT e.id, IF(e.id % 3 = 0, 'LATE_CANCELLED', 'CANCELLED'), e.enrolled_at + INTERVAL 2 DAY, 'scale-data',
       CONCAT('scale-cancelled-', e.id)
FROM enrollment e WHERE e.id > 10000000 AND e.status = 'CANCELLED';

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key, note)
SELECT e.id, 'VOIDED', e.enrolled_at + INTERVAL 35 DAY, 'scale-data', CONCAT('scale-voided-', e.id),
       'The vendor cancelled the session'
FROM enrollment e WHERE e.id > 10000000 AND e.status = 'ACTIVE' AND e.id % 400 = 1;

UPDATE enrollment SET status = 'CANCELLED', closed_at = enrolled_at + INTERVAL 35 DAY,
                      close_reason = 'The vendor cancelled the session'
WHERE id > 10000000 AND status = 'ACTIVE' AND id % 400 = 1;

-- Trainers of the partners that deliver (pay per delivery, content licensing), authorised for one course
-- each, and candidates co-delivering at a third of the pay-per-delivery partners.
INSERT INTO person (id, username, password_hash, display_name, email, position, persona, partner_id, active)
SELECT 2100000 + n, CONCAT('scale.trainer.', n), @pw, CONCAT('Scale Trainer ', n),
       CONCAT('scale.trainer.', n, '@scale.example'), 'TRAINER', 'Field engineer', 100000 + n, 1
FROM (SELECT seq AS n FROM seq_1_to_2000 WHERE seq % 4 IN (2, 3)) partners
UNION ALL
SELECT 2200000 + n, CONCAT('scale.candidate.', n), @pw, CONCAT('Scale Candidate ', n),
       CONCAT('scale.candidate.', n, '@scale.example'), 'TRAINER', 'Field engineer', 100000 + n, 1
FROM (SELECT seq AS n FROM seq_1_to_2000 WHERE seq % 4 = 3 AND seq % 3 = 0) partners;

INSERT INTO person_role (person_id, role)
SELECT id, 'TRAINER' FROM person WHERE id > 2100000 AND id < 2300000
UNION ALL SELECT id, 'LEARNER' FROM person WHERE id > 2100000 AND id < 2300000;

INSERT INTO person_location (person_id, location_id)
SELECT id, 200000 + partner_id - 100000 FROM person WHERE id > 2100000 AND id < 2300000;

INSERT INTO trainer_authorisation (trainer_id, course_id, course_code, version_major, status, granted_via, granted_at,
                                   expires_at)
SELECT p.id, c.id, c.code, c.version_major, 'ACTIVE', 'DIRECT', '2023-01-01', '2030-01-01'
FROM person p JOIN course c ON c.id = 300001 + (p.partner_id - 100000) % 500
WHERE p.id > 2100000 AND p.id < 2200000;

-- Session m of partner n: month m (0 = June 2023 ... 32 = February 2026), days 10 and 11.
INSERT INTO training_session (id, offering_id, time_zone, venue, virtual_link, capacity, min_to_run,
                              enrollment_closes_at, delivering_partner_id, status, seats_held, created_at)
SELECT 400000 + (t.partner_id - 100001) * 33 + m.seq + 1, o.id, 'Europe/Berlin', CONCAT('Scale Office ', t.partner_id - 100000),
       NULL, 20, 1, TIMESTAMP('2023-06-01' + INTERVAL m.seq MONTH + INTERVAL 5 DAY), t.partner_id, 'SCHEDULED', 0,
       TIMESTAMP('2023-05-01' + INTERVAL m.seq MONTH)
FROM person t
JOIN course_offering o ON o.course_id = 300001 + (t.partner_id - 100000) % 500 AND o.kind = 'PUBLIC'
JOIN seq_0_to_32 m
WHERE t.id > 2100000 AND t.id < 2200000;

INSERT INTO session_day (session_id, day, starts_at, ends_at)
SELECT s.id, DATE(s.enrollment_closes_at) + INTERVAL d.seq + 4 DAY, '09:00', '17:00'
FROM training_session s JOIN seq_1_to_2 d WHERE s.id > 400000;

INSERT INTO session_instructor (session_id, person_id, role)
SELECT s.id, 2100000 + s.delivering_partner_id - 100000, 'LEAD' FROM training_session s WHERE s.id > 400000
UNION ALL
SELECT s.id, c.id, 'CO' FROM training_session s JOIN person c ON c.id = 2200000 + s.delivering_partner_id - 100000
WHERE s.id > 400000;

INSERT INTO trainer_candidacy (candidate_id, course_id, course_code, version_major, kind, status, nominated_by,
                               nominated_at, decided_by, decided_at, step_since)
SELECT p.id, c.id, c.code, c.version_major, 'INITIAL', 'CO_DELIVERY', 'scale-data', '2023-01-01', 'scale-data',
       '2023-01-02', '2023-06-01'
FROM person p JOIN course c ON c.id = 300001 + (p.partner_id - 100000) % 500
WHERE p.id > 2200000 AND p.id < 2300000;

INSERT INTO candidacy_step (candidacy_id, kind, session_id, lead_trainer_id, agreement_id, billing_percent,
                            recorded_by, recorded_at)
SELECT k.id, 'CO_DELIVERY', s.id, 2100000 + s.delivering_partner_id - 100000, s.delivering_partner_id, 50.00,
       'scale-data', TIMESTAMP(DATE(s.enrollment_closes_at) + INTERVAL 6 DAY, '17:30:00')
FROM trainer_candidacy k
JOIN person p ON p.id = k.candidate_id
JOIN training_session s ON s.delivering_partner_id = p.partner_id AND s.id > 400000
WHERE k.candidate_id > 2200000 AND k.candidate_id < 2300000;

ANALYZE TABLE partner_agreement, registration, registration_event, enrollment, training_session, session_day,
    session_instructor, trainer_candidacy, candidacy_step, trainer_authorisation, course, course_offering;
