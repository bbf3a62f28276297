package org.partneracademy.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/** Drafting and publishing courses (vendor admin) and browsing the published catalog (everyone signed in). */
@Stateless
public class CourseService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseView draft(@NotNull @Valid NewCourse draft) {
        boolean codeTaken = !em.createQuery("select c.id from Course c where c.code = :code", Long.class)
                .setParameter("code", draft.code()).setMaxResults(1).getResultList().isEmpty();
        if (codeTaken) {
            throw codeTaken(draft.code());
        }
        var course = new Course(draft.code(), draft.title(), draft.description(), draft.format(), draft.language(),
                draft.listPrice(), draft.currency(), clock.instant());
        draft.modules().forEach(module -> course.addModule(module.title(), module.durationMinutes()));
        try {
            em.persist(course);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // Another draft with this code was saved between the check above and this insert.
                throw codeTaken(draft.code());
            }
            throw e;
        }
        return CourseView.of(course);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseView publish(long courseId) {
        var course = find(courseId);
        course.publish(clock.instant());
        return CourseView.of(course);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<CourseView> allCourses() {
        return em.createQuery("select distinct c from Course c left join fetch c.modules order by c.title", Course.class)
                .getResultList().stream().map(CourseView::of).toList();
    }

    @PermitAll
    public List<CourseView> publishedCatalog() {
        return em.createQuery("""
                select distinct c from Course c left join fetch c.modules
                where c.status = :published order by c.title""", Course.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultList().stream().map(CourseView::of).toList();
    }

    /**
     * Searches the published catalog, paged by the database: one query for the page's ids, one for the
     * total, one for those courses with their modules (a fetch join cannot be paged in SQL).
     *
     * <p>The text is matched with LIKE '%text%' on title, code and description, not a FULLTEXT index:
     * a catalog holds hundreds of courses, not millions, so scanning them costs about a millisecond
     * (see the README), while FULLTEXT would miss parts of words ("secur" in "Security"), drop words
     * under its minimum token size and stopwords (course codes like "SALES-101" split into "sales" and
     * "101"), and see a new course only after its transaction commits.
     */
    @PermitAll
    public Page<CourseView> searchCatalog(@NotNull @Valid CatalogSearch search) {
        var where = new StringBuilder(" where c.status = :published");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", CourseStatus.PUBLISHED);
        String pattern = Like.containing(search.text());
        if (pattern != null) {
            where.append(" and (c.title like :pattern escape '!' or c.code like :pattern escape '!'"
                    + " or c.description like :pattern escape '!')");
            parameters.put("pattern", pattern);
        }
        if (search.format() != null) {
            where.append(" and c.format = :format");
            parameters.put("format", search.format());
        }
        if (search.language() != null && !search.language().isBlank()) {
            where.append(" and c.language = :language");
            parameters.put("language", search.language());
        }
        var idQuery = em.createQuery("select c.id from Course c" + where + " order by c.title, c.id", Long.class);
        var countQuery = em.createQuery("select count(c) from Course c" + where, Long.class);
        parameters.forEach((name, value) -> {
            idQuery.setParameter(name, value);
            countQuery.setParameter(name, value);
        });
        PageRequest page = search.page();
        if (page != null) {
            idQuery.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        List<Long> ids = idQuery.getResultList();
        long total = page == null ? ids.size() : countQuery.getSingleResult();
        var courses = ids.isEmpty() ? Map.<Long, Course>of() : em.createQuery(
                        "select distinct c from Course c left join fetch c.modules where c.id in :ids", Course.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        var items = ids.stream().map(courses::get).map(CourseView::of).toList();
        return new Page<>(items, total, page == null ? 0 : page.page(), page == null ? items.size() : page.size());
    }

    /** The languages of the published catalog, for the search form's choice. */
    @PermitAll
    public List<String> catalogLanguages() {
        return em.createQuery("select distinct c.language from Course c where c.status = :published order by c.language",
                        String.class)
                .setParameter("published", CourseStatus.PUBLISHED).getResultList();
    }

    /** A published course; drafts are visible to the vendor admin only and reported missing to others. */
    @PermitAll
    public CourseView course(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null || (!course.isPublished() && !currentUser.hasRole(Role.VENDOR_ADMIN))) {
            throw new NotFoundException("Course", courseId);
        }
        return CourseView.of(course);
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("A course with code " + code + " already exists");
    }

    Course find(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        return course;
    }
}
