package org.partneracademy.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.workflow.WorkflowIdentity;

/**
 * For the duration of each request, the workflow engine acts as the signed-in user with their roles
 * as groups, so candidate-group tasks and "who did this" in the engine match the application.
 */
@WebFilter(urlPatterns = "/*")
public class WorkflowIdentityFilter extends HttpFilter {

    @Inject
    WorkflowIdentity workflowIdentity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        var roles = Arrays.stream(Role.values()).map(Role::name).filter(request::isUserInRole).toList();
        workflowIdentity.actAs(principal.getName(), roles);
        try {
            chain.doFilter(request, response);
        } finally {
            workflowIdentity.clear();
        }
    }
}
