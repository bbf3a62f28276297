package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.enrollment.workflow.EnrollmentProcess;
import org.partneracademy.enrollment.workflow.ProcessStart;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.session.SeatAllocator;
import org.partneracademy.session.SessionSchedule;

/**
 * Requests to enroll: by the learner, by a manager or partner admin for someone they administer, or by
 * an assignment rule. Each request stores the enrollment and starts its process in one transaction;
 * the process checks eligibility and takes a seat or asks for approval before this returns, so a refusal
 * leaves nothing behind.
 *
 * <p>Idempotency: a request carrying a key the learner already used returns the enrollment made then
 * ({@link RequestOutcome#created()} false). Two simultaneous requests with the same key race for the
 * database's unique key; the loser's transaction rolls back with {@link RepeatedRequestException} and
 * the caller reads the winner's enrollment with {@link #repeated} in a new transaction.
 */
@Stateless
public class EnrollmentRequests {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PeopleService people;

    @Inject
    PartnerScope scope;

    @Inject
    SessionSchedule schedule;

    @Inject
    SeatAllocator seats;

    @Inject
    EnrollmentProcess process;

    @Inject
    Approvers approvers;

    @Inject
    EnrollmentSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The outcome of a request: the enrollment, and whether this request made it or repeated an earlier one. */
    public record RequestOutcome(EnrollmentView enrollment, boolean created) {
    }

    /** The signed-in learner enrolls in a self-paced course or on a session. */
    @RolesAllowed(Role.Names.LEARNER)
    public RequestOutcome requestForMe(@NotNull @Valid EnrollmentRequest request, @Size(max = 100) String requestKey) {
        return request(people.me(), request, EnrollmentOrigin.SELF, requestKey);
    }

    /**
     * A manager or admin enrolls someone they administer (partner admins and the vendor admin by
     * {@link PartnerScope}, anyone for their direct reports); anyone else is "not found".
     */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN, Role.Names.LEARNER})
    public RequestOutcome requestFor(long personId, @NotNull @Valid EnrollmentRequest request,
            @Size(max = 100) String requestKey) {
        return request(reachablePerson(personId), request, EnrollmentOrigin.MANAGER, requestKey);
    }

    /**
     * An assignment rule enrolls a learner in a self-paced course, for other features to call. The
     * caller has decided that the rule applies; eligibility is still checked by the process.
     */
    @PermitAll
    public EnrollmentView requestByRule(long learnerId, long courseId) {
        var learner = em.find(Person.class, learnerId);
        if (learner == null) {
            throw new NotFoundException("Person", learnerId);
        }
        return request(learner, new EnrollmentRequest(courseId, null), EnrollmentOrigin.RULE, null).enrollment();
    }

    /** The enrollment an earlier request with this key made for the learner (after {@link RepeatedRequestException}). */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN, Role.Names.LEARNER})
    public Optional<EnrollmentView> repeated(Long personId, @NotNull String requestKey) {
        var learner = personId == null ? people.me() : reachablePerson(personId);
        return byKey(learner, requestKey).map(e -> EnrollmentView.of(e, seats.seatOf(e.getId()).orElse(null)));
    }

    private RequestOutcome request(Person learner, EnrollmentRequest request, EnrollmentOrigin origin, String key) {
        request.requireOneTarget();
        String requestKey = key == null || key.isBlank() ? null : key.strip();
        Long sessionId = request.sessionId();
        var session = sessionId == null ? null : schedule.facts(sessionId);
        if (session != null) {
            // The session's row lock first: inserting the enrollment takes a shared lock on that row (foreign
            // key), and two requests each holding one would deadlock when both then ask for the seat lock.
            seats.lock(sessionId);
        }
        var earlier = repeatOf(learner, requestKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Course course;
        CourseOffering offering;
        if (session != null) {
            course = em.find(Course.class, session.courseId());
            offering = em.find(CourseOffering.class, session.offeringId());
        } else {
            course = em.find(Course.class, request.courseId());
            if (course == null || !course.isPublished()) {
                throw new NotFoundException("Course", request.courseId());
            }
            offering = course.offering(OfferingKind.PUBLIC)
                    .orElse(course.getOfferings().isEmpty() ? null : course.getOfferings().get(0));
        }
        if (hasOpenEnrollment(learner, course)) {
            // A request with the same key may have committed since the look-up above.
            return repeatOf(learner, requestKey).orElseThrow(() -> alreadyEnrolled(learner, course));
        }
        var now = clock.instant();
        var enrollment = Enrollment.request(learner, course, offering, sessionId, origin, requestedBy(origin), requestKey,
                now);
        try {
            em.persist(enrollment);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // A simultaneous request won the race: the same key (a double click), or another open enrollment.
                if (requestKey != null) {
                    throw new RepeatedRequestException(requestKey);
                }
                throw alreadyEnrolled(learner, course);
            }
            throw e;
        }
        boolean managerApproval = offering != null && offering.isRequiresApproval();
        process.start(new ProcessStart(enrollment.getId(), learner.getUsername(), session != null, managerApproval,
                managerApproval && offering.needsVendorApproval(),
                managerApproval ? approvers.of(learner) : List.of(), settings.approvalTimeout(),
                session == null ? null : settings.reminderAt(session.startsAt()),
                session == null ? null : settings.settleAt(session.endsAt())));
        // A self-paced enrollment has no seat booking: no need to look for one.
        var seat = session == null ? null : seats.seatOf(enrollment.getId()).orElse(null);
        return new RequestOutcome(EnrollmentView.of(enrollment, seat), true);
    }

    private Optional<RequestOutcome> repeatOf(Person learner, String requestKey) {
        if (requestKey == null) {
            return Optional.empty();
        }
        return byKey(learner, requestKey)
                .map(e -> new RequestOutcome(EnrollmentView.of(e, seats.seatOf(e.getId()).orElse(null)), false));
    }

    private String requestedBy(EnrollmentOrigin origin) {
        return origin == EnrollmentOrigin.RULE ? "rule" : currentUser.username();
    }

    private Optional<Enrollment> byKey(Person learner, String requestKey) {
        return em.createQuery("""
                        select e from Enrollment e join fetch e.course where e.learner = :learner and e.requestKey = :key""",
                        Enrollment.class)
                .setParameter("learner", learner).setParameter("key", requestKey)
                .getResultStream().findFirst();
    }

    /** Administered by the caller (partner admins, vendor admin) or reporting to the caller. */
    private Person reachablePerson(long personId) {
        var administered = scope.administeredPeople("p");
        var found = administered.bind(em.createQuery(
                        "select p from Person p left join p.manager m where p.id = :id and (m.username = :me or (" + administered.jpql()
                                + "))", Person.class))
                .setParameter("id", personId).setParameter("me", currentUser.username())
                .getResultStream().findFirst();
        return found.orElseThrow(() -> new NotFoundException("Person", personId));
    }

    private boolean hasOpenEnrollment(Person learner, Course course) {
        return !em.createQuery("""
                        select e.id from Enrollment e where e.learner = :learner and e.course = :course
                        and\s""" + EnrollmentStatus.notEndedWithoutCourse("e"), Long.class)
                .setParameter("learner", learner).setParameter("course", course)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static ConflictException alreadyEnrolled(Person learner, Course course) {
        return new ConflictException(learner.getDisplayName() + " is already enrolled in " + course.getCode());
    }
}
