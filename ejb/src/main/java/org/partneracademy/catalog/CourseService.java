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
import java.util.List;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
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
