package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partneracademy.partner.Agreement;
import org.partneracademy.partner.AgreementService;
import org.partneracademy.partner.Partner;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.session.SessionSchedule;

/**
 * Writes the registrations ledger on behalf of the enrollment process and services. Every write is
 * idempotent (one event per idempotency key) because workflow jobs run at least once. Not reachable
 * from pages or the API: its callers have checked who may ask, so it trusts the enrollment id.
 *
 * <p>A registration exists once a seat is taken (self-paced: once learning starts); events for an
 * enrollment without one (cancelled while waiting for approval or on the waitlist) record nothing.
 */
@Stateless
@PermitAll
public class RegistrationLedger {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    AgreementService agreements;

    @Inject
    SessionSchedule schedule;

    /** The academy's clock, so that a ledger event falls in the statement period a test moved time into. */
    @Inject
    AcademyClock clock;

    /**
     * SEAT_TAKEN: the registration with what invoicing needs, frozen now: offering and list price, the
     * selling partner (the learner's), the delivering partner (the session's; null = the vendor), the
     * selling partner's agreement in force today, and the session.
     */
    public void recordSeatTaken(long enrollmentId, String actor) {
        if (registrations.ofEnrollment(enrollmentId).isPresent()) {
            return;
        }
        var enrollment = enrollment(enrollmentId);
        var now = clock.instant();
        Partner delivering = null;
        if (enrollment.getSessionId() != null) {
            Long deliveringId = schedule.facts(enrollment.getSessionId()).deliveringPartnerId();
            delivering = deliveringId == null ? null : em.getReference(Partner.class, deliveringId);
        }
        Agreement agreement = null;
        var seller = enrollment.getLearner().getPartner();
        if (seller != null) {
            agreement = agreements.agreementInForce(seller.getId(), LocalDate.ofInstant(now, ZoneOffset.UTC))
                    .map(view -> em.getReference(Agreement.class, view.id())).orElse(null);
        }
        em.persist(Registration.forSeatTaken(enrollment, delivering, agreement, now, actor));
    }

    public void recordCompletion(long enrollmentId, String actor) {
        var registration = registrations.ofEnrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("Registration of enrollment", enrollmentId));
        registration.record(RegistrationEventType.COMPLETED, clock.instant(), actor, null, "completed:" + enrollmentId);
    }

    /** ATTENDED then COMPLETED: the learner was present on every day of the session. */
    public void recordAttendance(long enrollmentId, String actor) {
        registrations.ofEnrollment(enrollmentId).ifPresent(registration -> {
            var now = clock.instant();
            registration.record(RegistrationEventType.ATTENDED, now, actor, null, "attended:" + enrollmentId);
            registration.record(RegistrationEventType.COMPLETED, now, actor, null, "completed:" + enrollmentId);
        });
    }

    public void recordNoShow(long enrollmentId, String actor) {
        record(enrollmentId, RegistrationEventType.NO_SHOW, actor, null, "no-show:" + enrollmentId);
    }

    /** CANCELLED (free) or LATE_CANCELLED (chargeable); once per enrollment. */
    public void recordCancellation(long enrollmentId, boolean late, String actor, String note) {
        record(enrollmentId, late ? RegistrationEventType.LATE_CANCELLED : RegistrationEventType.CANCELLED, actor, note,
                "cancelled:" + enrollmentId);
    }

    /** VOIDED: the vendor cancelled the session; never charged. */
    public void recordVoided(long enrollmentId, String actor, String note) {
        record(enrollmentId, RegistrationEventType.VOIDED, actor, note, "voided:" + enrollmentId);
    }

    /** MOVED to another session; {@code moveKey} tells one move from the next. */
    public void recordMove(long enrollmentId, long toSessionId, String actor, String moveKey) {
        registrations.ofEnrollment(enrollmentId).ifPresent(registration ->
                registration.move(toSessionId, clock.instant(), actor, "moved:" + enrollmentId + ":" + moveKey));
    }

    private void record(long enrollmentId, RegistrationEventType type, String actor, String note, String key) {
        registrations.ofEnrollment(enrollmentId)
                .ifPresent(registration -> registration.record(type, clock.instant(), actor, note, key));
    }

    private Enrollment enrollment(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        return enrollment;
    }
}
