package org.partneracademy.platform.security;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The authenticated caller of the current request, for services that scope data to the caller.
 * Services ask here instead of taking a user name as a parameter, so no caller can act as someone else.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    public String username() {
        var principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new EJBAccessException("Not authenticated");
        }
        return principal.getName();
    }

    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }
}
