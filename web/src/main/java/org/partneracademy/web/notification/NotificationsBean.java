package org.partneracademy.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.notification.NotificationService;
import org.partneracademy.notification.NotificationView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** /notifications.xhtml: the signed-in person's notifications, newest first, and marking them read. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    @Inject
    NotificationService notifications;

    private List<NotificationView> mine;

    @PostConstruct
    void load() {
        mine = notifications.mine();
    }

    public void markRead(NotificationView notification) {
        try {
            notifications.markRead(notification.id());
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
        load();
    }

    public List<NotificationView> getNotifications() {
        return mine;
    }
}
