-- Scale data for benchmarks: 2,000 partners, 5,000 locations, 100,000 learners (one partner has 2,000
-- of them), 500 courses and 1,000,000 historical enrollments, each with its registration and ledger
-- event; offerings, audiences, brands on locations and the demo rules' path assignments. Set-based INSERT ... SELECT over MariaDB's sequence tables (seq_1_to_N), so it loads in minutes.
-- Ids live in their own ranges, far above the demo data's:
--   partners 100,001-102,000; locations 200,001-205,000; courses 300,001-300,500;
--   learners 1,000,001-1,100,000; partner admins 2,000,001-2,002,000; enrollments 10,000,001-11,000,000.
-- Everyone signs in with the demo password (their hash is copied from the demo's admin).
-- Statements end with a semicolon at the end of a line; ScaleData runs them one by one and times them.

SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');

INSERT INTO partner (id, name, partner_type, tier, agreement_model)
SELECT 100000 + seq, CONCAT('Scale Partner ', LPAD(seq, 4, '0')),
       ELT(1 + seq % 5, 'RESELLER', 'OEM', 'REFERRAL', 'IMPLEMENTATION_PARTNER', 'TRAINING_PARTNER'),
       ELT(1 + seq % 4, 'Registered', 'Silver', 'Gold', 'Platinum'),
       IF(seq % 5 = 4, ELT(1 + seq % 4, 'RESELLER', 'CONTENT_LICENSING', 'PAY_PER_DELIVERY', 'REVENUE_SHARE'), NULL)
FROM seq_1_to_2000;

-- Location m belongs to partner 1 + (m - 1) % 2000: partners 1-1000 have three locations, the rest two.
INSERT INTO partner_location (id, partner_id, name, city, country)
SELECT 200000 + seq, 100000 + 1 + (seq - 1) % 2000, CONCAT('Scale Office ', seq),
       ELT(1 + seq % 6, 'Berlin', 'Lyon', 'Porto', 'Leeds', 'Graz', 'Turin'),
       ELT(1 + seq % 6, 'DE', 'FR', 'PT', 'GB', 'AT', 'IT')
FROM seq_1_to_5000;

-- Learner n: the first 2,000 work for Scale Partner 0001, the others spread over partners 2-2000.
CREATE TEMPORARY TABLE scale_learner (
    n       INT    NOT NULL PRIMARY KEY,
    partner INT    NOT NULL,
    slot    INT    NOT NULL
) ENGINE = MEMORY;

INSERT INTO scale_learner (n, partner, slot)
SELECT seq, IF(seq <= 2000, 1, 2 + (seq - 2001) % 1999), seq % 2 FROM seq_1_to_100000;

UPDATE scale_learner SET slot = n % 3 WHERE partner <= 1000;

INSERT INTO person (id, username, password_hash, display_name, email, position, persona, partner_id, active)
SELECT 1000000 + n, CONCAT('scale.learner.', n), @pw,
       CONCAT(ELT(1 + n % 10, 'Ada', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gia', 'Hugo', 'Iris', 'Jon'), ' ',
              ELT(1 + (n DIV 10) % 10, 'Berg', 'Costa', 'Dahl', 'Engel', 'Ferro', 'Gallo', 'Hahn', 'Ibsen', 'Jung', 'Klein'), ' ', n),
       CONCAT('scale.learner.', n, '@scale.example'),
       ELT(1 + n % 5, 'SALES_REP', 'PRE_SALES_ENGINEER', 'SERVICE_TECHNICIAN', 'DEAL_DESK', 'MANAGER'),
       ELT(1 + n % 4, 'Hunter', 'Farmer', 'Field engineer', 'Operations'),
       100000 + partner, 1
FROM scale_learner;

INSERT INTO person_role (person_id, role) SELECT 1000000 + n, 'LEARNER' FROM scale_learner;

INSERT INTO person_location (person_id, location_id)
SELECT 1000000 + n, 200000 + partner + 2000 * slot FROM scale_learner;

-- One partner admin per partner, administering all of its locations: scale.admin.1 runs the big partner.
INSERT INTO person (id, username, password_hash, display_name, email, position, persona, partner_id, active)
SELECT 2000000 + seq, CONCAT('scale.admin.', seq), @pw, CONCAT('Scale Admin ', seq),
       CONCAT('scale.admin.', seq, '@scale.example'), 'MANAGER', 'Manager', 100000 + seq, 1
FROM seq_1_to_2000;

INSERT INTO person_role (person_id, role)
SELECT 2000000 + seq, 'PARTNER_ADMIN' FROM seq_1_to_2000
UNION ALL SELECT 2000000 + seq, 'LEARNER' FROM seq_1_to_2000;

INSERT INTO person_location (person_id, location_id)
SELECT 2000000 + partner_id - 100000, id FROM partner_location WHERE id > 200000;

INSERT INTO course (id, code, title, description, format, version_major, version_minor, status, language,
                    list_price, currency, created_at, published_at)
SELECT 300000 + seq, CONCAT('SC-', LPAD(seq, 3, '0')),
       CONCAT(ELT(1 + seq % 8, 'Selling', 'Installing', 'Servicing', 'Configuring', 'Pricing', 'Troubleshooting',
                  'Upgrading', 'Demonstrating'), ' ',
              ELT(1 + (seq DIV 8) % 6, 'Aurora', 'Borealis', 'Cumulus', 'Delta', 'Equinox', 'Fjord'), ' ',
              ELT(1 + (seq DIV 48) % 5, 'Fundamentals', 'Essentials', 'Advanced', 'Masterclass', 'Workshop'), ' ', seq),
       CONCAT('Scale course ', seq, ' for benchmarks: what partners need to know about this product line.'),
       ELT(1 + seq % 4, 'SELF_PACED', 'INSTRUCTOR_LED_CLASSROOM', 'VIRTUAL_INSTRUCTOR_LED', 'BLENDED'),
       1, 0, 'PUBLISHED', ELT(1 + seq % 4, 'en', 'de', 'fr', 'es'),
       100 + (seq % 20) * 50, 'EUR', '2023-01-01', '2023-01-02'
FROM seq_1_to_500;

-- Each course is sold publicly at its list price; every fourth also as onsite training.
INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT id, 'PUBLIC', list_price, currency FROM course WHERE id > 300000
UNION ALL
SELECT id, 'ONSITE', list_price * 3, currency FROM course WHERE id > 300000 AND id % 4 = 0;

INSERT INTO course_audience_position (course_id, position)
SELECT 300000 + seq, ELT(1 + seq % 5, 'SALES_REP', 'PRE_SALES_ENGINEER', 'SERVICE_TECHNICIAN', 'DEAL_DESK', 'MANAGER')
FROM seq_1_to_500 WHERE seq % 3 = 0;

-- Every scale location carries one of the demo brands.
INSERT INTO location_brand (location_id, brand_id)
SELECT l.id, b.id
FROM partner_location l
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, COUNT(*) OVER () AS brands FROM brand) b
  ON b.n = l.id % b.brands
WHERE l.id > 200000;

INSERT INTO course_module (course_id, position, title, duration_minutes)
SELECT 300000 + c.seq, m.seq, CONCAT('Module ', m.seq), 30 + 15 * m.seq
FROM seq_1_to_500 c JOIN seq_1_to_4 m;

-- Enrollment i: learner 1 + (i - 1) % 100000, ten each, on ten different courses
-- (course offsets s * 50 differ modulo 500). 85% completed, 10% active, 5% cancelled, over three years.
INSERT INTO enrollment (id, learner_id, course_id, status, enrolled_at, completed_at)
SELECT 10000000 + seq,
       1000000 + 1 + (seq - 1) % 100000,
       300000 + 1 + ((1 + (seq - 1) % 100000) * 7 + ((seq - 1) DIV 100000) * 50) % 500,
       CASE WHEN seq % 20 = 0 THEN 'CANCELLED' WHEN seq % 10 = 1 THEN 'ACTIVE' ELSE 'COMPLETED' END,
       TIMESTAMP('2023-06-01') + INTERVAL (seq % 1000) DAY + INTERVAL (seq % 86400) SECOND,
       CASE WHEN seq % 20 = 0 OR seq % 10 = 1 THEN NULL
            ELSE TIMESTAMP('2023-06-01') + INTERVAL (seq % 1000) DAY + INTERVAL 14 DAY END
FROM seq_1_to_1000000;

INSERT INTO registration (id, enrollment_id, selling_partner_id, list_price, currency, created_at)
SELECT e.id, e.id, p.partner_id, 100 + (e.course_id % 20) * 50, 'EUR', e.enrolled_at
FROM enrollment e JOIN person p ON p.id = e.learner_id
WHERE e.id > 10000000;

INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
SELECT r.id, 'SEAT_TAKEN', r.created_at, 'scale-data', CONCAT('scale-seat-', r.id)
FROM registration r WHERE r.id > 10000000;

-- Module progress of the active enrollments: the first two modules done.
INSERT INTO enrollment_module_completion (enrollment_id, module_id, completed_at)
SELECT e.id, m.id, e.enrolled_at + INTERVAL m.position DAY
FROM enrollment e JOIN course_module m ON m.course_id = e.course_id AND m.position <= 2
WHERE e.id > 10000000 AND e.status = 'ACTIVE';

-- The demo's assignment rules applied to the scale learners, with the statement the demo data uses.
INSERT INTO path_assignment (person_id, path_id, rule_id, assigned_at)
SELECT p.id, rp.path_id, rp.rule_id, UTC_TIMESTAMP(6)
FROM person p
JOIN partner pa ON pa.id = p.partner_id
JOIN partner_tier t ON t.code = pa.tier
JOIN assignment_rule_path rp ON rp.rule_id IN (1, 2, 3, 4, 5)
WHERE p.id > 1000000
  AND ((rp.rule_id = 1 AND p.position = 'SALES_REP' AND pa.partner_type = 'RESELLER'
            AND t.level >= (SELECT level FROM partner_tier WHERE code = 'Gold'))
    OR (rp.rule_id = 2 AND p.position = 'PRE_SALES_ENGINEER')
    OR (rp.rule_id = 3 AND (p.position = 'SERVICE_TECHNICIAN' OR p.position = 'TRAINER'))
    OR (rp.rule_id = 4 AND p.position = 'DEAL_DESK')
    OR (rp.rule_id = 5 AND p.position = 'MANAGER' AND t.level >= (SELECT level FROM partner_tier WHERE code = 'Silver')));

DROP TEMPORARY TABLE scale_learner;

ANALYZE TABLE partner, partner_location, location_brand, person, person_role, person_location, course,
    course_offering, course_module, enrollment, registration, registration_event, enrollment_module_completion,
    path_assignment;
