-- Demo data, part fifteen: last month's registrations ledger, so that every partner admin has a
-- registration report for last month and a close of last month (FINANCE or the vendor admin under
-- Statement runs) issues a statement under each of the four agreement models:
--   Northwind Resellers  RESELLER           seats consumed at 20 % off list (EUR and USD)
--   Contoso Training     REVENUE_SHARE      30 % of the net revenue of its seats and of its London classes
--                                           (CONTENT_LICENSING instead when the demo starts in January)
--   Fabrikam Delivery    PAY_PER_DELIVERY   two delivery days of trainer.fabrikam (its agreement starts this
--                                           year, so none in January)
--   Tailspin Training    PAY_PER_DELIVERY   new here, in force since a year before last month: four delivery
--                                           days of an authorised lead and a candidate's co-delivery (50 %)
--                                           and shadowing (0 %) days, at 800.00 EUR a day
--   Wingtip Learning     CONTENT_LICENSING  new here: 9,600.00 EUR a year, licensed for 2 sessions and 5
--                                           learner seats a month and using 3 and 7 (over-use flagged)
-- Everything is dated relative to the day the demo database is created (@from = the first day of last
-- month; day offsets stay within 0-27 so they fit February), never fixed dates. The events cover what a
-- statement reads: seats taken, attended and completed, a free and a late cancellation, a no-show, a move
-- between sessions, a vendor-cancelled session whose seats are voided, discounts, two currencies beside
-- EUR, and one free cancellation early this month of a seat taken last month (a late event for the next
-- close). Only new people take part (the named logins of the README keep a clean slate); their
-- enrollments have no enrollment process behind them, like the other demo rows written by SQL.
-- The working tables demo_ledger_* are dropped at the end.

SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');
SET @today = DATE(UTC_TIMESTAMP());
SET @from = DATE_FORMAT(@today - INTERVAL 1 MONTH, '%Y-%m-01');
SET @this_month = DATE_FORMAT(@today, '%Y-%m-01');

-- Two more partners, each with its admin, a trainer and an agreement in force all of last month.
INSERT INTO partner (name, partner_type, tier, agreement_model)
VALUES ('Tailspin Training', 'TRAINING_PARTNER', 'Silver', 'PAY_PER_DELIVERY');
SET @tailspin = LAST_INSERT_ID();
INSERT INTO partner (name, partner_type, tier, agreement_model)
VALUES ('Wingtip Learning', 'TRAINING_PARTNER', 'Registered', 'CONTENT_LICENSING');
SET @wingtip = LAST_INSERT_ID();

INSERT INTO partner_location (partner_id, name, city, country) VALUES (@tailspin, 'Tailspin Rotterdam', 'Rotterdam', 'NL');
SET @rotterdam = LAST_INSERT_ID();
INSERT INTO partner_location (partner_id, name, city, country) VALUES (@wingtip, 'Wingtip Dublin', 'Dublin', 'IE');
SET @dublin = LAST_INSERT_ID();

INSERT INTO partner_agreement (partner_id, model, valid_from, valid_to, day_rate, currency)
VALUES (@tailspin, 'PAY_PER_DELIVERY', @from - INTERVAL 1 YEAR, NULL, 800.00, 'EUR');
SET @tailspin_agreement = LAST_INSERT_ID();
INSERT INTO partner_agreement (partner_id, model, valid_from, valid_to, annual_fee, currency, licensed_sessions,
                               licensed_learner_seats)
VALUES (@wingtip, 'CONTENT_LICENSING', @from - INTERVAL 6 MONTH, NULL, 9600.00, 'EUR', 2, 5);

-- The people: admins, trainers (ramp.tailspin is a candidate instructor) and the learners of the ledger.
CREATE TABLE demo_ledger_person (
    tag         VARCHAR(10)  NOT NULL PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    position    VARCHAR(40)  NOT NULL,
    partner_id  BIGINT       NOT NULL,
    location_id BIGINT       NOT NULL,
    role        VARCHAR(20)  NOT NULL
) ENGINE = InnoDB;

INSERT INTO demo_ledger_person (tag, username, name, position, partner_id, location_id, role) VALUES
    ('pa.ts', 'pa.tailspin', 'Petra Tailspin', 'MANAGER', @tailspin, @rotterdam, 'PARTNER_ADMIN'),
    ('pa.wt', 'pa.wingtip', 'Walter Wingtip', 'MANAGER', @wingtip, @dublin, 'PARTNER_ADMIN'),
    ('tr.ts', 'trainer.tailspin', 'Teun Tailspin', 'TRAINER', @tailspin, @rotterdam, 'TRAINER'),
    ('rp.ts', 'ramp.tailspin', 'Rik Ramp', 'TRAINER', @tailspin, @rotterdam, 'TRAINER'),
    ('tr.wt', 'trainer.wingtip', 'Tara Wingtip', 'TRAINER', @wingtip, @dublin, 'TRAINER'),
    ('nw1', 'oskar.lindqvist', 'Oskar Lindqvist', 'SALES_REP', 1, 1, 'LEARNER'),
    ('nw2', 'greta.hoffmann', 'Greta Hoffmann', 'SALES_REP', 1, 1, 'LEARNER'),
    ('nw3', 'milan.novak', 'Milan Novak', 'PRE_SALES_ENGINEER', 1, 2, 'LEARNER'),
    ('nw4', 'sofia.keller', 'Sofia Keller', 'SERVICE_TECHNICIAN', 1, 2, 'LEARNER'),
    ('nw5', 'jakob.wolff', 'Jakob Wolff', 'SALES_REP', 1, 1, 'LEARNER'),
    ('nw6', 'lotte.berger', 'Lotte Berger', 'MANAGER', 1, 2, 'LEARNER'),
    ('ct1', 'harry.whitfield', 'Harry Whitfield', 'SERVICE_TECHNICIAN', 2, 3, 'LEARNER'),
    ('ct2', 'amelia.hughes', 'Amelia Hughes', 'SERVICE_TECHNICIAN', 2, 3, 'LEARNER'),
    ('ct3', 'oliver.bennett', 'Oliver Bennett', 'SERVICE_TECHNICIAN', 2, 4, 'LEARNER'),
    ('ct4', 'isla.turner', 'Isla Turner', 'PRE_SALES_ENGINEER', 2, 4, 'LEARNER'),
    ('fb1', 'camille.girard', 'Camille Girard', 'SERVICE_TECHNICIAN', 3, 5, 'LEARNER'),
    ('fb2', 'hugo.lefebvre', 'Hugo Lefebvre', 'SERVICE_TECHNICIAN', 3, 5, 'LEARNER'),
    ('fb3', 'lea.moreau', 'Lea Moreau', 'SALES_REP', 3, 5, 'LEARNER'),
    ('ts1', 'daan.visser', 'Daan Visser', 'SERVICE_TECHNICIAN', @tailspin, @rotterdam, 'LEARNER'),
    ('ts2', 'fenna.smit', 'Fenna Smit', 'SERVICE_TECHNICIAN', @tailspin, @rotterdam, 'LEARNER'),
    ('ts3', 'bram.dekker', 'Bram Dekker', 'SERVICE_TECHNICIAN', @tailspin, @rotterdam, 'LEARNER'),
    ('ts4', 'noor.bakker', 'Noor Bakker', 'SERVICE_TECHNICIAN', @tailspin, @rotterdam, 'LEARNER'),
    ('wt1', 'aoife.byrne', 'Aoife Byrne', 'SALES_REP', @wingtip, @dublin, 'LEARNER'),
    ('wt2', 'cian.walsh', 'Cian Walsh', 'SALES_REP', @wingtip, @dublin, 'LEARNER'),
    ('wt3', 'niamh.kelly', 'Niamh Kelly', 'PRE_SALES_ENGINEER', @wingtip, @dublin, 'LEARNER'),
    ('wt4', 'eoin.ryan', 'Eoin Ryan', 'PRE_SALES_ENGINEER', @wingtip, @dublin, 'LEARNER'),
    ('wt5', 'saoirse.doyle', 'Saoirse Doyle', 'SALES_REP', @wingtip, @dublin, 'LEARNER'),
    ('wt6', 'ronan.murphy', 'Ronan Murphy', 'MANAGER', @wingtip, @dublin, 'LEARNER');

INSERT INTO person (username, password_hash, display_name, email, position, persona, partner_id, active)
SELECT username, @pw, name, CONCAT(username, '@example.com'), position,
       IF(position = 'MANAGER', 'Manager', NULL), partner_id, 1
FROM demo_ledger_person;

INSERT INTO person_role (person_id, role)
SELECT p.id, d.role FROM demo_ledger_person d JOIN person p ON p.username = d.username
UNION ALL
SELECT p.id, 'LEARNER' FROM demo_ledger_person d JOIN person p ON p.username = d.username WHERE d.role <> 'LEARNER';

INSERT INTO person_location (person_id, location_id)
SELECT p.id, d.location_id FROM demo_ledger_person d JOIN person p ON p.username = d.username;

-- The trainers' authorisations, granted long before last month (DIRECT: instructors onboarded by the vendor).
INSERT INTO trainer_authorisation (trainer_id, course_id, course_code, version_major, status, granted_via, granted_at,
                                   expires_at)
SELECT p.id, c.id, c.code, c.version_major, 'ACTIVE', 'DIRECT', TIMESTAMP(@from - INTERVAL 1 YEAR, '09:00:00'),
       TIMESTAMP(@from + INTERVAL 1 YEAR, '09:00:00')
FROM person p JOIN course c ON c.status = 'PUBLISHED'
WHERE (p.username = 'trainer.tailspin' AND c.code = 'TRAIN-100')
   OR (p.username = 'trainer.wingtip' AND c.code = 'CUSTOMER-100');

INSERT INTO authorisation_event (authorisation_id, event, actor, reason, occurred_at)
SELECT a.id, 'GRANTED', 'admin', 'Onboarding: taught this course for the vendor before the academy existed', a.granted_at
FROM trainer_authorisation a JOIN person p ON p.id = a.trainer_id
WHERE p.username IN ('trainer.tailspin', 'trainer.wingtip');

-- Last month's sessions. day1/days: the first session day as an offset from @from and how many days.
CREATE TABLE demo_ledger_session (
    tag         VARCHAR(10)  NOT NULL PRIMARY KEY,
    course_code VARCHAR(40)  NOT NULL,
    partner_id  BIGINT       NULL,
    time_zone   VARCHAR(60)  NOT NULL,
    venue       VARCHAR(300) NULL,
    link        VARCHAR(500) NULL,
    day1        INT          NOT NULL,
    days        INT          NOT NULL,
    lead        VARCHAR(100) NULL,
    cancelled   BOOLEAN      NOT NULL,
    id          BIGINT       NULL
) ENGINE = InnoDB;

INSERT INTO demo_ledger_session (tag, course_code, partner_id, time_zone, venue, link, day1, days, lead, cancelled) VALUES
    ('S1', 'SALES-301', NULL, 'Europe/Berlin', NULL, 'https://meet.example.com/sales-301-last-month', 15, 1, NULL, FALSE),
    ('S2', 'MGMT-100', NULL, 'Europe/Berlin', NULL, 'https://meet.example.com/mgmt-100-last-month', 12, 1, NULL, TRUE),
    ('S3', 'SERVICE-210', 2, 'Europe/London', 'Contoso Training Centre, 1 Finsbury Square, London', NULL, 13, 1,
     'trainer.contoso', FALSE),
    ('S3b', 'SERVICE-210', 2, 'Europe/London', 'Contoso offices, Manchester', NULL, 6, 1, 'trainer.contoso', FALSE),
    ('S4', 'TRAIN-100', 3, 'Europe/Paris', 'Fabrikam Delivery, 4 quai Claude Bernard, Lyon', NULL, 16, 2,
     'trainer.fabrikam', FALSE),
    ('S5', 'TRAIN-100', @tailspin, 'Europe/Amsterdam', 'Tailspin Training, Wilhelminakade 9, Rotterdam', NULL, 19, 3,
     'trainer.tailspin', FALSE),
    ('S6', 'TRAIN-100', @tailspin, 'Europe/Amsterdam', NULL, 'https://meet.example.com/tailspin-train-100', 10, 1,
     'trainer.tailspin', FALSE),
    ('S7', 'CUSTOMER-100', @wingtip, 'Europe/Dublin', 'Wingtip Learning, 2 Grand Canal Quay, Dublin', NULL, 7, 1,
     'trainer.wingtip', FALSE),
    ('S8', 'CUSTOMER-100', @wingtip, 'Europe/Dublin', NULL, 'https://meet.example.com/wingtip-customer-100', 14, 1,
     'trainer.wingtip', FALSE),
    ('S9', 'CUSTOMER-100', @wingtip, 'Europe/Dublin', 'Wingtip Learning, 2 Grand Canal Quay, Dublin', NULL, 21, 1,
     'trainer.wingtip', FALSE);

INSERT INTO training_session (offering_id, time_zone, venue, virtual_link, capacity, min_to_run, enrollment_closes_at,
                              delivering_partner_id, status, seats_held, cancelled_at, cancel_reason, created_at)
SELECT o.id, s.time_zone, s.venue, s.link, 12, 1, TIMESTAMP(@from + INTERVAL s.day1 - 1 DAY, '12:00:00'), s.partner_id,
       IF(s.cancelled, 'CANCELLED', 'SCHEDULED'), 0,
       IF(s.cancelled, TIMESTAMP(@from + INTERVAL 9 DAY, '11:00:00'), NULL),
       IF(s.cancelled, 'The trainer fell ill and no replacement was available', NULL),
       TIMESTAMP(@from - INTERVAL 10 DAY, '08:00:00')
FROM demo_ledger_session s
JOIN course c ON c.code = s.course_code AND c.status = 'PUBLISHED'
JOIN course_offering o ON o.course_id = c.id AND o.kind = 'PUBLIC'
ORDER BY s.tag;

-- Each session read back by its cut-off and creation time (every day1 differs).
UPDATE demo_ledger_session s
JOIN training_session t ON t.enrollment_closes_at = TIMESTAMP(@from + INTERVAL s.day1 - 1 DAY, '12:00:00')
                       AND t.created_at = TIMESTAMP(@from - INTERVAL 10 DAY, '08:00:00')
SET s.id = t.id;

INSERT INTO session_day (session_id, day, starts_at, ends_at)
SELECT s.id, @from + INTERVAL (s.day1 + d.seq - 1) DAY, '09:00', '17:00'
FROM demo_ledger_session s JOIN seq_1_to_3 d ON d.seq <= s.days;

INSERT INTO session_instructor (session_id, person_id, role)
SELECT s.id, p.id, 'LEAD' FROM demo_ledger_session s JOIN person p ON p.username = s.lead;

-- ramp.tailspin on the way to instructor for TRAIN-100: shadowed S6, then co-delivered S5 (billed at the
-- agreement's co-delivery share, frozen on the step); now waiting for an observed delivery.
INSERT INTO session_instructor (session_id, person_id, role)
SELECT s.id, p.id, 'CO' FROM demo_ledger_session s JOIN person p ON p.username = 'ramp.tailspin'
WHERE s.tag IN ('S5', 'S6');

INSERT INTO trainer_candidacy (candidate_id, course_id, course_code, version_major, kind, status, nominated_by,
                               nominated_at, nomination_note, decided_by, decided_at, step_since)
SELECT p.id, c.id, c.code, c.version_major, 'INITIAL', 'OBSERVED_DELIVERY', 'pa.tailspin',
       TIMESTAMP(@from - INTERVAL 3 MONTH, '10:00:00'), 'Our second instructor for TRAIN-100', 'admin',
       TIMESTAMP(@from - INTERVAL 3 MONTH + INTERVAL 2 DAY, '10:00:00'), TIMESTAMP(@from + INTERVAL 22 DAY, '17:00:00')
FROM person p JOIN course c ON c.code = 'TRAIN-100' AND c.status = 'PUBLISHED'
WHERE p.username = 'ramp.tailspin';
SET @candidacy = LAST_INSERT_ID();

INSERT INTO candidacy_step (candidacy_id, kind, session_id, lead_trainer_id, agreement_id, billing_percent, note,
                            recorded_by, recorded_at)
SELECT @candidacy, IF(s.tag = 'S6', 'SHADOWING', 'CO_DELIVERY'), s.id, lead.id, @tailspin_agreement,
       IF(s.tag = 'S6', 0.00, 50.00), IF(s.tag = 'S6', 'Shadowed the virtual class', 'Co-delivered the three-day class'),
       'trainer.tailspin', TIMESTAMP(@from + INTERVAL (s.day1 + s.days - 1) DAY, '17:30:00')
FROM demo_ledger_session s JOIN person lead ON lead.username = 'trainer.tailspin'
WHERE s.tag IN ('S5', 'S6');

-- The plan of last month's registrations: who, what (a session, or a self-paced course), the day the seat
-- was taken and what became of it (day offsets from @from; next_month_day: an offset from this month).
--   ATTENDED: present every day, then completed      COMPLETED: a self-paced course finished on end_day
--   ACTIVE: still learning                             NO_SHOW: absent on the session days
--   CANCELLED / LATE_CANCELLED on end_day             VOIDED: the vendor cancelled the session
--   MOVED: moved to move_to on end_day, then attended  NEXT_CANCELLED: cancelled free early this month
CREATE TABLE demo_ledger_plan (
    n           INT           NOT NULL PRIMARY KEY,
    learner     VARCHAR(10)   NOT NULL,
    session_tag VARCHAR(10)   NULL,
    course_code VARCHAR(40)   NULL,
    taken_day   INT           NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    end_day     INT           NULL,
    move_to     VARCHAR(10)   NULL,
    discount    DECIMAL(12,2) NOT NULL,
    enrollment  BIGINT        NULL
) ENGINE = InnoDB;

INSERT INTO demo_ledger_plan (n, learner, session_tag, course_code, taken_day, outcome, end_day, move_to, discount) VALUES
    -- Northwind (reseller): self-paced seats in EUR and USD, a vendor class, a voided and two cancelled seats.
    ( 1, 'nw1', NULL, 'SALES-101',    1, 'COMPLETED',      11, NULL, 0.00),
    ( 2, 'nw2', NULL, 'SALES-201',    2, 'ACTIVE',       NULL, NULL, 24.90),
    ( 3, 'nw3', NULL, 'PRESALES-201', 4, 'CANCELLED',       5, NULL, 0.00),
    ( 4, 'nw4', NULL, 'SERVICE-110',  7, 'ACTIVE',       NULL, NULL, 0.00),
    ( 5, 'nw5', 'S1', NULL,           3, 'ATTENDED',     NULL, NULL, 0.00),
    ( 6, 'nw6', 'S2', NULL,           5, 'VOIDED',          9, NULL, 0.00),
    ( 7, 'nw2', 'S1', NULL,           8, 'LATE_CANCELLED', 14, NULL, 39.90),
    ( 8, 'nw3', NULL, 'SALES-201',   19, 'NEXT_CANCELLED',  0, NULL, 0.00),
    -- Contoso (revenue share): its London class (one learner moved there from Manchester, one no-show),
    -- self-paced seats with discounts, a voided seat and one in GBP.
    ( 9, 'ct1', 'S3', NULL,           0, 'ATTENDED',     NULL, NULL, 0.00),
    (10, 'ct2', 'S3', NULL,           1, 'ATTENDED',     NULL, NULL, 89.00),
    (11, 'ct3', 'S3b', NULL,          0, 'MOVED',           4, 'S3', 0.00),
    (12, 'ct4', 'S3', NULL,           2, 'NO_SHOW',      NULL, NULL, 0.00),
    (13, 'ct1', NULL, 'SECURITY-200',  9, 'COMPLETED',     19, NULL, 25.90),
    (14, 'ct2', NULL, 'PRODUCT-110', 10, 'ACTIVE',       NULL, NULL, 0.00),
    (15, 'ct3', 'S2', NULL,           6, 'VOIDED',          9, NULL, 0.00),
    (16, 'ct4', NULL, 'CUSTOMER-100', 11, 'ACTIVE',       NULL, NULL, 65.00),
    -- Fabrikam (pay per delivery): its two-day class and a self-paced seat.
    (17, 'fb1', 'S4', NULL,           2, 'ATTENDED',     NULL, NULL, 0.00),
    (18, 'fb2', 'S4', NULL,           3, 'ATTENDED',     NULL, NULL, 120.00),
    (19, 'fb3', NULL, 'SALES-101',    8, 'COMPLETED',      12, NULL, 0.00),
    -- Tailspin (pay per delivery): its three-day class and its virtual class.
    (20, 'ts1', 'S5', NULL,           5, 'ATTENDED',     NULL, NULL, 0.00),
    (21, 'ts2', 'S5', NULL,           6, 'ATTENDED',     NULL, NULL, 120.00),
    (22, 'ts3', 'S6', NULL,           1, 'ATTENDED',     NULL, NULL, 0.00),
    (23, 'ts4', 'S6', NULL,           1, 'CANCELLED',       2, NULL, 0.00),
    -- Wingtip (content licensing): three sessions and seven seats, over its licence of two and five.
    (24, 'wt1', 'S7', NULL,           0, 'ATTENDED',     NULL, NULL, 0.00),
    (25, 'wt2', 'S7', NULL,           0, 'ATTENDED',     NULL, NULL, 0.00),
    (26, 'wt3', 'S8', NULL,           1, 'ATTENDED',     NULL, NULL, 0.00),
    (27, 'wt4', 'S8', NULL,           1, 'ATTENDED',     NULL, NULL, 65.00),
    (28, 'wt5', 'S9', NULL,           9, 'ATTENDED',     NULL, NULL, 0.00),
    (29, 'wt6', 'S9', NULL,          10, 'ATTENDED',     NULL, NULL, 0.00),
    (30, 'wt1', NULL, 'SALES-101',   11, 'COMPLETED',      18, NULL, 0.00);

-- What each plan row resolves to: learner, course, offering, session (the one it ends on) and its days.
CREATE TABLE demo_ledger_row (
    n              INT           NOT NULL PRIMARY KEY,
    learner_id     BIGINT        NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    partner_id     BIGINT        NOT NULL,
    course_id      BIGINT        NOT NULL,
    offering_id    BIGINT        NOT NULL,
    first_session  BIGINT        NULL,
    session_id     BIGINT        NULL,
    delivering_id  BIGINT        NULL,
    last_day       DATE          NULL,
    taken_at       DATETIME(6)   NOT NULL,
    ended_at       DATETIME(6)   NULL,
    outcome        VARCHAR(20)   NOT NULL,
    discount       DECIMAL(12,2) NOT NULL,
    enrollment_id  BIGINT        NULL
) ENGINE = InnoDB;

INSERT INTO demo_ledger_row (n, learner_id, username, partner_id, course_id, offering_id, first_session, session_id,
                             delivering_id, last_day, taken_at, ended_at, outcome, discount)
SELECT pl.n, p.id, p.username, p.partner_id, c.id, o.id, s.id, COALESCE(m.id, s.id), COALESCE(m.partner_id, s.partner_id),
       @from + INTERVAL (COALESCE(m.day1 + m.days, s.day1 + s.days) - 1) DAY,
       TIMESTAMP(@from + INTERVAL pl.taken_day DAY, '09:00:00') + INTERVAL pl.n MINUTE,
       CASE
           WHEN pl.outcome = 'NEXT_CANCELLED' THEN
               LEAST(TIMESTAMP(@this_month + INTERVAL pl.end_day DAY, '08:00:00'), UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE)
           WHEN pl.end_day IS NOT NULL THEN TIMESTAMP(@from + INTERVAL pl.end_day DAY, '16:00:00') + INTERVAL pl.n MINUTE
           WHEN pl.outcome IN ('ATTENDED', 'NO_SHOW') THEN
               TIMESTAMP(@from + INTERVAL (s.day1 + s.days - 1) DAY, '17:15:00') + INTERVAL pl.n MINUTE
       END,
       pl.outcome, pl.discount
FROM demo_ledger_plan pl
JOIN demo_ledger_person d ON d.tag = pl.learner
JOIN person p ON p.username = d.username
LEFT JOIN demo_ledger_session s ON s.tag = pl.session_tag
LEFT JOIN demo_ledger_session m ON m.tag = pl.move_to
JOIN course c ON c.code = COALESCE(s.course_code, pl.course_code) AND c.status = 'PUBLISHED'
JOIN course_offering o ON o.course_id = c.id AND o.kind = 'PUBLIC';

-- The enrollments. request_key ties each to its plan row (unique per learner).
INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, completed_at, offering_id, session_id, origin,
                        requested_by, request_key, closed_at, close_reason)
SELECT r.learner_id, r.course_id,
       CASE r.outcome
           WHEN 'ATTENDED' THEN 'COMPLETED' WHEN 'MOVED' THEN 'COMPLETED' WHEN 'COMPLETED' THEN 'COMPLETED'
           WHEN 'ACTIVE' THEN 'ACTIVE' WHEN 'NO_SHOW' THEN 'NO_SHOW' ELSE 'CANCELLED' END,
       r.taken_at - INTERVAL 5 MINUTE,
       CASE WHEN r.outcome IN ('ATTENDED', 'MOVED') THEN TIMESTAMP(r.last_day, '17:15:00') + INTERVAL r.n MINUTE
            WHEN r.outcome = 'COMPLETED' THEN r.ended_at END,
       r.offering_id, r.session_id, 'SELF', r.username, CONCAT('demo-ledger-', r.n),
       CASE WHEN r.outcome IN ('ATTENDED', 'MOVED') THEN TIMESTAMP(r.last_day, '17:15:00') + INTERVAL r.n MINUTE
            WHEN r.outcome <> 'ACTIVE' THEN r.ended_at END,
       CASE r.outcome
           WHEN 'CANCELLED' THEN 'Cancelled by the learner before the cut-off'
           WHEN 'NEXT_CANCELLED' THEN 'Cancelled by the learner before the cut-off'
           WHEN 'LATE_CANCELLED' THEN 'Cancelled by the learner after the cut-off (charged)'
           WHEN 'VOIDED' THEN 'The vendor cancelled the session'
           WHEN 'NO_SHOW' THEN 'Did not attend' END
FROM demo_ledger_row r ORDER BY r.n;

UPDATE demo_ledger_row r JOIN enrollment e ON e.learner_id = r.learner_id AND e.request_key = CONCAT('demo-ledger-', r.n)
SET r.enrollment_id = e.id;

-- Completed enrollments have every module done on the completion day.
INSERT INTO enrollment_module_completion (enrollment_id, module_id, completed_at)
SELECT e.id, m.id, e.completed_at
FROM demo_ledger_row r JOIN enrollment e ON e.id = r.enrollment_id JOIN course_module m ON m.course_id = e.course_id
WHERE e.status = 'COMPLETED';

-- Seats: held by those who attended or missed it, released otherwise.
INSERT INTO seat_booking (session_id, enrollment_id, partner_id, state, requested_at, seated_at, released_at)
SELECT r.session_id, r.enrollment_id, r.partner_id,
       IF(r.outcome IN ('ATTENDED', 'MOVED', 'NO_SHOW'), 'SEATED', 'RELEASED'), r.taken_at - INTERVAL 5 MINUTE,
       r.taken_at, IF(r.outcome IN ('ATTENDED', 'MOVED', 'NO_SHOW'), NULL, r.ended_at)
FROM demo_ledger_row r WHERE r.session_id IS NOT NULL;

UPDATE training_session t
JOIN (SELECT session_id, COUNT(*) AS held FROM seat_booking WHERE state = 'SEATED' GROUP BY session_id) b
  ON b.session_id = t.id
JOIN demo_ledger_session s ON s.id = t.id
SET t.seats_held = b.held;

INSERT INTO attendance_mark (enrollment_id, session_id, day, present, marked_by, marked_at)
SELECT r.enrollment_id, r.session_id, sd.day, r.outcome <> 'NO_SHOW', lead.username, TIMESTAMP(sd.day, '17:05:00')
FROM demo_ledger_row r
JOIN session_day sd ON sd.session_id = r.session_id
JOIN demo_ledger_session s ON s.id = r.session_id
JOIN person lead ON lead.username = COALESCE(s.lead, 'admin')
WHERE r.outcome IN ('ATTENDED', 'MOVED', 'NO_SHOW');

-- The registrations, frozen when the seat was taken: the offering's price, the learner's partner as the
-- seller, the delivering partner, the seller's agreement in force that day and the discount granted. A moved
-- seat is on the session it moved to.
INSERT INTO registration (enrollment_id, selling_partner_id, list_price, currency, created_at, offering_id, session_id,
                          delivering_partner_id, agreement_id, discount_amount)
SELECT r.enrollment_id, r.partner_id, o.list_price, o.currency, r.taken_at, r.offering_id, r.session_id,
       r.delivering_id,
       (SELECT a.id FROM partner_agreement a
        WHERE a.partner_id = r.partner_id AND a.valid_from <= DATE(r.taken_at)
          AND (a.valid_to IS NULL OR a.valid_to >= DATE(r.taken_at))
        ORDER BY a.valid_from DESC LIMIT 1),
       r.discount
FROM demo_ledger_row r JOIN course_offering o ON o.id = r.offering_id
ORDER BY r.n;

-- The ledger events, with the idempotency keys the application itself uses, so that a later action on one
-- of these enrollments (a learner cancelling an active one) appends rather than repeats.
INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key, session_id, note)
SELECT g.id, 'SEAT_TAKEN', r.taken_at, r.username, CONCAT('seat-taken:', r.enrollment_id), r.first_session, NULL
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id
UNION ALL
SELECT g.id, 'MOVED', r.ended_at, 'admin', CONCAT('moved:', r.enrollment_id, ':demo'), r.session_id,
       CONCAT('moved from session ', r.first_session)
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id WHERE r.outcome = 'MOVED'
UNION ALL
SELECT g.id, 'ATTENDED', TIMESTAMP(r.last_day, '17:10:00') + INTERVAL r.n MINUTE, COALESCE(s.lead, 'admin'),
       CONCAT('attended:', r.enrollment_id), r.session_id, NULL
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id
JOIN demo_ledger_session s ON s.id = r.session_id
WHERE r.outcome IN ('ATTENDED', 'MOVED')
UNION ALL
SELECT g.id, 'COMPLETED', e.completed_at, IF(r.session_id IS NULL, r.username, 'admin'),
       CONCAT('completed:', r.enrollment_id), r.session_id, NULL
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id JOIN enrollment e ON e.id = r.enrollment_id
WHERE r.outcome IN ('ATTENDED', 'MOVED', 'COMPLETED')
UNION ALL
SELECT g.id, 'NO_SHOW', r.ended_at, 'admin', CONCAT('no-show:', r.enrollment_id), r.session_id, NULL
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id WHERE r.outcome = 'NO_SHOW'
UNION ALL
SELECT g.id, IF(r.outcome = 'LATE_CANCELLED', 'LATE_CANCELLED', 'CANCELLED'), r.ended_at, r.username,
       CONCAT('cancelled:', r.enrollment_id), r.session_id, e.close_reason
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id JOIN enrollment e ON e.id = r.enrollment_id
WHERE r.outcome IN ('CANCELLED', 'LATE_CANCELLED', 'NEXT_CANCELLED')
UNION ALL
SELECT g.id, 'VOIDED', r.ended_at, 'admin', CONCAT('voided:', r.enrollment_id), r.session_id,
       'The vendor cancelled the session'
FROM demo_ledger_row r JOIN registration g ON g.enrollment_id = r.enrollment_id WHERE r.outcome = 'VOIDED'
ORDER BY 3;

DROP TABLE demo_ledger_row;
DROP TABLE demo_ledger_plan;
DROP TABLE demo_ledger_session;
DROP TABLE demo_ledger_person;
