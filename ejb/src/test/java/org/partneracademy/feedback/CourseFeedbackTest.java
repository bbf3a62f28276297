package org.partneracademy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneracademy.catalog.Course;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.testing.Entities;

class CourseFeedbackTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

    private final Person learner = Entities.instantiate(Person.class);
    private final Course course = Entities.instantiate(Course.class);

    @Test
    void givingFeedbackAgainReplacesRatingAndComment() {
        var feedback = new CourseFeedback(learner, course, 4, "  Useful  ", MONDAY);
        assertThat(feedback.getComment()).isEqualTo("Useful");

        feedback.revise(2, "   ", TUESDAY);

        assertThat(feedback.getRating()).isEqualTo(2);
        assertThat(feedback.getComment()).as("a blank comment is no comment").isNull();
        assertThat(feedback.getCreatedAt()).isEqualTo(MONDAY);
        assertThat(feedback.getUpdatedAt()).isEqualTo(TUESDAY);
    }

    /** Bad ratings tried: 0, 6, -1. */
    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aRatingIsFromOneToFive(int rating) {
        assertThatThrownBy(() -> new CourseFeedback(learner, course, rating, null, MONDAY))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aCommentHasAtMost2000Characters() {
        assertThat(new CourseFeedback(learner, course, 5, "x".repeat(2000), MONDAY).getComment()).hasSize(2000);
        assertThatThrownBy(() -> new CourseFeedback(learner, course, 5, "x".repeat(2001), MONDAY))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void htmlIsKeptAsWrittenForThePagesToEscape() {
        assertThat(new CourseFeedback(learner, course, 3, "<b>bold</b>", MONDAY).getComment()).isEqualTo("<b>bold</b>");
    }
}
