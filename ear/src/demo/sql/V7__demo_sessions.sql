-- Demo data, part seven: upcoming instructor-led sessions of published courses, dated from today so
-- they stay in the future whenever the demo starts. No one is booked on them yet: sign in as a learner
-- to enroll, as admin to see them under Sessions, as trainer.contoso to mark attendance.
--   1. SALES-301, virtual, delivered by the vendor (one afternoon, Berlin time)
--   2. SERVICE-210, classroom in London, delivered by Contoso, taught by trainer.contoso
--   3. TRAIN-100, three days in Amsterdam, delivered by Fabrikam, taught by trainer.fabrikam
--   4. MGMT-100, virtual, capacity 2: the third learner to enroll is waitlisted
--   5. PRESALES-301 private class (PRIVATE offering) with 6 of its 8 seats reserved for Contoso

SET @today = DATE(UTC_TIMESTAMP());

-- 1. Vendor-delivered, virtual
INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, created_at)
SELECT o.id, 'Europe/Berlin', NULL, 'https://meet.example.com/sales-301', 20, 5,
       TIMESTAMP(@today + INTERVAL 18 DAY, '12:00:00'), NULL, 'SCHEDULED', 0, UTC_TIMESTAMP(6)
FROM course_offering o JOIN course c ON c.id = o.course_id
WHERE c.code = 'SALES-301' AND c.status = 'PUBLISHED' AND o.kind = 'PUBLIC';
SET @virtual = LAST_INSERT_ID();
INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (@virtual, @today + INTERVAL 21 DAY, '14:00', '17:00');

-- 2. Classroom, delivered by Contoso, taught by trainer.contoso
INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, created_at)
SELECT o.id, 'Europe/London', 'Contoso Training Centre, 1 Finsbury Square, London', NULL, 12, 4,
       TIMESTAMP(@today + INTERVAL 25 DAY, '17:00:00'), 2, 'SCHEDULED', 0, UTC_TIMESTAMP(6)
FROM course_offering o JOIN course c ON c.id = o.course_id
WHERE c.code = 'SERVICE-210' AND c.status = 'PUBLISHED' AND o.kind = 'PUBLIC';
SET @classroom = LAST_INSERT_ID();
INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (@classroom, @today + INTERVAL 28 DAY, '09:00', '17:00');
INSERT INTO session_instructor (session_id, person_id)
SELECT @classroom, p.id FROM person p WHERE p.username = 'trainer.contoso';

-- 3. Three days, delivered by Fabrikam
INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, created_at)
SELECT o.id, 'Europe/Amsterdam', 'Fabrikam Delivery, Zuidas 12, Amsterdam', 'https://meet.example.com/train-100', 10, 3,
       TIMESTAMP(@today + INTERVAL 30 DAY, '12:00:00'), 3, 'SCHEDULED', 0, UTC_TIMESTAMP(6)
FROM course_offering o JOIN course c ON c.id = o.course_id
WHERE c.code = 'TRAIN-100' AND c.status = 'PUBLISHED' AND o.kind = 'PUBLIC';
SET @multiDay = LAST_INSERT_ID();
INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES
    (@multiDay, @today + INTERVAL 35 DAY, '09:00', '17:00'),
    (@multiDay, @today + INTERVAL 36 DAY, '09:00', '17:00'),
    (@multiDay, @today + INTERVAL 37 DAY, '09:00', '13:00');
INSERT INTO session_instructor (session_id, person_id)
SELECT @multiDay, p.id FROM person p WHERE p.username = 'trainer.fabrikam';

-- 4. Capacity 2: ready to show the waitlist
INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, created_at)
SELECT o.id, 'America/New_York', NULL, 'https://meet.example.com/mgmt-100', 2, 1,
       TIMESTAMP(@today + INTERVAL 12 DAY, '12:00:00'), NULL, 'SCHEDULED', 0, UTC_TIMESTAMP(6)
FROM course_offering o JOIN course c ON c.id = o.course_id
WHERE c.code = 'MGMT-100' AND c.status = 'PUBLISHED' AND o.kind = 'PUBLIC';
SET @small = LAST_INSERT_ID();
INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (@small, @today + INTERVAL 14 DAY, '10:00', '16:00');

-- 5. A private class with seats reserved for Contoso (6 of 8, within a quota of 8)
INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, created_at)
SELECT o.id, 'Europe/London', 'Contoso offices, Manchester', NULL, 8, 4,
       TIMESTAMP(@today + INTERVAL 40 DAY, '12:00:00'), NULL, 'SCHEDULED', 0, UTC_TIMESTAMP(6)
FROM course_offering o JOIN course c ON c.id = o.course_id
WHERE c.code = 'PRESALES-301' AND c.status = 'PUBLISHED' AND o.kind = 'PRIVATE';
SET @private = LAST_INSERT_ID();
INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES
    (@private, @today + INTERVAL 45 DAY, '09:30', '17:00'),
    (@private, @today + INTERVAL 46 DAY, '09:30', '16:00');
INSERT INTO session_allocation (session_id, partner_id, quota, reserved) VALUES (@private, 2, 8, 6);
