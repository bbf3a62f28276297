package org.partneracademy.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import org.partneracademy.partner.Person;

/**
 * What features call to tell people something: records one in-app notification per recipient in the
 * caller's transaction and queues an e-mail copy, which is sent only after that transaction committed
 * (see {@link MailDispatcher}); a failed e-mail never undoes the notification or the caller's change.
 * A person listed twice is told once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Event<MailsQueued> mailsQueued;

    private final Clock clock = Clock.systemUTC();

    public void notify(Collection<Person> recipients, NotificationKind kind, String title, String text, String link) {
        var unique = new LinkedHashMap<Long, Person>();
        recipients.forEach(person -> unique.putIfAbsent(person.getId(), person));
        var now = clock.instant();
        var mails = unique.values().stream().map(person -> {
            em.persist(new Notification(person, kind, title, text, link, now));
            return new OutgoingMail(person.getEmail(), title, text);
        }).toList();
        if (!mails.isEmpty()) {
            mailsQueued.fire(new MailsQueued(mails));
        }
    }
}
