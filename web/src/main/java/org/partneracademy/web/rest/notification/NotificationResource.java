package org.partneracademy.web.rest.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.notification.NotificationService;
import org.partneracademy.notification.NotificationView;

/** The signed-in person's own notifications; anyone signed in, each sees only their own. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @PermitAll
    @Operation(summary = "My notifications, newest first (at most 200)")
    public List<NotificationView> mine() {
        return notifications.mine();
    }

    @POST
    @Path("{id}/read")
    @PermitAll
    @Operation(summary = "Mark one of my notifications read (idempotent; someone else's id answers 404)")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }
}
