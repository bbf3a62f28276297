package org.partneracademy.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One registration of the report. {@code role} says why it is the partner's: SOLD (its learner took the
 * seat) or DELIVERED (it delivers the session). {@code state} is the registration's ledger state at the end
 * of the period (refunds are money, not a state). {@code refunded} is what was refunded within the period;
 * {@code net} is list price less discount less those refunds for a seat still chargeable, and zero for a
 * seat cancelled free of charge or voided by the vendor.
 */
public record RegistrationReportRow(
        long registrationId,
        Instant registeredAt,
        String role,
        String learner,
        String location,
        String courseCode,
        String courseTitle,
        Long offeringId,
        String offeringKind,
        Long sessionId,
        String trainers,
        String state,
        BigDecimal listPrice,
        BigDecimal discount,
        BigDecimal refunded,
        BigDecimal net,
        String currency) {
}
