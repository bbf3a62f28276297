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
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

class EnrollmentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    private final Person learner = instantiate(Person.class);

    @Test
    void onlyPublishedCoursesCanBeEnrolledIn() {
        var draft = course(false);

        assertThatThrownBy(() -> request(draft)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void completingTheLastModuleCompletesTheEnrollmentWithThatDate() {
        var course = course(true);
        var enrollment = learning(course);

        assertThat(enrollment.completeModule(1L, MONDAY)).isFalse();
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.completeModule(2L, TUESDAY)).isTrue();

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(enrollment.getCompletedAt()).isEqualTo(TUESDAY);
        assertThat(enrollment.completionOf(1L)).contains(MONDAY);
    }

    @Test
    void modulesTestedOutByAPreAssessmentCountAsDone() {
        var enrollment = learning(course(true));

        assertThat(enrollment.completeModule(2L, TUESDAY, java.util.Set.of(1L))).isTrue();

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(enrollment.getCompletedAt()).isEqualTo(TUESDAY);
        assertThat(enrollment.completionOf(1L)).isEmpty();
    }

    @Test
    void completingAModuleTwiceChangesNothing() {
        var enrollment = learning(course(true));
        enrollment.completeModule(1L, MONDAY);

        assertThat(enrollment.completeModule(1L, TUESDAY)).isFalse();
        assertThat(enrollment.completionOf(1L)).contains(MONDAY);
        assertThat(enrollment.getCompletedModuleCount()).isEqualTo(1);
    }

    @Test
    void aCompletedEnrollmentDoesNotCompleteAgain() {
        var enrollment = learning(course(true));
        enrollment.completeModule(1L, MONDAY);
        enrollment.completeModule(2L, MONDAY);

        assertThat(enrollment.completeModule(2L, TUESDAY)).isFalse();
        assertThat(enrollment.getCompletedAt()).isEqualTo(MONDAY);
    }

    @Test
    void aModuleOfAnotherCourseIsNotFound() {
        var enrollment = learning(course(true));

        assertThatThrownBy(() -> enrollment.completeModule(99L, MONDAY)).isInstanceOf(NotFoundException.class);
        assertThat(enrollment.getCompletedModuleCount()).isZero();
    }

    @Test
    void aRequestLearnsOnlyOnceActivated() {
        var enrollment = request(course(true));

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.REQUESTED);
        assertThatThrownBy(() -> enrollment.completeModule(1L, MONDAY)).isInstanceOf(RuleViolationException.class);
        enrollment.awaitApproval();
        enrollment.activate();
        enrollment.activate();
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void anEndedEnrollmentStaysEnded() {
        var enrollment = request(course(true));
        enrollment.awaitApproval();

        assertThat(enrollment.expire("Approval not given in time", TUESDAY)).isTrue();
        assertThat(enrollment.reject("late answer", TUESDAY)).isFalse();
        assertThatThrownBy(() -> enrollment.cancel("changed my mind", TUESDAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(enrollment::activate).isInstanceOf(ConflictException.class);
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(enrollment.getCloseReason()).isEqualTo("Approval not given in time");
    }

    @Test
    void aReminderIsSentOnceUntilTheEnrollmentMoves() {
        var enrollment = Enrollment.request(learner, course(true), null, 5L, EnrollmentOrigin.SELF, "me", null, MONDAY);
        enrollment.activate();

        assertThat(enrollment.markReminded(MONDAY)).isTrue();
        assertThat(enrollment.markReminded(TUESDAY)).isFalse();
        enrollment.moveTo(6L);
        assertThat(enrollment.getSessionId()).isEqualTo(6L);
        assertThat(enrollment.markReminded(TUESDAY)).isTrue();
    }

    private Enrollment request(Course course) {
        return Enrollment.request(learner, course, null, null, EnrollmentOrigin.SELF, "me", null, MONDAY);
    }

    private Enrollment learning(Course course) {
        var enrollment = request(course);
        enrollment.activate();
        return enrollment;
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
