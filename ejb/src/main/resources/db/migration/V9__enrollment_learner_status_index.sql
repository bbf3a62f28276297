-- A learner's enrollments by status (completed courses for the prerequisite check on every enrollment
-- request, a learner's own lists): a range read of that learner's rows in one status instead of every
-- enrollment of the learner. course_id last, so the completed-courses query reads the index alone.
CREATE INDEX ix_enrollment_learner_status ON enrollment (learner_id, status, course_id);
