package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * "Next for you": the published courses of the learning paths for the learner's position that they have
 * neither completed nor are enrolled in, path by path in step order; a course on two paths is suggested
 * once, at its first place. Everything a suggestion depends on is in this one query, so that it can
 * later ask the learning-path feature for the learner's progress instead (prerequisites, electives,
 * equivalencies) without its callers changing. Read with SQL because paths have no entities here.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class Suggestions {

    static final int LIMIT = 5;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<SuggestionView> nextForMe() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.code, c.title, lp.name, s.step_no, s.required
                from person me
                join learning_path lp on lp.position = me.position
                join learning_path_step s on s.path_id = lp.id
                join course c on c.id = s.course_id and c.status = 'PUBLISHED'
                where me.username = ?1
                  and not exists (select 1 from enrollment e
                                  where e.learner_id = me.id and e.course_id = c.id and e.status <> 'CANCELLED')
                order by lp.name, lp.id, s.step_no""")
                .setParameter(1, currentUser.username())
                .getResultList();
        var firstPlace = new LinkedHashMap<Long, SuggestionView>();
        for (Object[] row : rows) {
            long courseId = ((Number) row[0]).longValue();
            firstPlace.putIfAbsent(courseId, new SuggestionView(courseId, (String) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).intValue(), isTrue(row[5])));
        }
        return firstPlace.values().stream().limit(LIMIT).toList();
    }

    /** BIT(1) arrives as a Boolean, a number or bytes depending on the driver's mapping. */
    private static boolean isTrue(Object bit) {
        if (bit instanceof byte[] bytes) {
            return bytes.length > 0 && bytes[0] != 0;
        }
        return bit instanceof Boolean b ? b : bit instanceof Number n && n.intValue() != 0;
    }
}
