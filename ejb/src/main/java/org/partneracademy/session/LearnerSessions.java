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
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;

/**
 * The open sessions a learner may enroll in, for the sessions page: searched and paged by the database
 * for the list, by time range for the calendar. Open is {@link SessionAccess#openSessions}, as for
 * {@link SessionService#upcoming}. Full sessions are listed (seats left 0): enrolling puts the learner
 * on the waitlist.
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
        DayRange.append(where, parameters, search.from(), search.to());
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
        DayRange.append(where, parameters, LocalDate.ofInstant(start, ZoneOffset.UTC).minusDays(1),
                LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(1));
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

    /** The open sessions the caller may enroll in ({@link SessionAccess#openSessions}) on the alias s. */
    private Map<String, Object> openSessions(StringBuilder where) {
        var open = access.openSessions("s", clock.instant());
        where.append(" where ").append(open.jpql());
        return new HashMap<>(open.parameters());
    }
}
