package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;

/**
 * The enrollments of a session the vendor cancelled: each ends CANCELLED, its registration is VOIDED
 * (never charged: the learner did not cancel) and its learner is told. Seats were already released by
 * the session feature. Safe to repeat: an ended enrollment is left as it is.
 */
@Stateless
@PermitAll
public class SessionCancellations {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    RegistrationLedger ledger;

    @Inject
    Notifier notifier;

    private final Clock clock = Clock.systemUTC();

    /** @return whether the enrollment was still open and is now cancelled */
    public boolean voidEnrollment(long enrollmentId, long sessionId, String reason, String actor) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || enrollment.getStatus().isFinal()) {
            return false;
        }
        String note = "Session " + sessionId + " cancelled" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        enrollment.cancel(note, clock.instant());
        ledger.recordVoided(enrollmentId, actor, note);
        notifier.notify(List.of(enrollment.getLearner()), NotificationKind.SESSION_CANCELLED,
                "Session cancelled: " + ApprovalSteps.title(enrollment),
                "The session of " + ApprovalSteps.title(enrollment) + " you were booked on was cancelled"
                        + (reason == null || reason.isBlank() ? "." : ": " + reason + ".")
                        + " Nothing is charged; enroll on another session from the catalog.",
                "/catalog/index.xhtml");
        return true;
    }
}
