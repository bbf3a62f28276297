-- Demo data, part twelve: trainer authorisations. Since issue 6 a session's lead instructor must hold an
-- authorisation for the course family and major version, so the demo trainers get DIRECT authorisations
-- (the vendor admin onboarding instructors who taught before the academy) for the courses of the demo
-- sessions they teach (V7):
--   trainer.contoso  → SERVICE-210 (the Contoso classroom in London)
--   trainer.fabrikam → TRAIN-100 (the three-day Fabrikam class)
-- Each has its GRANTED event in the audit trail. These rows have no trainer-authorisation process behind
-- them (no renewal or expiry timers), like the other demo rows written by SQL.

INSERT INTO trainer_authorisation (trainer_id, course_id, course_code, version_major, status, granted_via, granted_at,
                                   expires_at)
SELECT p.id, c.id, c.code, c.version_major, 'ACTIVE', 'DIRECT', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 24 MONTH
FROM person p JOIN course c ON c.status = 'PUBLISHED'
WHERE (p.username = 'trainer.contoso' AND c.code = 'SERVICE-210')
   OR (p.username = 'trainer.fabrikam' AND c.code = 'TRAIN-100');

INSERT INTO authorisation_event (authorisation_id, event, actor, reason, occurred_at)
SELECT a.id, 'GRANTED', 'admin', 'Onboarding: taught this course for the vendor before the academy existed', a.granted_at
FROM trainer_authorisation a JOIN person p ON p.id = a.trainer_id
WHERE p.username IN ('trainer.contoso', 'trainer.fabrikam') AND a.granted_via = 'DIRECT';
