package org.partneracademy.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record RegistrationView(long id, long enrollmentId, String sellingPartner, BigDecimal listPrice,
        String currency, Instant createdAt, RegistrationEventType state, List<Event> events) {

    public record Event(RegistrationEventType type, Instant occurredAt, String actor) {
    }

    static RegistrationView of(Registration registration) {
        return new RegistrationView(registration.getId(), registration.getEnrollment().getId(),
                registration.getSellingPartner() == null ? null : registration.getSellingPartner().getName(),
                registration.getListPrice(), registration.getCurrency(), registration.getCreatedAt(),
                registration.currentState(),
                registration.getEvents().stream()
                        .map(e -> new Event(e.getType(), e.getOccurredAt(), e.getActor())).toList());
    }
}
