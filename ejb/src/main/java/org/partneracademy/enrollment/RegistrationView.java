package org.partneracademy.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record RegistrationView(long id, long enrollmentId, String sellingPartner, BigDecimal listPrice,
        String currency, Instant createdAt, RegistrationEventType state, List<Event> events, Long offeringId,
        Long sessionId, Long deliveringPartnerId, Long agreementId) {

    public record Event(RegistrationEventType type, Instant occurredAt, String actor, Long sessionId, String note) {
    }

    static RegistrationView of(Registration registration) {
        return new RegistrationView(registration.getId(), registration.getEnrollment().getId(),
                registration.getSellingPartner() == null ? null : registration.getSellingPartner().getName(),
                registration.getListPrice(), registration.getCurrency(), registration.getCreatedAt(),
                registration.currentState(),
                registration.getEvents().stream()
                        .map(e -> new Event(e.getType(), e.getOccurredAt(), e.getActor(), e.getSessionId(), e.getNote()))
                        .toList(),
                registration.getOffering() == null ? null : registration.getOffering().getId(),
                registration.getSessionId(),
                registration.getDeliveringPartner() == null ? null : registration.getDeliveringPartner().getId(),
                registration.getAgreement() == null ? null : registration.getAgreement().getId());
    }
}
