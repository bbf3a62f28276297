package org.partneracademy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseModule;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

class EnrollmentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    private final Person learner = instantiate(Person.class);

    @Test
    void onlyPublishedCoursesCanBeEnrolledIn() {
        var draft = course(false);

        assertThatThrownBy(() -> Enrollment.selfPaced(learner, draft, MONDAY)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void completingTheLastModuleCompletesTheEnrollmentWithThatDate() {
        var course = course(true);
        var enrollment = Enrollment.selfPaced(learner, course, MONDAY);

        assertThat(enrollment.completeModule(1L, MONDAY)).isFalse();
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.completeModule(2L, TUESDAY)).isTrue();

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(enrollment.getCompletedAt()).isEqualTo(TUESDAY);
        assertThat(enrollment.completionOf(1L)).contains(MONDAY);
    }

    @Test
    void completingAModuleTwiceChangesNothing() {
        var enrollment = Enrollment.selfPaced(learner, course(true), MONDAY);
        enrollment.completeModule(1L, MONDAY);

        assertThat(enrollment.completeModule(1L, TUESDAY)).isFalse();
        assertThat(enrollment.completionOf(1L)).contains(MONDAY);
        assertThat(enrollment.getCompletedModuleCount()).isEqualTo(1);
    }

    @Test
    void aCompletedEnrollmentDoesNotCompleteAgain() {
        var enrollment = Enrollment.selfPaced(learner, course(true), MONDAY);
        enrollment.completeModule(1L, MONDAY);
        enrollment.completeModule(2L, MONDAY);

        assertThat(enrollment.completeModule(2L, TUESDAY)).isFalse();
        assertThat(enrollment.getCompletedAt()).isEqualTo(MONDAY);
    }

    @Test
    void aModuleOfAnotherCourseIsNotFound() {
        var enrollment = Enrollment.selfPaced(learner, course(true), MONDAY);

        assertThatThrownBy(() -> enrollment.completeModule(99L, MONDAY)).isInstanceOf(NotFoundException.class);
        assertThat(enrollment.getCompletedModuleCount()).isZero();
    }

    /** A course with modules 1 and 2; ids are normally assigned by the database. */
    private static Course course(boolean published) {
        var course = new Course("C-1", "Course", null, CourseFormat.SELF_PACED, "en", BigDecimal.TEN, "EUR", MONDAY);
        CourseModule first = course.addModule("One", 10);
        CourseModule second = course.addModule("Two", 10);
        set(first, "id", 1L);
        set(second, "id", 2L);
        if (published) {
            course.publish(MONDAY);
        }
        return course;
    }
}
