package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partneracademy.assessment.pretest.PreAssessments;
import org.partneracademy.enrollment.workflow.EnrollmentProcess;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.session.SeatAllocator;
import org.partneracademy.session.SessionSchedule;

/**
 * A learner's own enrollments: enrolling, progressing through modules, accepting a seat offer,
 * cancelling, rescheduling, and reading them back. Every read and write is scoped in the query itself:
 * to the signed-in learner, or for cancelling and rescheduling also to the people an admin administers
 * ({@link PartnerScope}); any other enrollment id is reported as not found.
 *
 * <p>Cancellation policy: a session enrollment cancelled before the offering's free-cancellation cut-off
 * ({@code freeCancellationDays} before the session starts) is CANCELLED free of charge; later it is
 * LATE_CANCELLED in the ledger (chargeable). A self-paced enrollment is cancelled free while no module is
 * completed, late after.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class EnrollmentService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerScope scope;

    @Inject
    EnrollmentRequests requests;

    @Inject
    EnrollmentProcess enrollmentProcess;

    @Inject
    EnrollmentEligibility eligibility;

    @Inject
    Registrations registrations;

    @Inject
    RegistrationLedger ledger;

    @Inject
    SeatAllocator seats;

    @Inject
    SessionSchedule schedule;

    @Inject
    PreAssessments preAssessments;

    private final Clock clock = Clock.systemUTC();

    /** Completions are stamped on the academy clock: certification windows and expiries are counted on it. */
    @Inject
    AcademyClock academyClock;

    /** Enrolls the signed-in learner (see {@link EnrollmentRequests#requestForMe}). */
    public EnrollmentView enroll(@NotNull @Valid EnrollmentRequest request) {
        return requests.requestForMe(request, null).enrollment();
    }

    public List<EnrollmentView> myEnrollments() {
        return em.createQuery("""
                select e from Enrollment e join fetch e.course
                where e.learner.username = :username order by e.enrolledAt desc, e.id desc""", Enrollment.class)
                .setParameter("username", currentUser.username())
                .getResultList().stream().map(this::view).toList();
    }

    public EnrollmentView myEnrollment(long enrollmentId) {
        return view(mine(enrollmentId));
    }

    /**
     * Marks a module done; finishing the last one completes the enrollment and tells its process. Modules
     * the learner tested out of with a pre-assessment count as done.
     */
    public EnrollmentView completeModule(long enrollmentId, long moduleId) {
        var enrollment = mine(enrollmentId);
        var testedOut = preAssessments.testedOutModules(enrollment.getLearner().getId(), enrollment.getCourse().getId());
        if (enrollment.completeModule(moduleId, academyClock.instant(), testedOut)) {
            enrollmentProcess.courseCompleted(enrollment.getId(), currentUser.username());
        }
        return view(enrollment);
    }

    public RegistrationView registrationOfMyEnrollment(long enrollmentId) {
        var enrollment = mine(enrollmentId);
        return registrations.ofEnrollment(enrollment.getId())
                .map(RegistrationView::of)
                .orElseThrow(() -> new NotFoundException("Registration of enrollment", enrollmentId));
    }

    /** Accepts the seat offered to the learner; an expired or missing offer is a conflict. */
    public EnrollmentView acceptOffer(long enrollmentId) {
        var enrollment = mine(enrollmentId);
        if (enrollment.getStatus() != EnrollmentStatus.ACTIVE || enrollment.getSessionId() == null) {
            throw new ConflictException("Enrollment " + enrollmentId + " has no seat offer (it is "
                    + enrollment.getStatus() + ")");
        }
        seats.accept(enrollmentId);
        enrollmentProcess.offerAccepted(enrollmentId);
        return view(enrollment);
    }

    /**
     * Cancels the enrollment (the learner's own, or of someone the admin administers): the seat or
     * waitlist place is freed (a freed seat is offered to the waitlist), the ledger records CANCELLED or
     * LATE_CANCELLED by the policy above, and the process ends.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public EnrollmentView cancel(long enrollmentId, @Size(max = 500) String reason) {
        var enrollment = inReach(enrollmentId);
        var now = clock.instant();
        boolean late = isLate(enrollment, now);
        String note = reason == null || reason.isBlank() ? "Cancelled by " + currentUser.username() : reason.strip();
        enrollment.cancel(note, now);
        if (enrollment.getSessionId() != null) {
            seats.release(enrollmentId);
        }
        ledger.recordCancellation(enrollmentId, late, currentUser.username(), note);
        enrollmentProcess.cancelled(enrollmentId);
        return view(enrollment);
    }

    /**
     * Moves a seated enrollment to another session of the same course, keeping its registration (a
     * MOVED event). The new session must be open (as when enrolling) and have a seat for the learner;
     * the seat left is offered to its waitlist.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public EnrollmentView reschedule(long enrollmentId, long toSessionId) {
        var enrollment = inReach(enrollmentId);
        if (enrollment.getSessionId() == null || enrollment.getStatus() != EnrollmentStatus.ACTIVE) {
            throw new ConflictException("Only an active enrollment on a session can be rescheduled");
        }
        if (enrollment.getSessionId() == toSessionId) {
            throw new ConflictException("Enrollment " + enrollmentId + " is already on session " + toSessionId);
        }
        var seat = seats.seatOf(enrollmentId).orElseThrow(() -> new ConflictException("Enrollment " + enrollmentId
                + " has no seat to move"));
        if (seat.state() != org.partneracademy.session.SeatState.SEATED) {
            throw new ConflictException("Only a seated enrollment can be rescheduled; this one is " + seat.state());
        }
        eligibility.checkSessionOpen(schedule.facts(toSessionId), enrollment.getCourse());
        var outcome = seats.move(enrollmentId, toSessionId);
        if (!outcome.seated()) {
            throw new ConflictException("Session " + toSessionId + " has no free seat");
        }
        enrollment.moveTo(toSessionId);
        ledger.recordMove(enrollmentId, toSessionId, currentUser.username(),
                toSessionId + ":" + clock.instant().toEpochMilli());
        enrollmentProcess.rescheduled(enrollmentId);
        return view(enrollment);
    }

    /**
     * Late (chargeable): a session enrollment past its free cancellation ({@link CancellationTerms.Terms#at}),
     * self-paced learning once a module is completed.
     */
    private boolean isLate(Enrollment enrollment, Instant now) {
        if (enrollment.getSessionId() == null) {
            return enrollment.hasCompletedAnyModule();
        }
        var startsAt = schedule.facts(enrollment.getSessionId()).startsAt();
        return startsAt != null && CancellationTerms.Terms.at(now, startsAt, enrollment.getOffering()).charged();
    }

    private EnrollmentView view(Enrollment enrollment) {
        return EnrollmentView.of(enrollment,
                enrollment.getSessionId() == null ? null : seats.seatOf(enrollment.getId()).orElse(null));
    }

    private Enrollment mine(long enrollmentId) {
        return em.createQuery("""
                select e from Enrollment e join fetch e.course
                where e.id = :id and e.learner.username = :username""", Enrollment.class)
                .setParameter("id", enrollmentId)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    }

    /** The caller's own enrollment, or one of someone the caller administers. */
    private Enrollment inReach(long enrollmentId) {
        var administered = scope.administeredPeople("p");
        return administered.bind(em.createQuery("""
                        select e from Enrollment e join fetch e.course join e.learner p
                        where e.id = :id and (p.username = :username or (""" + administered.jpql() + "))",
                        Enrollment.class))
                .setParameter("id", enrollmentId)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    }
}
