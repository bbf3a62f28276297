-- People as partner admins manage them: a persona (how they work with the product), a manager at the
-- same partner, when they were deactivated, and one account per e-mail address.
ALTER TABLE person
    ADD COLUMN persona        VARCHAR(60) NULL,
    ADD COLUMN manager_id     BIGINT      NULL,
    ADD COLUMN deactivated_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id),
    ADD CONSTRAINT uq_person_email UNIQUE (email);
