-- Demo data, part three: the brands each location carries, the partners' agreements (all four models,
-- dated relative to today so they stay in force whenever the demo runs), and a partner admin who
-- administers one location only. Same password as part one ('academy-demo').
SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');
SET @year_start = MAKEDATE(YEAR(CURDATE()), 1);

-- IGNORE: another demo script may already have added a brand of the same code.
INSERT IGNORE INTO brand (code, name) VALUES
    ('CORE', 'Core Platform'),
    ('ANALYTICS', 'Analytics Suite'),
    ('FIELD', 'Field Service'),
    ('CLOUD', 'Cloud Edge');

INSERT IGNORE INTO location_brand (location_id, brand_id)
SELECT carried.location_id, b.id
FROM (SELECT 1 AS location_id, 'CORE' AS code UNION ALL SELECT 1, 'ANALYTICS'
      UNION ALL SELECT 2, 'CORE' UNION ALL SELECT 2, 'FIELD'
      UNION ALL SELECT 3, 'CORE' UNION ALL SELECT 3, 'ANALYTICS' UNION ALL SELECT 3, 'CLOUD'
      UNION ALL SELECT 4, 'CORE'
      UNION ALL SELECT 5, 'FIELD'
      UNION ALL SELECT 6, 'FIELD' UNION ALL SELECT 6, 'CORE'
      UNION ALL SELECT 7, 'CORE' UNION ALL SELECT 7, 'CLOUD'
      UNION ALL SELECT 8, 'CLOUD'
      UNION ALL SELECT 9, 'FIELD'
      UNION ALL SELECT 10, 'ANALYTICS') carried
JOIN brand b ON b.code = carried.code;

-- Northwind resells seats at 20 % off list; Contoso licensed the content until last year and shares
-- revenue since; Fabrikam is paid per delivery day until the end of next year.
INSERT INTO partner_agreement (partner_id, model, valid_from, valid_to, discount_percent, annual_fee, day_rate, revenue_share_percent, currency) VALUES
    (1, 'RESELLER', @year_start - INTERVAL 1 YEAR, NULL, 20.00, NULL, NULL, NULL, NULL),
    (2, 'CONTENT_LICENSING', @year_start - INTERVAL 2 YEAR, @year_start - INTERVAL 1 DAY, NULL, 12000.00, NULL, NULL, 'EUR'),
    (2, 'REVENUE_SHARE', @year_start, NULL, NULL, NULL, NULL, 30.00, NULL),
    (3, 'PAY_PER_DELIVERY', @year_start, @year_start + INTERVAL 2 YEAR - INTERVAL 1 DAY, NULL, NULL, 950.00, NULL, 'EUR');

-- Leo administers Contoso London only: he sees the people who work there (Mona too, who also works in
-- Manchester), not Grace or Hugo, who work in Manchester only.
INSERT INTO person (username, password_hash, display_name, email, position, persona, partner_id, manager_id)
VALUES ('pa.contoso.london', @pw, 'Leo London', 'pa.contoso.london@example.com', 'MANAGER', 'Manager', 2,
        (SELECT id FROM (SELECT id FROM person WHERE username = 'pa.contoso') manager));
SET @leo = LAST_INSERT_ID();
INSERT INTO person_role (person_id, role) VALUES (@leo, 'PARTNER_ADMIN'), (@leo, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (@leo, 3);
INSERT INTO person_admin_location (person_id, location_id) VALUES (@leo, 3);
