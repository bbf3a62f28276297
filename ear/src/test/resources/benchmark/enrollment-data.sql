-- Data of the enrollment benchmark, on top of the demo data: 64 learners of one partner and 1,500
-- published self-paced courses open to everyone (no audience, no prerequisite, no approval), so the
-- benchmark has 96,000 learner x course pairs nobody is enrolled in. Everyone signs in with the demo
-- password (the hash is copied from the demo's admin). Ids live far above the demo data's.
-- Statements end with a semicolon at the end of a line; EnrollmentBenchmark runs them one by one.

SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');

INSERT INTO partner (id, name, partner_type, tier) VALUES (900001, 'Benchmark Partner', 'RESELLER', 'Gold');

INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (900001, 900001, 'Benchmark Office', 'Berlin', 'DE');

INSERT INTO person (id, username, password_hash, display_name, email, position, persona, partner_id, active)
SELECT 9000000 + seq, CONCAT('bench.learner.', seq), @pw, CONCAT('Bench Learner ', seq),
       CONCAT('bench.learner.', seq, '@bench.example'), 'SALES_REP', 'Hunter', 900001, 1
FROM seq_1_to_64;

INSERT INTO person_role (person_id, role) SELECT 9000000 + seq, 'LEARNER' FROM seq_1_to_64;

INSERT INTO person_location (person_id, location_id) SELECT 9000000 + seq, 900001 FROM seq_1_to_64;

INSERT INTO course (id, code, title, description, format, version_major, version_minor, status, language,
                    list_price, currency, created_at, published_at)
SELECT 9100000 + seq, CONCAT('BN-', LPAD(seq, 4, '0')), CONCAT('Benchmark Course ', seq),
       'A self-paced course of the enrollment benchmark.', 'SELF_PACED', 1, 0, 'PUBLISHED', 'en',
       200, 'EUR', '2026-01-01', '2026-01-02'
FROM seq_1_to_1500;

INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT id, 'PUBLIC', list_price, currency FROM course WHERE id > 9100000;

INSERT INTO course_module (course_id, position, title, duration_minutes)
SELECT id, 1, 'The only module', 30 FROM course WHERE id > 9100000;
