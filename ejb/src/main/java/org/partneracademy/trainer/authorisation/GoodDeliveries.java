package org.partneracademy.trainer.authorisation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Counts a trainer's good deliveries of a course family and major version: sessions they led (role LEAD),
 * not cancelled, whose last day lies in the period, with an average learner rating (course feedback of the
 * session's enrolled learners) of at least the minimum. A session nobody rated does not count.
 */
final class GoodDeliveries {

    private GoodDeliveries() {
    }

    static long count(EntityManager em, long trainerId, String courseCode, int versionMajor, Instant from, Instant to,
            BigDecimal minRating) {
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        Number n = (Number) em.createNativeQuery("""
                        select count(*) from (
                          select s.id, avg(f.rating) as rating
                          from training_session s
                          join session_instructor si on si.session_id = s.id and si.person_id = ?1 and si.role = 'LEAD'
                          join course_offering o on o.id = s.offering_id
                          join course c on c.id = o.course_id and c.code = ?2 and c.version_major = ?3
                          join enrollment e on e.session_id = s.id
                          join course_feedback f on f.learner_id = e.learner_id and f.course_id = e.course_id
                          where s.status <> 'CANCELLED'
                            and (select max(d.day) from session_day d where d.session_id = s.id) between ?4 and ?5
                          group by s.id
                          having avg(f.rating) >= ?6) good""")
                .setParameter(1, trainerId).setParameter(2, courseCode).setParameter(3, versionMajor)
                .setParameter(4, first).setParameter(5, last).setParameter(6, minRating)
                .getSingleResult();
        return n.longValue();
    }
}
