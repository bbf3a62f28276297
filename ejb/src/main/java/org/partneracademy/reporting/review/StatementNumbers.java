package org.partneracademy.reporting.review;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Statement numbers, gapless per year: {@code ST-2026-000001}, {@code ST-2026-000002}, ... The counter row
 * of the year is created or incremented by one statement, which keeps it locked until the locking
 * transaction ends: two confirmations at once queue, and a rolled-back confirmation gives its number back.
 */
@Dependent
public class StatementNumbers {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public String next(int year) {
        em.createNativeQuery("""
                        insert into statement_number_counter (year, last_number) values (?1, 1)
                        on duplicate key update last_number = last_number + 1""")
                .setParameter(1, year).executeUpdate();
        long number = ((Number) em.createNativeQuery("select last_number from statement_number_counter where year = ?1")
                .setParameter(1, year).getSingleResult()).longValue();
        return format(year, number);
    }

    static String format(int year, long number) {
        return String.format("ST-%d-%06d", year, number);
    }
}
