package org.partneracademy.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A learner's rating (1–5) and optional comment on the course of their enrollment. */
public record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = CourseFeedback.MAX_COMMENT) String comment) {
}
