-- Demo data, part ten: certification objectives (part nine's definitions, named by code).
--   1. Every Gold partner needs 2 sales reps holding the Certified Product Associate. Northwind (Gold)
--      has none yet: its objective is not met, so the first evaluation (daily, or "Evaluate now" on
--      admin/objectives.xhtml) proposes Silver for it; the vendor admin accepts or declines.
--   2. Contoso (Platinum) agreed to keep 1 pre-sales engineer with the Certified Product Professional.
-- Certify someone (part nine's notes) and watch pa.contoso's Objectives page count them.

INSERT INTO certification_objective (partner_id, tier_code, definition_id, position, required_count, created_at)
SELECT NULL, 'Gold', d.id, 'SALES_REP', 2, UTC_TIMESTAMP(6)
FROM certification_definition d WHERE d.code = 'CERT-PRODUCT-ASSOCIATE';

INSERT INTO certification_objective (partner_id, tier_code, definition_id, position, required_count, created_at)
SELECT p.id, NULL, d.id, 'PRE_SALES_ENGINEER', 1, UTC_TIMESTAMP(6)
FROM certification_definition d JOIN partner p ON p.name = 'Contoso Training'
WHERE d.code = 'CERT-PRODUCT-PROFESSIONAL';
