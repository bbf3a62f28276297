package org.partneracademy.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partneracademy.enrollment.workflow.ApprovalInbox;
import org.partneracademy.platform.security.Role;

/**
 * Whether the menu offers the approvals inbox: always to the admins who decide requests, and to a
 * learner who manages people only while a request waits for them (asked once per request).
 */
@Named
@RequestScoped
public class ApprovalsMenuBean {

    @Inject
    ApprovalInbox inbox;

    private Boolean visible;

    public boolean isVisible() {
        if (visible == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            visible = external.isUserInRole(Role.Names.PARTNER_ADMIN) || external.isUserInRole(Role.Names.VENDOR_ADMIN)
                    || external.isUserInRole(Role.Names.LEARNER) && inbox.waiting() > 0;
        }
        return visible;
    }
}
