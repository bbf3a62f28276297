package org.partneracademy.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partneracademy.notification.NotificationService;

/** The unread count in the page header; asked once per request, and only for signed-in people. */
@Named
@RequestScoped
public class UnreadNotificationsBean {

    @Inject
    NotificationService notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }
}
