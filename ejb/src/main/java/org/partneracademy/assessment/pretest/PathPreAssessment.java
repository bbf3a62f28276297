package org.partneracademy.assessment.pretest;

import java.time.Instant;
import java.util.List;

/**
 * The pre-assessment of a learning path as one learner sees it: the offer to take it (the exam), the
 * topic scores of their latest graded attempt, and the modules they skip thanks to it.
 *
 * @param examId        the published PRE_ASSESSMENT exam of the path; take it at
 *                      {@code /learning/exam.xhtml?exam=<examId>}
 * @param lastAttemptId the learner's latest graded attempt, null when they have not taken it
 * @param topics        topic scores of that attempt (empty without one)
 * @param skipped       modules of the path's courses the learner tested out of, from any attempt
 */
public record PathPreAssessment(long examId, String examTitle, int masteryPercent, Long lastAttemptId,
        Instant gradedAt, List<TopicScore> topics, List<TestOut> skipped) {

    public boolean taken() {
        return lastAttemptId != null;
    }
}
