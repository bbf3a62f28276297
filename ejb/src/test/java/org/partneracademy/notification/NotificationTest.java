package org.partneracademy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aNotificationIsUnreadUntilReadAndKeepsTheFirstReadingTime() {
        var notification = new Notification(null, NotificationKind.CONTENT_UPDATE, "New version 2.0 of X", "text", "/catalog/index.xhtml", NOW);
        assertThat(notification.isRead()).isFalse();

        notification.markRead(NOW.plusSeconds(5));
        notification.markRead(NOW.plusSeconds(60));

        assertThat(notification.isRead()).isTrue();
        assertThat(notification.getReadAt()).isEqualTo(NOW.plusSeconds(5));
    }
}
