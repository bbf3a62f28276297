-- Agreements of the partner network and location-scoped partner admins.
--
-- An agreement settles training money between the vendor and a partner under one of four models, each
-- with its own terms; valid_to NULL means open-ended. A partner never has two agreements in force on the
-- same day: the service checks overlaps while holding the partner row's lock (SELECT ... FOR UPDATE), so
-- concurrent requests are serialised. partner.agreement_model stays (older scripts insert into it) but is
-- no longer read: the model in force on a day is the one of that day's agreement.
CREATE TABLE partner_agreement (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id            BIGINT        NOT NULL,
    model                 VARCHAR(40)   NOT NULL,
    valid_from            DATE          NOT NULL,
    valid_to              DATE          NULL,
    discount_percent      DECIMAL(5, 2) NULL,
    annual_fee            DECIMAL(12, 2) NULL,
    day_rate              DECIMAL(12, 2) NULL,
    revenue_share_percent DECIMAL(5, 2) NULL,
    currency              VARCHAR(3)    NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agreement_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_agreement_dates CHECK (valid_to IS NULL OR valid_from <= valid_to),
    CONSTRAINT ck_agreement_terms CHECK (
        (model = 'RESELLER' AND discount_percent > 0 AND discount_percent <= 100
            AND annual_fee IS NULL AND day_rate IS NULL AND revenue_share_percent IS NULL AND currency IS NULL)
        OR (model = 'CONTENT_LICENSING' AND annual_fee > 0 AND currency IS NOT NULL
            AND discount_percent IS NULL AND day_rate IS NULL AND revenue_share_percent IS NULL)
        OR (model = 'PAY_PER_DELIVERY' AND day_rate > 0 AND currency IS NOT NULL
            AND discount_percent IS NULL AND annual_fee IS NULL AND revenue_share_percent IS NULL)
        OR (model = 'REVENUE_SHARE' AND revenue_share_percent > 0 AND revenue_share_percent <= 100
            AND discount_percent IS NULL AND annual_fee IS NULL AND day_rate IS NULL AND currency IS NULL)),
    INDEX ix_agreement_partner_dates (partner_id, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The locations a partner admin administers. None = the whole partner (every admin before this
-- migration keeps the scope they had); some = only the people at those locations.
CREATE TABLE person_admin_location (
    person_id   BIGINT NOT NULL,
    location_id BIGINT NOT NULL,
    PRIMARY KEY (person_id, location_id),
    CONSTRAINT fk_admin_location_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_location_location FOREIGN KEY (location_id) REFERENCES partner_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
