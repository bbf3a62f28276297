package org.partneracademy.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;

/**
 * The open sessions a learner may enroll in, for the sessions page: searched and paged by the database
 * for the list, by time range for the calendar. Open means what {@link SessionService#upcoming} means:
 * scheduled, of a published course, enrollment not closed, and either a public offering or a private
 * or onsite class with seats allocated to the learner's partner. Full sessions are listed (seats left
 * 0): enrolling puts the learner on the waitlist.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class LearnerSessions {

    /** The calendar never shows more than this many sessions at once (a month view holds far fewer). */
    static final int CALENDAR_LIMIT = 500;

    private static final String FIRST_DAY = "(select min(key(fd)) from TrainingSession fs join fs.days fd where fs = s)";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SessionAccess access;

    private final Clock clock = Clock.systemUTC();

    /** Open sessions matching the search, by first day. */
    public Page<OpenSessionView> search(@NotNull @Valid UpcomingSessionSearch search, @NotNull @Valid PageRequest page) {
        var where = new StringBuilder();
        var parameters = openSessions(where);
        String pattern = Like.containing(search.text());
        if (pattern != null) {
            // The column collation is case-insensitive, as in the catalog search.
            where.append(" and (c.title like :pattern escape '!' or c.code like :pattern escape '!')");
            parameters.put("pattern", pattern);
        }
        if (search.courseId() != null) {
            where.append(" and c.id = :courseId");
            parameters.put("courseId", search.courseId());
        }
        if (search.format() != null) {
            where.append(" and c.format = :format");
            parameters.put("format", search.format());
        }
        if (search.from() != null || search.to() != null) {
            where.append(" and exists (select 1 from TrainingSession ds join ds.days d where ds = s");
            if (search.from() != null) {
                where.append(" and key(d) >= :from");
                parameters.put("from", search.from());
            }
            if (search.to() != null) {
                where.append(" and key(d) <= :to");
                parameters.put("to", search.to());
            }
            where.append(")");
        }
        String from = " from TrainingSession s join s.offering o join o.course c";
        var query = em.createQuery("select s" + from + where + " order by " + FIRST_DAY + ", s.id", TrainingSession.class);
        parameters.forEach(query::setParameter);
        var sessions = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        var count = em.createQuery("select count(s)" + from + where, Long.class);
        parameters.forEach(count::setParameter);
        return Page.of(sessions.stream().map(OpenSessionView::of).toList(), count.getSingleResult(), page);
    }

    /**
     * Open sessions with a day between {@code start} and {@code end} (the range a calendar shows; a day
     * is matched by its date, widened by a day on each side for the time zones).
     */
    public List<OpenSessionView> between(@NotNull Instant start, @NotNull Instant end) {
        var where = new StringBuilder();
        var parameters = openSessions(where);
        where.append(" and exists (select 1 from TrainingSession ds join ds.days d where ds = s"
                + " and key(d) >= :from and key(d) <= :to)");
        parameters.put("from", LocalDate.ofInstant(start, ZoneOffset.UTC).minusDays(1));
        parameters.put("to", LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(1));
        var query = em.createQuery("select s from TrainingSession s join s.offering o join o.course c" + where
                + " order by " + FIRST_DAY + ", s.id", TrainingSession.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(CALENDAR_LIMIT).getResultList().stream().map(OpenSessionView::of).toList();
    }

    /** The courses that have open sessions, for the course filter: id and title, by title. */
    public List<SessionChoice> courses() {
        var where = new StringBuilder();
        var parameters = openSessions(where);
        var query = em.createQuery("select distinct c.id, c.title from TrainingSession s join s.offering o join o.course c"
                + where + " order by c.title", Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new SessionChoice((Long) row[0], (String) row[1])).toList();
    }

    /** The condition of an open session the caller may enroll in, on the aliases s (session) and c (course). */
    private Map<String, Object> openSessions(StringBuilder where) {
        where.append(" where s.status = :scheduled and c.status = :published and s.enrollmentClosesAt > :now"
                + " and (o.kind = :public or exists (select 1 from TrainingSession hs join hs.allocations allocation"
                + " where hs = s and key(allocation) = :partnerId))");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scheduled", SessionStatus.SCHEDULED);
        parameters.put("published", CourseStatus.PUBLISHED);
        parameters.put("now", clock.instant());
        parameters.put("public", OfferingKind.PUBLIC);
        parameters.put("partnerId", access.callerPartnerId() == null ? -1L : access.callerPartnerId());
        return parameters;
    }
}
