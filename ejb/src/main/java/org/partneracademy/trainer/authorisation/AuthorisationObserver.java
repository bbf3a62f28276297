package org.partneracademy.trainer.authorisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.MajorVersionPublished;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.CandidacyPassed;
import org.partneracademy.trainer.TrainerAuthorisation;

/**
 * Authorisations follow what happens elsewhere, in the same transaction: a passed candidacy grants one;
 * a new major version of a course asks every trainer authorised on an older major to be observed again
 * (the old authorisation stays valid for the old versions meanwhile) and tells them. Observers only record.
 */
@ApplicationScoped
public class AuthorisationObserver {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AuthorisationLifecycle lifecycle;

    @Inject
    Notifier notifier;

    void candidacyPassed(@Observes CandidacyPassed passed) {
        lifecycle.grantOnPanel(passed.candidacyId(), passed.candidateId(), passed.courseId());
    }

    void majorVersionPublished(@Observes MajorVersionPublished published) {
        var course = em.find(Course.class, published.courseId());
        if (course == null) {
            return;
        }
        List<TrainerAuthorisation> older = em.createQuery("""
                        select a from TrainerAuthorisation a join fetch a.trainer where a.courseCode = :code
                        and a.versionMajor < :major and a.status in :current""", TrainerAuthorisation.class)
                .setParameter("code", published.code()).setParameter("major", course.getVersionMajor())
                .setParameter("current", AuthorisationStatus.CURRENT)
                .getResultList();
        String reason = "Version " + published.version() + " of " + published.code() + " was published";
        older.forEach(a -> lifecycle.reauthorisation(a, published.courseId(), reason));
        if (!older.isEmpty()) {
            notifier.notify(older.stream().map(TrainerAuthorisation::getTrainer).toList(), NotificationKind.CONTENT_UPDATE,
                    published.code() + " " + published.version() + ": a new observed delivery is needed",
                    "You are authorised to deliver " + published.code() + " " + published.previousVersion()
                            + ". To lead sessions of version " + published.version()
                            + ", you will be observed delivering it again.",
                    "/teach/authorisations.xhtml");
        }
    }
}
