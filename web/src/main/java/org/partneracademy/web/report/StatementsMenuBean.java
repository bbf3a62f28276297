package org.partneracademy.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.report.StatementViews;

/**
 * Whether the menu offers a partner admin the partner's statements: not to a location admin, whom the
 * statements refuse (they settle the whole partner). Asked once per request.
 */
@Named
@RequestScoped
public class StatementsMenuBean {

    @Inject
    StatementViews statements;

    private Boolean visible;

    public boolean isVisible() {
        if (visible == null) {
            visible = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PARTNER_ADMIN)
                    && statements.readsStatements();
        }
        return visible;
    }
}
