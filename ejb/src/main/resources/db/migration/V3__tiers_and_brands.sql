-- Shared reference data of the partner network and the catalog.
-- Tiers are configurable levels; partner.tier keeps holding the tier's code (so older data and scripts
-- stay valid) and now has to name a tier that exists. level orders tiers from entry (1) upwards.
CREATE TABLE partner_tier (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    level   INT          NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_partner_tier_name UNIQUE (name),
    CONSTRAINT uq_partner_tier_level UNIQUE (level),
    CONSTRAINT ck_partner_tier_level CHECK (level > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO partner_tier (code, name, level) VALUES
    ('Registered', 'Registered', 1),
    ('Silver', 'Silver', 2),
    ('Gold', 'Gold', 3),
    ('Platinum', 'Platinum', 4);

-- Tiers a partner already carries that are not among the defaults become tiers above them.
INSERT INTO partner_tier (code, name, level)
SELECT t.tier, t.tier, 4 + ROW_NUMBER() OVER (ORDER BY t.tier)
FROM (SELECT DISTINCT tier FROM partner WHERE tier NOT IN (SELECT code FROM partner_tier)) t;

ALTER TABLE partner
    ADD CONSTRAINT fk_partner_tier FOREIGN KEY (tier) REFERENCES partner_tier (code) ON UPDATE CASCADE;

-- Brands / product lines of the vendor: locations sell or service them, courses and rules target them.
CREATE TABLE brand (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_brand_code UNIQUE (code),
    CONSTRAINT uq_brand_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE location_brand (
    location_id BIGINT NOT NULL,
    brand_id    BIGINT NOT NULL,
    PRIMARY KEY (location_id, brand_id),
    CONSTRAINT fk_location_brand_location FOREIGN KEY (location_id) REFERENCES partner_location (id) ON DELETE CASCADE,
    CONSTRAINT fk_location_brand_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
