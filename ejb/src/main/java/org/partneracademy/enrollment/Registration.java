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
import java.util.Currency;
import java.util.List;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.partner.Agreement;
import org.partneracademy.partner.Partner;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A paid seat: what invoicing reads. The price and currency are copied from the course when the seat
 * is taken, so later price changes never alter past registrations. Its state is its latest seat event.
 *
 * <p>Refunds are REFUNDED events with an amount, never edits: all of them together never exceed the
 * discounted price (list price less the discount), and a seat that was never charged (voided, or
 * cancelled in time) has nothing to refund. The caller holds the registration's row lock, so two
 * refunds at once cannot both pass the check.
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

    /** The discount granted on the list price, frozen with it; zero when none. */
    @Column(name = "discount_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal discountAmount = BigDecimal.ZERO;

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

    /**
     * Refunds {@code amount} of the discounted price. A request repeating an earlier one (the same
     * idempotency key and amount) returns that earlier refund; the same key with another amount is a
     * conflict. Refused: a non-positive amount, more decimals than the currency has cents, a voided
     * or free-cancelled seat, and any amount above what is left to refund.
     */
    Refund refund(BigDecimal amount, String reason, Instant now, String actor, String idempotencyKey) {
        var earlier = events.stream().filter(e -> e.getIdempotencyKey().equals(idempotencyKey)).findFirst();
        if (earlier.isPresent()) {
            var event = earlier.get();
            if (event.getType() != RegistrationEventType.REFUNDED || event.getAmount().compareTo(amount) != 0) {
                throw new ConflictException("The Idempotency-Key of this request was already used for a different "
                        + "refund of registration " + id + "; use a new key for a new refund");
            }
            return new Refund(event, false);
        }
        requirePositiveAmountInCents(amount);
        var state = currentState();
        if (state == RegistrationEventType.VOIDED || state == RegistrationEventType.CANCELLED) {
            throw new RuleViolationException("Registration " + id + " is " + state
                    + (state == RegistrationEventType.VOIDED ? " (the session was cancelled)" : " (cancelled in time)")
                    + ": it was never charged, so there is nothing to refund");
        }
        var left = refundableAmount();
        if (amount.compareTo(left) > 0) {
            throw new RuleViolationException("A refund of " + amount.toPlainString() + " " + currency + " is more than the "
                    + left.toPlainString() + " " + currency + " left to refund on registration " + id + " (price "
                    + discountedPrice().toPlainString() + " after discount, " + refundedAmount().toPlainString()
                    + " already refunded)");
        }
        var event = new RegistrationEvent(this, RegistrationEventType.REFUNDED, now, actor, sessionId, reason,
                idempotencyKey, amount);
        events.add(event);
        return new Refund(event, true);
    }

    /** A refund recorded, or found again for a repeated request ({@code recorded} false). */
    record Refund(RegistrationEvent event, boolean recorded) {
    }

    private void requirePositiveAmountInCents(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw InvalidFieldsException.of("amount", "must be more than zero");
        }
        int cents = Math.min(2, Currency.getInstance(currency).getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > cents) {
            throw InvalidFieldsException.of("amount", "has more decimals than " + currency + " has (at most " + cents + ")");
        }
    }

    /** The latest seat event: refunds are money and leave the seat as it was. */
    public RegistrationEventType currentState() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getType().isSeatEvent()) {
                return events.get(i).getType();
            }
        }
        throw new IllegalStateException("Registration " + id + " has no seat event");
    }

    /** What the learner's seat cost: the list price less the discount. */
    public BigDecimal discountedPrice() {
        return listPrice.subtract(discountAmount);
    }

    /** The sum of all refunds so far. */
    public BigDecimal refundedAmount() {
        return events.stream().filter(e -> e.getType() == RegistrationEventType.REFUNDED)
                .map(RegistrationEvent::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What may still be refunded: zero on a seat that was never charged. */
    public BigDecimal refundableAmount() {
        var state = currentState();
        if (state == RegistrationEventType.VOIDED || state == RegistrationEventType.CANCELLED) {
            return BigDecimal.ZERO.setScale(2);
        }
        return discountedPrice().subtract(refundedAmount()).max(BigDecimal.ZERO);
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

    public BigDecimal getDiscountAmount() {
        return discountAmount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RegistrationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
