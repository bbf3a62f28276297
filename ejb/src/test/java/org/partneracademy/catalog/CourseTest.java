package org.partneracademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;

class CourseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Course draft() {
        return new Course("SALES-101", "Selling", null, CourseFormat.SELF_PACED, "en", new BigDecimal("149.00"), "EUR", NOW);
    }

    @Test
    void modulesAreNumberedInTheOrderTheyAreAdded() {
        var course = draft();
        course.addModule("First", 10);
        course.addModule("Second", 20);

        assertThat(course.getModules()).extracting(CourseModule::getPosition).containsExactly(1, 2);
        assertThat(course.getModules()).extracting(CourseModule::getTitle).containsExactly("First", "Second");
    }

    @Test
    void aCourseWithoutModulesCannotBePublished() {
        var course = draft();

        assertThatThrownBy(() -> course.publish(NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("SALES-101");
        assertThat(course.isPublished()).isFalse();
    }

    @Test
    void publishingRecordsTheDateOnceAndIsIdempotent() {
        var course = draft();
        course.addModule("Only", 10);

        course.publish(NOW);
        course.publish(NOW.plusSeconds(60));

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.getPublishedAt()).isEqualTo(NOW);
    }
}
