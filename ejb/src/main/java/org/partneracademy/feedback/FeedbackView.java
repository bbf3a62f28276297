package org.partneracademy.feedback;

import java.time.Instant;

/** One feedback as its author and the vendor admin see it. The comment is plain text: escape it to show it. */
public record FeedbackView(long courseId, int rating, String comment, Instant updatedAt) {

    static FeedbackView of(CourseFeedback feedback) {
        return new FeedbackView(feedback.getCourse().getId(), feedback.getRating(), feedback.getComment(),
                feedback.getUpdatedAt());
    }
}
