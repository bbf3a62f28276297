package org.partneracademy.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.enrollment.EnrollmentStatus;
import org.partneracademy.platform.security.Role;

/**
 * The vendor admin's view of consumption across the whole programme. Cancelled enrollments do not
 * count; months are calendar months in UTC. Each figure is one grouped query.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ProgressDashboard {

    static final int MONTHS = 12;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public ProgressReport progress() {
        var months = lastMonths();
        var partners = em.createQuery("""
                select new org.partneracademy.analytics.PartnerFigures(pa.id, pa.name, count(e.id),
                    sum(case when e.status = :completed then 1 else 0 end))
                from Enrollment e join e.learner p join p.partner pa
                where e.status <> :cancelled
                group by pa.id, pa.name order by count(e.id) desc, pa.name""", PartnerFigures.class)
                .setParameter("completed", EnrollmentStatus.COMPLETED)
                .setParameter("cancelled", EnrollmentStatus.CANCELLED)
                .getResultList();
        var courses = em.createQuery("""
                select new org.partneracademy.analytics.CourseFigures(c.id, c.code, c.title, count(e.id),
                    sum(case when e.status = :completed then 1 else 0 end))
                from Enrollment e join e.course c
                where e.status <> :cancelled
                group by c.id, c.code, c.title order by c.code""", CourseFigures.class)
                .setParameter("completed", EnrollmentStatus.COMPLETED)
                .setParameter("cancelled", EnrollmentStatus.CANCELLED)
                .getResultList();
        long enrollments = courses.stream().mapToLong(CourseFigures::enrollments).sum();
        long completions = courses.stream().mapToLong(CourseFigures::completions).sum();
        return new ProgressReport(enrollments, completions, months, partners, courses);
    }

    private List<MonthFigures> lastMonths() {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = current.minusMonths(MONTHS - 1);
        LocalDateTime since = first.atDay(1).atStartOfDay();
        Map<String, Long> enrolled = perMonth("enrolled_at", since);
        Map<String, Long> completed = perMonth("completed_at", since);
        var months = new ArrayList<MonthFigures>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            String key = month.toString();
            months.add(new MonthFigures(key, enrolled.getOrDefault(key, 0L), completed.getOrDefault(key, 0L)));
        }
        return months;
    }

    /** Counts per "yyyy-MM" of one of the enrollment's instants; the column name is one of two constants. */
    private Map<String, Long> perMonth(String column, LocalDateTime since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select date_format(" + column + ", '%Y-%m') as ym, count(*)"
                        + " from enrollment where " + column + " >= ?1 and status <> 'CANCELLED' group by ym")
                .setParameter(1, since.atOffset(ZoneOffset.UTC).toLocalDateTime())
                .getResultList();
        var counts = new HashMap<String, Long>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
