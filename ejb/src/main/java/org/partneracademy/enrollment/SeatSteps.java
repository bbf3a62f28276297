package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.session.SeatAllocator;

/**
 * The seat of an instructor-led enrollment as the process drives it: claiming one (or a place on the
 * waitlist), telling the learner about an offer, and releasing an offer nobody accepted. Called by the
 * process's delegates and the seat-offer observer; every step is safe to repeat.
 */
@Stateless
@PermitAll
public class SeatSteps {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SeatAllocator seats;

    @Inject
    Notifier notifier;

    /** The academy clock, as the process timers: an offer expires on the clock its deadline and timer are on. */
    @Inject
    AcademyClock clock;

    /**
     * Takes a seat if the session's seat rule gives one, else a place on its waitlist; either way the
     * enrollment is ACTIVE (it holds a booking).
     *
     * @return whether the learner is seated
     */
    public boolean claim(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        var partner = enrollment.getLearner().getPartner();
        var outcome = seats.claim(enrollment.getSessionId(), enrollmentId, partner == null ? null : partner.getId());
        enrollment.activate();
        return outcome.seated();
    }

    /** A seat was offered: the learner is told until when they may accept it. */
    public void offered(long enrollmentId, Instant offeredUntil) {
        var enrollment = enrollment(enrollmentId);
        notifier.notify(List.of(enrollment.getLearner()), NotificationKind.SEAT_OFFERED,
                "A seat is free for you: " + ApprovalSteps.title(enrollment),
                "A seat on session " + enrollment.getSessionId() + " of " + ApprovalSteps.title(enrollment)
                        + " is yours if you accept it before " + offeredUntil + ".",
                "/learning/index.xhtml");
    }

    /** Nobody accepted the offer in time: the seat goes to the next in line, the enrollment expires. */
    public void expireOffer(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        seats.expireOffer(enrollmentId);
        if (enrollment.expire("Seat offer not accepted in time", clock.instant())) {
            notifier.notify(List.of(enrollment.getLearner()), NotificationKind.ENROLLMENT_EXPIRED,
                    "Seat offer expired: " + ApprovalSteps.title(enrollment),
                    "You did not accept the seat offered on session " + enrollment.getSessionId() + " of "
                            + ApprovalSteps.title(enrollment) + " in time; it went to the next learner on the waitlist.",
                    "/learning/index.xhtml");
        }
    }

    private Enrollment enrollment(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        return enrollment;
    }
}
