package org.partneracademy.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.security.Role;

/** Sends each user from "/" to the landing page of their most administrative role. */
@Named
@RequestScoped
public class LandingBean {

    private static final List<Map.Entry<Role, String>> LANDING_BY_PRIORITY = List.of(
            Map.entry(Role.VENDOR_ADMIN, "/admin/courses.xhtml"),
            Map.entry(Role.TRAINING_LEADER, "/leader/inbox.xhtml"),
            Map.entry(Role.FINANCE, "/finance/disputes.xhtml"),
            Map.entry(Role.PARTNER_ADMIN, "/partner/people.xhtml"),
            Map.entry(Role.LEARNER, "/learning/index.xhtml"));

    @Inject
    SecurityContext securityContext;

    public String redirect() {
        return LANDING_BY_PRIORITY.stream()
                .filter(entry -> securityContext.isCallerInRole(entry.getKey().name()))
                .map(entry -> entry.getValue() + "?faces-redirect=true")
                .findFirst()
                .orElse("/error/forbidden.xhtml");
    }
}
