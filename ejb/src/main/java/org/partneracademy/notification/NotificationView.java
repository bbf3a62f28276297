package org.partneracademy.notification;

import java.time.Instant;

public record NotificationView(long id, NotificationKind kind, String title, String text, String link,
        Instant createdAt, boolean read, Instant readAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId(), notification.getKind(), notification.getTitle(),
                notification.getText(), notification.getLink(), notification.getCreatedAt(), notification.isRead(),
                notification.getReadAt());
    }
}
