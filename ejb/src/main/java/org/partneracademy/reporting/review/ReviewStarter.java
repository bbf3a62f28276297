package org.partneracademy.reporting.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.partner.Person;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.StatementIssued;

/**
 * Starts the review of every issued statement in the issuing transaction (a statement never exists without
 * its review) and tells the partner's admins. A re-issue fires the same event while its review runs: the
 * running review goes on, and the re-issue step tells the partner itself.
 */
@ApplicationScoped
public class ReviewStarter {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ReviewNotices notices;

    void onIssued(@Observes StatementIssued issued) {
        var statement = em.find(PartnerStatement.class, issued.statementId());
        var admins = notices.partnerAdmins(statement.getPartnerId());
        if (workflow.startUnlessRunning(statement.getId(), statement.getReviewDueAt(),
                admins.stream().map(Person::getUsername).toList())) {
            notices.toPartner(statement, NotificationKind.STATEMENT_ISSUED, "To review: " + ReviewNotices.name(statement),
                    "Your " + ReviewNotices.name(statement) + " was issued. Confirm it or dispute lines by "
                            + statement.getReviewDueAt() + "; unanswered, it is confirmed automatically then.");
        }
    }
}
