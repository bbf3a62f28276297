package org.partneracademy.trainer;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What the candidacy steps need from a course family's delivery standard (owned by the panel feature):
 * the trainer exam, if any, and how many panel tries a candidate has. Read with SQL on the V13 table so
 * this feature does not depend on the panel feature's mapping. No standard: no trainer exam, 3 tries.
 */
@Dependent
public class DeliveryStandardTerms {

    static final int DEFAULT_MAX_TRIES = 3;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<Long> trainerExamId(String courseCode) {
        List<?> rows = em.createNativeQuery("select trainer_exam_id from delivery_standard where course_code = ?1")
                .setParameter(1, courseCode).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).map(id -> ((Number) id).longValue()).findFirst();
    }

    public int maxTries(String courseCode) {
        List<?> rows = em.createNativeQuery("select max_tries from delivery_standard where course_code = ?1")
                .setParameter(1, courseCode).getResultList();
        return rows.isEmpty() ? DEFAULT_MAX_TRIES : ((Number) rows.get(0)).intValue();
    }
}
