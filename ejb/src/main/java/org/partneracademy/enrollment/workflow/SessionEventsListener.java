package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.partneracademy.enrollment.SeatSteps;
import org.partneracademy.enrollment.SessionCancellations;
import org.partneracademy.session.SeatOffered;
import org.partneracademy.session.SessionCancelled;

/**
 * Carries the session feature's events to the enrollment processes, inside the transaction that fired
 * them: a seat offer wakes the waitlisted enrollment's process (which then waits for the learner's
 * answer until the offer expires); a cancelled session ends every enrollment on it.
 */
@ApplicationScoped
public class SessionEventsListener {

    @Inject
    SeatSteps seatSteps;

    @Inject
    SessionCancellations cancellations;

    @Inject
    EnrollmentProcess process;

    void onSeatOffered(@Observes SeatOffered offered) {
        seatSteps.offered(offered.enrollmentId(), offered.offeredUntil());
        process.seatOffered(offered.enrollmentId(), offered.offeredUntil());
    }

    void onSessionCancelled(@Observes SessionCancelled cancelled) {
        for (long enrollmentId : cancelled.releasedEnrollmentIds()) {
            if (cancellations.voidEnrollment(enrollmentId, cancelled.sessionId(), cancelled.reason(), cancelled.actor())) {
                process.cancelled(enrollmentId);
            }
        }
    }
}
