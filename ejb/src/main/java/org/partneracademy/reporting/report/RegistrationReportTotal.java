package org.partneracademy.reporting.report;

import java.math.BigDecimal;

/** The sums of a report in one currency; currencies are never added together. */
public record RegistrationReportTotal(
        String currency,
        long registrations,
        BigDecimal listPrice,
        BigDecimal discount,
        BigDecimal refunded,
        BigDecimal net) {
}
