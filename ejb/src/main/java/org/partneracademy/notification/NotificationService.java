package org.partneracademy.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;

/**
 * The signed-in person's own notifications. Every query is scoped to the caller: someone else's
 * notification id is reported as not found.
 */
@Stateless
@PermitAll
public class NotificationService {

    private static final int LIMIT = 200;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** Newest first, at most the latest 200. */
    public List<NotificationView> mine() {
        return em.createQuery("""
                select n from Notification n where n.recipient.username = :username
                order by n.createdAt desc, n.id desc""", Notification.class)
                .setParameter("username", currentUser.username())
                .setMaxResults(LIMIT)
                .getResultList().stream().map(NotificationView::of).toList();
    }

    public long unreadCount() {
        return em.createQuery("""
                select count(n) from Notification n where n.recipient.username = :username and n.readAt is null""", Long.class)
                .setParameter("username", currentUser.username())
                .getSingleResult();
    }

    /** Idempotent: reading a read notification changes nothing. */
    public NotificationView markRead(long notificationId) {
        var notification = em.createQuery("""
                select n from Notification n where n.id = :id and n.recipient.username = :username""", Notification.class)
                .setParameter("id", notificationId)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
        notification.markRead(clock.instant());
        return NotificationView.of(notification);
    }
}
