package org.partneracademy.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.catalog.MajorVersionPublished;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.partner.Person;

/**
 * Tells the learners of a course about its new major version: everyone with an open or completed
 * (not cancelled) enrollment on an older version of the same course, inside the publishing transaction.
 * Their enrollments stay on the version they took.
 */
@ApplicationScoped
public class ContentUpdateAlerts {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Notifier notifier;

    void onMajorVersion(@Observes MajorVersionPublished published) {
        var learners = em.createQuery("""
                select distinct e.learner from Enrollment e
                where e.course.code = :code and e.course.id <> :newVersion and e.status <> :cancelled""", Person.class)
                .setParameter("code", published.code())
                .setParameter("newVersion", published.courseId())
                .setParameter("cancelled", EnrollmentStatus.CANCELLED)
                .getResultList();
        notifier.notify(learners, NotificationKind.CONTENT_UPDATE,
                "New version " + published.version() + " of " + published.title(),
                "Version " + published.version() + " of " + published.code() + " " + published.title()
                        + " has been published and replaces version " + published.previousVersion()
                        + ". Your enrollment stays on the version you took; enroll in the new version from the catalog"
                        + " to learn what changed.",
                "/catalog/index.xhtml");
    }
}
