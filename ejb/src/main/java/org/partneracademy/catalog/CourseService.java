package org.partneracademy.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Drafting, editing, versioning and publishing courses and their offerings (vendor admin), and
 * browsing the published catalog (everyone signed in). Retired versions stay readable by id, so a
 * learner on an old version can still see what they took; drafts are the vendor admin's only.
 */
@Stateless
public class CourseService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<MajorVersionPublished> majorVersionPublished;

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
        course.setTrack(draft.track());
        course.target(positions(draft.audiencePositions()), brands(draft.audienceBrands()));
        draft.modules().forEach(module -> course.addModule(module.title(), module.durationMinutes(), module.topic()));
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

    /** Edits a draft (content, track, audiences, modules); published and retired versions refuse. */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseView revise(long courseId, @NotNull @Valid CourseDetails details) {
        var course = find(courseId);
        course.revise(details.title(), details.description(), details.format(), details.language(), details.track(),
                positions(details.audiencePositions()), brands(details.audienceBrands()), details.modules());
        em.flush();
        return CourseView.of(course);
    }

    /**
     * Drafts a new version from the published one, copying its modules, audiences and offerings. Only
     * one draft per course at a time: a second request, even a simultaneous one, gets a conflict.
     */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseView draftVersion(long publishedCourseId, @NotNull @Valid NewVersion number) {
        var published = find(publishedCourseId);
        var next = published.draftNextVersion(number.versionMajor(), number.versionMinor(), clock.instant());
        if (draftOf(published.getCode()).isPresent()) {
            throw draftExists(published.getCode());
        }
        try {
            em.persist(next);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw draftExists(published.getCode());
            }
            throw e;
        }
        return CourseView.of(next);
    }

    /**
     * Publishes a draft and retires the version it supersedes. Of two simultaneous publications of one
     * family only one commits: the other fails on the version counter of the row both retire (or on
     * the one-published-version key) and is answered with a conflict, changing nothing.
     */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseView publish(long courseId) {
        var course = find(courseId);
        var current = em.createQuery("select c from Course c where c.code = :code and c.status = :published", Course.class)
                .setParameter("code", course.getCode())
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream().findFirst();
        String previousVersion = current.map(Course::getVersionLabel).orElse(null);
        if (course.isPublished()) {
            return CourseView.of(course);
        }
        var now = clock.instant();
        boolean major;
        try {
            major = course.supersede(current, now);
            // The old version leaves the family's one published place before the new one takes it.
            em.flush();
            course.publish(now);
            em.flush();
        } catch (OptimisticLockException e) {
            throw publishedMeanwhile(course);
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw publishedMeanwhile(course);
            }
            throw e;
        }
        if (major) {
            majorVersionPublished.fire(new MajorVersionPublished(course.getId(), course.getCode(), course.getTitle(),
                    course.getVersionLabel(), previousVersion));
        }
        return CourseView.of(course);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<CourseView> allCourses() {
        return em.createQuery("""
                select distinct c from Course c left join fetch c.modules
                order by c.title, c.versionMajor desc, c.versionMinor desc""", Course.class)
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
        if (search.track() != null) {
            where.append(" and c.track = :track");
            parameters.put("track", search.track());
        }
        if (search.audience() != null) {
            where.append(" and (c.audiencePositions is empty or :audience member of c.audiencePositions)");
            parameters.put("audience", search.audience());
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

    /** A published or retired version; drafts are visible to the vendor admin only and reported missing to others. */
    @PermitAll
    public CourseView course(long courseId) {
        return CourseView.of(visible(courseId));
    }

    /** Every version of the course family of {@code courseId}, newest first; drafts for the vendor admin only. */
    @PermitAll
    public List<CourseView> versions(long courseId) {
        var course = visible(courseId);
        boolean admin = currentUser.hasRole(Role.VENDOR_ADMIN);
        return em.createQuery("""
                select c from Course c where c.code = :code
                order by c.versionMajor desc, c.versionMinor desc""", Course.class)
                .setParameter("code", course.getCode())
                .getResultStream().filter(c -> admin || c.getStatus() != CourseStatus.DRAFT)
                .map(CourseView::of).toList();
    }

    @PermitAll
    public List<OfferingView> offerings(long courseId) {
        return CourseView.of(visible(courseId)).offerings();
    }

    /** Adds an offering to a draft or published version (prices are commercial terms, not content). */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public OfferingView addOffering(long courseId, @NotNull @Valid NewOffering offering) {
        var course = find(courseId);
        var added = course.addOffering(offering.kind(), new Price(offering.listPrice(), offering.currency()));
        added.changePolicy(offering.requiresApproval(), offering.freeCancellationDays());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("Course " + course.getCode() + " already has a " + offering.kind() + " offering");
            }
            throw e;
        }
        return OfferingView.of(added);
    }

    /** Changes an offering's list price and, where given, its enrollment policy. */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public OfferingView reprice(long courseId, long offeringId, @NotNull @Valid OfferingPrice price) {
        var course = find(courseId);
        var offering = course.reprice(offeringId, new Price(price.listPrice(), price.currency()));
        offering.changePolicy(price.requiresApproval(), price.freeCancellationDays());
        em.flush();
        return OfferingView.of(offering);
    }

    /** The brands a course can target, by code (for the pages' choice lists). */
    @PermitAll
    public List<String> brandCodes() {
        return em.createQuery("select b.code from Brand b order by b.code", String.class).getResultList();
    }

    private Course visible(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null || (course.getStatus() == CourseStatus.DRAFT && !currentUser.hasRole(Role.VENDOR_ADMIN))) {
            throw new NotFoundException("Course", courseId);
        }
        return course;
    }

    private Optional<Course> draftOf(String code) {
        return em.createQuery("select c from Course c where c.code = :code and c.status = :draft", Course.class)
                .setParameter("code", code).setParameter("draft", CourseStatus.DRAFT)
                .getResultStream().findFirst();
    }

    private static Set<Position> positions(List<Position> positions) {
        return positions == null ? Set.of() : new LinkedHashSet<>(positions);
    }

    /** The brands with these codes; any unknown code refuses the whole request. */
    private List<Brand> brands(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        var wanted = new LinkedHashSet<>(codes);
        var found = em.createQuery("select b from Brand b where b.code in :codes", Brand.class)
                .setParameter("codes", wanted).getResultList();
        var unknown = new ArrayList<>(wanted);
        found.forEach(brand -> unknown.remove(brand.getCode()));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("Unknown brand(s): " + String.join(", ", unknown));
        }
        return found;
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("A course with code " + code + " already exists");
    }

    private static ConflictException draftExists(String code) {
        return new ConflictException("Course " + code + " already has a draft version; publish or edit that one");
    }

    private static ConflictException publishedMeanwhile(Course course) {
        return new ConflictException("Another version of " + course.getCode() + " was published at the same time; reload and try again");
    }

    Course find(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        return course;
    }
}
