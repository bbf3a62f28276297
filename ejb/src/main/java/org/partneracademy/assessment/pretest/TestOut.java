package org.partneracademy.assessment.pretest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A module the learner skips, and why: the pre-assessment attempt found its topic mastered with this
 * score (the exam's mastery percent was the bar).
 */
public record TestOut(long moduleId, String moduleTitle, long courseId, String courseCode, String courseTitle,
        String topic, BigDecimal scorePercent, Integer masteryPercent, long attemptId, Instant testedOutAt) {
}
