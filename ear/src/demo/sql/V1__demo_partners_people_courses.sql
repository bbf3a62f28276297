-- Demo data for the run command only (never part of the production migrations).
-- Every demo login uses the password 'academy-demo' (README lists the logins).

SET @pw = 'PBKDF2WithHmacSHA512:210000:+9tEQiGDRb4l33XUftHNkkj7lO4TCEpENkBXAstJDKs=:GGXyghIX41mtcM6nO1nvsUjARn0QvNhZtiHCkMSm/O0=';

INSERT INTO partner (id, name, partner_type, tier, agreement_model) VALUES (1, 'Northwind Resellers', 'RESELLER', 'Gold', 'RESELLER');
INSERT INTO partner (id, name, partner_type, tier, agreement_model) VALUES (2, 'Contoso Training', 'TRAINING_PARTNER', 'Platinum', 'REVENUE_SHARE');
INSERT INTO partner (id, name, partner_type, tier, agreement_model) VALUES (3, 'Fabrikam Delivery', 'TRAINING_PARTNER', 'Silver', 'PAY_PER_DELIVERY');
INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (1, 1, 'Northwind Berlin', 'Berlin', 'DE');
INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (2, 1, 'Northwind Munich', 'Munich', 'DE');
INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (3, 2, 'Contoso London', 'London', 'GB');
INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (4, 2, 'Contoso Manchester', 'Manchester', 'GB');
INSERT INTO partner_location (id, partner_id, name, city, country) VALUES (5, 3, 'Fabrikam Lyon', 'Lyon', 'FR');

INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (1, 'admin', @pw, 'Vera Vendor', 'admin@example.com', 'VENDOR_STAFF', NULL);
INSERT INTO person_role (person_id, role) VALUES (1, 'VENDOR_ADMIN');
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (2, 'leader', @pw, 'Lena Leader', 'leader@example.com', 'VENDOR_STAFF', NULL);
INSERT INTO person_role (person_id, role) VALUES (2, 'TRAINING_LEADER');
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (3, 'pa.northwind', @pw, 'Paul Northwind', 'pa.northwind@example.com', 'MANAGER', 1);
INSERT INTO person_role (person_id, role) VALUES (3, 'PARTNER_ADMIN');
INSERT INTO person_role (person_id, role) VALUES (3, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (3, 1);
INSERT INTO person_location (person_id, location_id) VALUES (3, 2);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (4, 'pa.contoso', @pw, 'Priya Contoso', 'pa.contoso@example.com', 'MANAGER', 2);
INSERT INTO person_role (person_id, role) VALUES (4, 'PARTNER_ADMIN');
INSERT INTO person_role (person_id, role) VALUES (4, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (4, 3);
INSERT INTO person_location (person_id, location_id) VALUES (4, 4);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (5, 'pa.fabrikam', @pw, 'Pierre Fabrikam', 'pa.fabrikam@example.com', 'MANAGER', 3);
INSERT INTO person_role (person_id, role) VALUES (5, 'PARTNER_ADMIN');
INSERT INTO person_role (person_id, role) VALUES (5, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (5, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (6, 'trainer.contoso', @pw, 'Tom Trainer', 'trainer.contoso@example.com', 'TRAINER', 2);
INSERT INTO person_role (person_id, role) VALUES (6, 'TRAINER');
INSERT INTO person_role (person_id, role) VALUES (6, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (6, 3);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (7, 'trainer.fabrikam', @pw, 'Tess Trainer', 'trainer.fabrikam@example.com', 'TRAINER', 3);
INSERT INTO person_role (person_id, role) VALUES (7, 'TRAINER');
INSERT INTO person_role (person_id, role) VALUES (7, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (7, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (8, 'alice', @pw, 'Alice Anders', 'alice@example.com', 'SALES_REP', 1);
INSERT INTO person_role (person_id, role) VALUES (8, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (8, 1);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (9, 'bob', @pw, 'Bob Brandt', 'bob@example.com', 'PRE_SALES_ENGINEER', 1);
INSERT INTO person_role (person_id, role) VALUES (9, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (9, 1);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (10, 'carla', @pw, 'Carla Conti', 'carla@example.com', 'SERVICE_TECHNICIAN', 1);
INSERT INTO person_role (person_id, role) VALUES (10, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (10, 2);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (11, 'dmitri', @pw, 'Dmitri Dorn', 'dmitri@example.com', 'DEAL_DESK', 1);
INSERT INTO person_role (person_id, role) VALUES (11, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (11, 2);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (12, 'emma', @pw, 'Emma Evans', 'emma@example.com', 'SALES_REP', 2);
INSERT INTO person_role (person_id, role) VALUES (12, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (12, 3);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (13, 'farid', @pw, 'Farid Faruk', 'farid@example.com', 'PRE_SALES_ENGINEER', 2);
INSERT INTO person_role (person_id, role) VALUES (13, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (13, 3);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (14, 'grace', @pw, 'Grace Green', 'grace@example.com', 'SERVICE_TECHNICIAN', 2);
INSERT INTO person_role (person_id, role) VALUES (14, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (14, 4);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (15, 'hugo', @pw, 'Hugo Hall', 'hugo@example.com', 'DEAL_DESK', 2);
INSERT INTO person_role (person_id, role) VALUES (15, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (15, 4);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (16, 'ines', @pw, 'Ines Ibarra', 'ines@example.com', 'SALES_REP', 3);
INSERT INTO person_role (person_id, role) VALUES (16, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (16, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (17, 'jonas', @pw, 'Jonas Jung', 'jonas@example.com', 'PRE_SALES_ENGINEER', 3);
INSERT INTO person_role (person_id, role) VALUES (17, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (17, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (18, 'kira', @pw, 'Kira Klein', 'kira@example.com', 'SERVICE_TECHNICIAN', 3);
INSERT INTO person_role (person_id, role) VALUES (18, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (18, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (19, 'liam', @pw, 'Liam Lopez', 'liam@example.com', 'SALES_REP', 1);
INSERT INTO person_role (person_id, role) VALUES (19, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (19, 1);
INSERT INTO person_location (person_id, location_id) VALUES (19, 2);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (20, 'mona', @pw, 'Mona Meyer', 'mona@example.com', 'PRE_SALES_ENGINEER', 2);
INSERT INTO person_role (person_id, role) VALUES (20, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (20, 3);
INSERT INTO person_location (person_id, location_id) VALUES (20, 4);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (21, 'nils', @pw, 'Nils Nowak', 'nils@example.com', 'SERVICE_TECHNICIAN', 1);
INSERT INTO person_role (person_id, role) VALUES (21, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (21, 1);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (22, 'olga', @pw, 'Olga Orlov', 'olga@example.com', 'DEAL_DESK', 3);
INSERT INTO person_role (person_id, role) VALUES (22, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (22, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (23, 'pedro', @pw, 'Pedro Pinto', 'pedro@example.com', 'SALES_REP', 2);
INSERT INTO person_role (person_id, role) VALUES (23, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (23, 3);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (24, 'quinn', @pw, 'Quinn Quade', 'quinn@example.com', 'SERVICE_TECHNICIAN', 3);
INSERT INTO person_role (person_id, role) VALUES (24, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (24, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (25, 'rosa', @pw, 'Rosa Rossi', 'rosa@example.com', 'PRE_SALES_ENGINEER', 1);
INSERT INTO person_role (person_id, role) VALUES (25, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (25, 2);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (26, 'sven', @pw, 'Sven Storm', 'sven@example.com', 'SALES_REP', 3);
INSERT INTO person_role (person_id, role) VALUES (26, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (26, 5);
INSERT INTO person (id, username, password_hash, display_name, email, position, partner_id) VALUES (27, 'tara', @pw, 'Tara Tan', 'tara@example.com', 'SERVICE_TECHNICIAN', 2);
INSERT INTO person_role (person_id, role) VALUES (27, 'LEARNER');
INSERT INTO person_location (person_id, location_id) VALUES (27, 4);

INSERT INTO course (id, code, title, description, format, version_major, version_minor, status, language, list_price, currency, created_at, published_at)
VALUES (1, 'SALES-101', 'Selling the Platform', 'Positioning, pricing and the first customer conversation.', 'SELF_PACED', 1, 0, 'PUBLISHED', 'en', 149.00, 'EUR', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (2, 'PRESALES-201', 'Solution Demos that Win', 'Building and running a tailored demo.', 'SELF_PACED', 2, 1, 'PUBLISHED', 'en', 299.00, 'EUR', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (3, 'SERVICE-110', 'Installation and First-Time Fix', 'Installing, configuring and fixing it right the first time.', 'SELF_PACED', 1, 3, 'PUBLISHED', 'en', 199.00, 'USD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (4, 'DEALDESK-100', 'Quoting and Licensing Basics', 'Quotes, licence models and approvals.', 'SELF_PACED', 1, 0, 'DRAFT', 'en', 99.00, 'EUR', UTC_TIMESTAMP(6), NULL);

INSERT INTO course_module (course_id, position, title, duration_minutes) VALUES
    (1, 1, 'Why customers buy', 20), (1, 2, 'Pricing and packaging', 25), (1, 3, 'The discovery call', 30),
    (2, 1, 'Demo storyboards', 30), (2, 2, 'Handling objections live', 25),
    (3, 1, 'Site preparation', 20), (3, 2, 'Installation walkthrough', 40), (3, 3, 'Diagnosing common faults', 35),
    (4, 1, 'Licence models', 20);

INSERT INTO learning_path (id, name, description, position) VALUES
    (1, 'Sales rep onboarding', 'What every new sales rep takes in the first month.', 'SALES_REP');
INSERT INTO learning_path_step (path_id, step_no, course_id, required) VALUES (1, 1, 1, 1), (1, 2, 2, 0);

