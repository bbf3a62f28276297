package org.partneracademy.assessment;

/** A question bank with the number of its active (not retired) questions. */
public record BankView(long id, String name, Long courseId, String courseTitle, String description,
        long activeQuestions) {
}
