package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The approval stages of an enrollment as the process drives them: asking the approvers, and the three
 * outcomes (approved, rejected, expired) told to the learner. Called by the process's delegates only;
 * each step changes the enrollment at most once, so a job that runs twice tells nobody twice.
 */
@Stateless
@PermitAll
public class ApprovalSteps {

    private static final String MY_LEARNING = "/learning/index.xhtml";
    private static final String APPROVALS = "/leader/inbox.xhtml";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Notifier notifier;

    /** The academy clock, as the process timers: an expiry is stamped on the clock its timer ran on. */
    @Inject
    AcademyClock clock;

    /** The request waits for the manager stage: its approvers are told. */
    public void requestApproval(long enrollmentId, Collection<String> approverUsernames) {
        var enrollment = enrollment(enrollmentId);
        if (enrollment.getStatus() == EnrollmentStatus.PENDING_APPROVAL) {
            return;
        }
        enrollment.awaitApproval();
        notifyApprovers(enrollment, people(approverUsernames));
    }

    /** The manager approved; the vendor admins are asked for the second stage. */
    public void requestVendorApproval(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        notifyApprovers(enrollment, em.createQuery(
                        "select p from Person p where p.active = true and :role member of p.roles", Person.class)
                .setParameter("role", Role.VENDOR_ADMIN).getResultList());
    }

    public void granted(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        if (enrollment.getStatus() != EnrollmentStatus.PENDING_APPROVAL) {
            return;
        }
        tellLearner(enrollment, NotificationKind.ENROLLMENT_APPROVED, "Enrollment approved: " + title(enrollment),
                "Your request to enroll in " + title(enrollment) + " was approved.");
    }

    public void reject(long enrollmentId, String note) {
        var enrollment = enrollment(enrollmentId);
        if (enrollment.reject(note == null || note.isBlank() ? "Rejected" : "Rejected: " + note, clock.instant())) {
            tellLearner(enrollment, NotificationKind.ENROLLMENT_REJECTED, "Enrollment rejected: " + title(enrollment),
                    "Your request to enroll in " + title(enrollment) + " was rejected"
                            + (note == null || note.isBlank() ? "." : ": " + note));
        }
    }

    public void expire(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        if (enrollment.expire("Approval not given in time", clock.instant())) {
            tellLearner(enrollment, NotificationKind.ENROLLMENT_EXPIRED, "Enrollment request expired: " + title(enrollment),
                    "Nobody decided on your request to enroll in " + title(enrollment)
                            + " in time, so it expired. You may ask again.");
        }
    }

    private void notifyApprovers(Enrollment enrollment, List<Person> approvers) {
        notifier.notify(approvers, NotificationKind.APPROVAL_REQUESTED,
                "Approval requested: " + enrollment.getLearner().getDisplayName() + ", " + title(enrollment),
                enrollment.getLearner().getDisplayName() + " asks to enroll in " + title(enrollment)
                        + (enrollment.getSessionId() == null ? "" : " (session " + enrollment.getSessionId() + ")")
                        + ". Approve or reject it in your approvals.",
                APPROVALS);
    }

    private void tellLearner(Enrollment enrollment, NotificationKind kind, String title, String text) {
        notifier.notify(List.of(enrollment.getLearner()), kind, title, text, MY_LEARNING);
    }

    private List<Person> people(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.username in :usernames", Person.class)
                .setParameter("usernames", usernames).getResultList();
    }

    static String title(Enrollment enrollment) {
        return enrollment.getCourse().getCode() + " " + enrollment.getCourse().getTitle();
    }

    private Enrollment enrollment(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        return enrollment;
    }
}
