package org.partneracademy.enrollment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.partner.Agreement;
import org.partneracademy.partner.Partner;

/**
 * A paid seat: what invoicing reads. The price and currency are copied from the course when the seat
 * is taken, so later price changes never alter past registrations. Its state is its latest event.
 */
@Entity
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", unique = true)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "selling_partner_id")
    private Partner sellingPartner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id")
    private CourseOffering offering;

    /** The session the seat is on now, by id; rescheduling moves it and records a MOVED event. */
    @Column(name = "session_id")
    private Long sessionId;

    /** Who delivers the training; null when the vendor does. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delivering_partner_id")
    private Partner deliveringPartner;

    /** The selling partner's agreement in force when the seat was taken; null if it had none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal listPrice;

    @Column(nullable = false)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<RegistrationEvent> events = new ArrayList<>();

    protected Registration() {
    }

    /**
     * The registration of a seat just taken: the selling partner is the learner's, the price the
     * offering's (the course's for enrollments without an offering), frozen from now on.
     */
    static Registration forSeatTaken(Enrollment enrollment, Partner deliveringPartner, Agreement agreement,
            Instant now, String actor) {
        var registration = new Registration();
        registration.enrollment = enrollment;
        registration.sellingPartner = enrollment.getLearner().getPartner();
        registration.offering = enrollment.getOffering();
        registration.sessionId = enrollment.getSessionId();
        registration.deliveringPartner = deliveringPartner;
        registration.agreement = agreement;
        var offering = enrollment.getOffering();
        registration.listPrice = offering != null ? offering.getListPrice() : enrollment.getCourse().getListPrice();
        registration.currency = offering != null ? offering.getCurrency() : enrollment.getCourse().getCurrency();
        registration.createdAt = now;
        registration.record(RegistrationEventType.SEAT_TAKEN, now, actor, null, "seat-taken:" + enrollment.getId());
        return registration;
    }

    /** Appends an event unless one with the same idempotency key is already recorded. */
    boolean record(RegistrationEventType type, Instant now, String actor, String note, String idempotencyKey) {
        boolean alreadyRecorded = events.stream().anyMatch(e -> e.getIdempotencyKey().equals(idempotencyKey));
        if (alreadyRecorded) {
            return false;
        }
        events.add(new RegistrationEvent(this, type, now, actor, sessionId, note, idempotencyKey));
        return true;
    }

    /** The seat moves to another session; the MOVED event names both. */
    boolean move(long toSessionId, Instant now, String actor, String idempotencyKey) {
        Long from = sessionId;
        sessionId = toSessionId;
        return record(RegistrationEventType.MOVED, now, actor, "moved from session " + from, idempotencyKey);
    }

    public RegistrationEventType currentState() {
        return events.get(events.size() - 1).getType();
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Partner getSellingPartner() {
        return sellingPartner;
    }

    public CourseOffering getOffering() {
        return offering;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Partner getDeliveringPartner() {
        return deliveringPartner;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RegistrationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
