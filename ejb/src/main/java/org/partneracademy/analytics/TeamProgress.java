package org.partneracademy.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partneracademy.enrollment.EnrollmentStatus;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.platform.security.Role;

/**
 * "My team": the active people a partner admin administers, with their progress, one page at a time.
 * Who is in the team is decided by {@link PartnerScope} in the query itself; the figures are correlated
 * subqueries per person (each an index lookup on the enrollment's learner), so sorting by any of them
 * stays in the database however large the partner.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class TeamProgress {

    private static final String OPEN = "(select count(e.id) from Enrollment e where e.learner = p and e.status = :active)";
    private static final String COMPLETED = "(select count(e.id) from Enrollment e where e.learner = p and e.status = :completed)";
    private static final String DONE = "(select count(c.moduleId) from Enrollment e join e.completions c"
            + " where e.learner = p and e.status <> :cancelled)";
    private static final String TOTAL = "(select count(m.id) from Enrollment e join e.course.modules m"
            + " where e.learner = p and e.status <> :cancelled)";
    private static final String PERCENT = "(case when " + TOTAL + " = 0 then 0 else " + DONE + " * 100.0 / " + TOTAL + " end)";
    private static final String LAST_ENROLLED = "(select max(e.enrolledAt) from Enrollment e where e.learner = p)";
    private static final String LAST_COMPLETION = "(select max(c.completedAt) from Enrollment e join e.completions c"
            + " where e.learner = p)";
    private static final String LAST_ACTIVITY = "(case when " + LAST_COMPLETION + " is null or " + LAST_COMPLETION
            + " < " + LAST_ENROLLED + " then " + LAST_ENROLLED + " else " + LAST_COMPLETION + " end)";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PartnerScope scope;

    public Page<TeamMemberView> myTeam(@NotNull @Valid TeamSearch search) {
        var scoped = scope.administeredPeople("p");
        var where = new StringBuilder(" where p.active = true and ").append(scoped.jpql());
        Map<String, Object> filters = new HashMap<>(scoped.parameters());
        String pattern = Like.containing(search.text());
        if (pattern != null) {
            where.append(" and (p.displayName like :pattern escape '!' or p.username like :pattern escape '!')");
            filters.put("pattern", pattern);
        }
        if (search.locationId() != null) {
            where.append(" and p.id in (select q.id from Person q join q.locations l where l.id = :location)");
            filters.put("location", search.locationId());
        }
        var direction = search.direction() == null ? SortDirection.ASC : search.direction();
        String orderBy = " order by " + sortExpression(search.sort()) + " " + direction.sql() + ", p.displayName, p.id";

        var rowsQuery = bind(em.createQuery("select p.id, p.displayName, p.username, p.position, " + OPEN + ", "
                + COMPLETED + ", " + DONE + ", " + TOTAL + ", " + LAST_ACTIVITY + " from Person p" + where + orderBy,
                Object[].class), filters);
        rowsQuery.setParameter("active", EnrollmentStatus.ACTIVE)
                .setParameter("completed", EnrollmentStatus.COMPLETED)
                .setParameter("cancelled", EnrollmentStatus.CANCELLED);
        var page = search.page();
        List<Object[]> rows = rowsQuery.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = bind(em.createQuery("select count(p) from Person p" + where, Long.class), filters).getSingleResult();

        var locations = locationsOf(rows.stream().map(row -> (Long) row[0]).toList());
        var members = new ArrayList<TeamMemberView>();
        for (Object[] row : rows) {
            long done = ((Number) row[6]).longValue();
            long modules = ((Number) row[7]).longValue();
            members.add(new TeamMemberView((Long) row[0], (String) row[1], (String) row[2], (Position) row[3],
                    locations.getOrDefault((Long) row[0], List.of()), ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(), done, modules, modules == 0 ? 0 : (int) (done * 100 / modules),
                    (Instant) row[8]));
        }
        return Page.of(members, total, page);
    }

    private static String sortExpression(TeamSort sort) {
        return switch (sort == null ? TeamSort.NAME : sort) {
            case NAME -> "p.displayName";
            case OPEN -> OPEN;
            case COMPLETED -> COMPLETED;
            case PROGRESS -> PERCENT;
            case LAST_ACTIVITY -> LAST_ACTIVITY;
        };
    }

    private Map<Long, List<String>> locationsOf(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, TreeSet<String>>();
        em.createQuery("select p.id, l.name from Person p join p.locations l where p.id in :ids", Object[].class)
                .setParameter("ids", personIds).getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        var sorted = new HashMap<Long, List<String>>();
        names.forEach((id, set) -> sorted.put(id, List.copyOf(set)));
        return sorted;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
