package org.partneracademy.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the queued e-mail copies after the transaction that created their notifications committed,
 * on a managed thread, so a slow or missing mail server neither delays nor rolls back the request.
 * Failures are logged (without addresses or text) and dropped: the in-app notification remains.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsQueued queued) {
        executor.submit(() -> queued.mails().forEach(this::sendOne));
    }

    private void sendOne(OutgoingMail mail) {
        try {
            mailer.send(mail);
        } catch (Mailer.MailFailure | RuntimeException e) {
            LOG.log(Level.WARNING, "A notification e-mail could not be sent: {0}", e.getMessage());
        }
    }
}
