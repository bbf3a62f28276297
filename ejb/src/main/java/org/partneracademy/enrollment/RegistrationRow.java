package org.partneracademy.enrollment;

import java.math.BigDecimal;
import java.time.Instant;

/** One registration found by a search: enough to recognise it before opening it. */
public record RegistrationRow(long id, String learner, String username, String sellingPartner, String course,
        Instant createdAt, BigDecimal listPrice, BigDecimal discountAmount, String currency) {
}
