-- Demo data for the catalog's depth: brands, track and audiences of the demo courses, offerings with
-- their prices, and one course (PRODUCT-100) with two published versions: 3.2 (retired, a learner
-- completed it) and 4.0 (current). Sign in as admin and draft 5.0 of it to see a content-update alert
-- reach carla.

-- Brands may also come from other demo scripts: add only the ones missing, reference them by code.
INSERT IGNORE INTO brand (code, name) VALUES
    ('CORE', 'Core Platform'),
    ('ANALYTICS', 'Analytics Add-on'),
    ('MOBILE', 'Mobile Add-on');

-- Every course's list price becomes its PUBLIC offering (the schema migration did this for courses that
-- existed then; the demo courses were inserted after it).
INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT c.id, 'PUBLIC', c.list_price, c.currency FROM course c
WHERE c.list_price IS NOT NULL AND c.currency IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM course_offering o WHERE o.course_id = c.id AND o.kind = 'PUBLIC');

-- Further offerings: private and onsite classes, customer training.
INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT c.id, 'PRIVATE', 2400.00, 'EUR' FROM course c WHERE c.code IN ('SALES-301', 'PRESALES-301', 'MGMT-100') AND c.status <> 'RETIRED';
INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT c.id, 'ONSITE', 4900.00, 'USD' FROM course c WHERE c.code IN ('SERVICE-210', 'TRAIN-100') AND c.status <> 'RETIRED';
INSERT INTO course_offering (course_id, kind, list_price, currency)
SELECT c.id, 'CUSTOMER_TRAINING', 1800.00, 'GBP' FROM course c WHERE c.code = 'CUSTOMER-100';

-- Tracks: sales and deal-desk courses are SALES, the rest stay TECHNICAL.
UPDATE course SET track = 'SALES' WHERE code LIKE 'SALES-%' OR code LIKE 'DEALDESK-%' OR code = 'MGMT-100';

-- Audiences by position.
INSERT INTO course_audience_position (course_id, position)
SELECT c.id, p.position FROM course c JOIN (
    SELECT 'SALES-%' AS pattern, 'SALES_REP' AS position UNION ALL
    SELECT 'SALES-%', 'MANAGER' UNION ALL
    SELECT 'PRESALES-%', 'PRE_SALES_ENGINEER' UNION ALL
    SELECT 'SERVICE-%', 'SERVICE_TECHNICIAN' UNION ALL
    SELECT 'DEALDESK-%', 'DEAL_DESK' UNION ALL
    SELECT 'MGMT-%', 'MANAGER' UNION ALL
    SELECT 'TRAIN-%', 'TRAINER') p ON c.code LIKE p.pattern;

-- Audiences by brand.
INSERT INTO course_audience_brand (course_id, brand_id)
SELECT c.id, b.id FROM course c JOIN brand b ON b.code = 'CORE'
WHERE c.code IN ('PRESALES-101', 'SERVICE-110', 'SERVICE-120', 'PRODUCT-100');
INSERT INTO course_audience_brand (course_id, brand_id)
SELECT c.id, b.id FROM course c JOIN brand b ON b.code = 'ANALYTICS' WHERE c.code = 'PRODUCT-110';
INSERT INTO course_audience_brand (course_id, brand_id)
SELECT c.id, b.id FROM course c JOIN brand b ON b.code = 'MOBILE' WHERE c.code = 'PRODUCT-120';

-- PRODUCT-100's previous published version, 3.2, retired when 4.0 was published.
INSERT INTO course (code, title, description, format, version_major, version_minor, status, language, created_at, published_at, retired_at)
VALUES ('PRODUCT-100', 'Product Tour 2025', 'Product Tour 2025.', 'SELF_PACED', 3, 2, 'RETIRED', 'en',
        UTC_TIMESTAMP(6) - INTERVAL 400 DAY, UTC_TIMESTAMP(6) - INTERVAL 390 DAY, UTC_TIMESTAMP(6) - INTERVAL 30 DAY);
SET @product_v3 = LAST_INSERT_ID();
INSERT INTO course_module (course_id, position, title, duration_minutes) VALUES
    (@product_v3, 1, 'What is new in 2025', 20),
    (@product_v3, 2, 'Licensing overview', 15);
INSERT INTO course_offering (course_id, kind, list_price, currency) VALUES (@product_v3, 'PUBLIC', 0.00, 'EUR');
INSERT INTO course_audience_brand (course_id, brand_id) SELECT @product_v3, id FROM brand WHERE code = 'CORE';

-- carla completed version 3.2 last year: her enrollment and ledger entry stay on it.
INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, completed_at)
SELECT p.id, @product_v3, 'COMPLETED', UTC_TIMESTAMP(6) - INTERVAL 380 DAY, UTC_TIMESTAMP(6) - INTERVAL 379 DAY
FROM person p WHERE p.username = 'carla';
SET @carla_enrollment = LAST_INSERT_ID();
INSERT INTO enrollment_module_completion (enrollment_id, module_id, completed_at)
SELECT @carla_enrollment, m.id, UTC_TIMESTAMP(6) - INTERVAL 379 DAY FROM course_module m WHERE m.course_id = @product_v3;
INSERT INTO registration (enrollment_id, selling_partner_id, list_price, currency, created_at)
SELECT @carla_enrollment, p.partner_id, 0.00, 'EUR', UTC_TIMESTAMP(6) - INTERVAL 380 DAY FROM person p WHERE p.username = 'carla';
SET @carla_registration = LAST_INSERT_ID();
INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key) VALUES
    (@carla_registration, 'SEAT_TAKEN', UTC_TIMESTAMP(6) - INTERVAL 380 DAY, 'carla', CONCAT('demo-v4-', @carla_registration, '-SEAT_TAKEN')),
    (@carla_registration, 'COMPLETED', UTC_TIMESTAMP(6) - INTERVAL 379 DAY, 'carla', CONCAT('demo-v4-', @carla_registration, '-COMPLETED'));
