package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.platform.security.Role;
import org.partneracademy.session.SessionSchedule;

/**
 * What cancelling the learner's session enrollment would cost, to say before they confirm: free until
 * the offering's free-cancellation days before the session's first day, charged from then on (the
 * rule {@link EnrollmentService#cancel} applies).
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class CancellationTerms {

    /** Free until {@code freeUntil}; {@code charged} if cancelling now is past it. */
    public record Terms(Instant freeUntil, boolean charged) {

        /**
         * The cancellation rule, the one place it is decided: free until the offering's free-cancellation
         * days (none without an offering) before the session starts, charged (late) from then on.
         */
        static Terms at(Instant now, Instant sessionStartsAt, CourseOffering offering) {
            int freeDays = offering == null ? 0 : offering.getFreeCancellationDays();
            var freeUntil = sessionStartsAt.minus(Duration.ofDays(freeDays));
            return new Terms(freeUntil, !now.isBefore(freeUntil));
        }
    }

    @Inject
    EnrollmentService enrollments;

    @Inject
    SessionSchedule schedule;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The terms of the learner's own session enrollment; null for a self-paced one. */
    public Terms of(long enrollmentId) {
        var enrollment = enrollments.myEnrollment(enrollmentId);
        if (enrollment.sessionId() == null) {
            return null;
        }
        var offering = enrollment.offeringId() == null ? null : em.find(CourseOffering.class, enrollment.offeringId());
        return Terms.at(clock.instant(), schedule.facts(enrollment.sessionId()).startsAt(), offering);
    }
}
