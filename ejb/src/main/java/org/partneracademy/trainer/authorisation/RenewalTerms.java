package org.partneracademy.trainer.authorisation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/**
 * How long an authorisation of a course family lasts and how it is renewed by deliveries, from the
 * family's delivery standard (read by SQL: the standard belongs to the panel feature), else the defaults
 * of V13: 24 months, 3 deliveries rated 4.0 on average.
 */
record RenewalTerms(int validityMonths, int renewalDeliveries, BigDecimal renewalMinRating) {

    static final RenewalTerms DEFAULT = new RenewalTerms(24, 3, new BigDecimal("4.00"));

    /** The renewal check runs this many days before the expiry. */
    static final int CHECK_DAYS_BEFORE_EXPIRY = 60;

    static RenewalTerms of(EntityManager em, String courseCode) {
        List<?> rows = em.createNativeQuery("""
                        select validity_months, renewal_deliveries, renewal_min_rating from delivery_standard
                        where course_code = ?1""")
                .setParameter(1, courseCode).getResultList();
        if (rows.isEmpty()) {
            return DEFAULT;
        }
        var row = (Object[]) rows.get(0);
        return new RenewalTerms(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                new BigDecimal(row[2].toString()));
    }
}
