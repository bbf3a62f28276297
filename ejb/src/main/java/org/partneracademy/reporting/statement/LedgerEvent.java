package org.partneracademy.reporting.statement;

import java.time.LocalDate;
import org.partneracademy.enrollment.RegistrationEventType;
import org.partneracademy.platform.error.InvalidFieldsException;

/** One row of {@code registration_event} as the statement reads it: its id, type, day and session. */
public record LedgerEvent(long eventId, RegistrationEventType type, LocalDate occurredOn, Long sessionId) {

    public LedgerEvent {
        if (type == null) {
            throw InvalidFieldsException.of("type", "is required on registration event " + eventId);
        }
        if (occurredOn == null) {
            throw InvalidFieldsException.of("occurredOn", "is required on registration event " + eventId);
        }
    }
}
