package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.session.AttendanceOutcome;
import org.partneracademy.session.AttendanceService;
import org.partneracademy.session.SessionSchedule;

/**
 * An enrollment's session as the process drives it: its reminder, the times to wait for, and the
 * outcome: attended (the session feature's attendance rule) completes the enrollment, anything else is
 * a no-show. Every step is safe to repeat.
 */
@Stateless
@PermitAll
public class SessionSteps {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SessionSchedule schedule;

    @Inject
    EnrollmentSettings settings;

    @Inject
    RegistrationLedger ledger;

    @Inject
    Notifier notifier;

    @Inject
    AttendanceService attendance;

    /** The academy clock, as the process timers: reminders and attendance are stamped on the clock their timers ran on. */
    @Inject
    AcademyClock clock;

    /** Tells the learner when and where; once per session (reminded_at), whatever the job does. */
    public void sendReminder(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        if (!enrollment.markReminded(clock.instant())) {
            return;
        }
        var session = schedule.facts(enrollment.getSessionId());
        String place = session.venue() != null ? session.venue() : session.virtualLink();
        notifier.notify(List.of(enrollment.getLearner()), NotificationKind.SESSION_REMINDER,
                "Reminder: " + ApprovalSteps.title(enrollment) + " starts " + session.startsAt(),
                "Your session of " + ApprovalSteps.title(enrollment) + " starts " + session.startsAt() + " ("
                        + session.timeZone() + ") at " + place + ".",
                "/learning/index.xhtml");
    }

    /** The reminder and settlement times of the enrollment's current session. */
    public SessionTimes times(long enrollmentId) {
        var session = schedule.facts(enrollment(enrollmentId).getSessionId());
        return new SessionTimes(settings.reminderAt(session.startsAt()), settings.settleAt(session.endsAt()));
    }

    /** Whether the learner was marked present on every day of the session (the session feature's rule). */
    public boolean attendedEveryDay(long enrollmentId) {
        return attendance.settle(enrollmentId) == AttendanceOutcome.ATTENDED;
    }

    /** The session was attended: the enrollment completes, the ledger gets ATTENDED and COMPLETED. */
    public void recordAttendance(long enrollmentId, String actor) {
        enrollment(enrollmentId).completeAttendance(clock.instant());
        ledger.recordAttendance(enrollmentId, actor);
    }

    public void recordNoShow(long enrollmentId, String actor) {
        enrollment(enrollmentId).noShow(clock.instant());
        ledger.recordNoShow(enrollmentId, actor);
    }

    private Enrollment enrollment(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        return enrollment;
    }
}
