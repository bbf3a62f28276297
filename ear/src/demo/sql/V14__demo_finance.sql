-- The vendor's finance officer: answers partners' statement disputes with adjustments and re-issues.
SET @pw = (SELECT password_hash FROM person WHERE username = 'admin');
INSERT INTO person (username, password_hash, display_name, email, position, partner_id)
VALUES ('finance', @pw, 'Fiona Finance', 'finance@example.com', 'VENDOR_STAFF', NULL);
INSERT INTO person_role (person_id, role) VALUES (LAST_INSERT_ID(), 'FINANCE');
