package org.partneracademy.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A registration with its ledger events. {@code state} is the latest seat event (refunds are money, not
 * a state); the amounts are in {@code currency}: the discounted price is what the seat cost, and
 * {@code refundableAmount} what is left to refund (zero on a voided or free-cancelled seat).
 */
public record RegistrationView(long id, long enrollmentId, String sellingPartner, BigDecimal listPrice,
        String currency, Instant createdAt, RegistrationEventType state, List<Event> events, Long offeringId,
        Long sessionId, Long deliveringPartnerId, Long agreementId, String learner, String course,
        BigDecimal discountAmount, BigDecimal discountedPrice, BigDecimal refundedAmount, BigDecimal refundableAmount) {

    /** One ledger event; {@code amount} is set on REFUNDED events only. */
    public record Event(RegistrationEventType type, Instant occurredAt, String actor, Long sessionId, String note,
            Long id, BigDecimal amount) {
    }

    static RegistrationView of(Registration registration) {
        var enrollment = registration.getEnrollment();
        return new RegistrationView(registration.getId(), enrollment.getId(),
                registration.getSellingPartner() == null ? null : registration.getSellingPartner().getName(),
                registration.getListPrice(), registration.getCurrency(), registration.getCreatedAt(),
                registration.currentState(),
                registration.getEvents().stream()
                        .map(e -> new Event(e.getType(), e.getOccurredAt(), e.getActor(), e.getSessionId(), e.getNote(),
                                e.getId(), e.getAmount()))
                        .toList(),
                registration.getOffering() == null ? null : registration.getOffering().getId(),
                registration.getSessionId(),
                registration.getDeliveringPartner() == null ? null : registration.getDeliveringPartner().getId(),
                registration.getAgreement() == null ? null : registration.getAgreement().getId(),
                enrollment.getLearner().getDisplayName(),
                enrollment.getCourse().getCode() + " " + enrollment.getCourse().getTitle(),
                registration.getDiscountAmount(), registration.discountedPrice(), registration.refundedAmount(),
                registration.refundableAmount());
    }
}
