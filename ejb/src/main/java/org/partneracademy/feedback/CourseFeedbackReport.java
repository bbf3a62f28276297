package org.partneracademy.feedback;

import java.util.List;

/** What the vendor admin reads about one course: average, count and every comment, newest first. */
public record CourseFeedbackReport(long courseId, String courseCode, String courseTitle, Double averageRating,
        long ratingCount, List<FeedbackView> feedback) {
}
