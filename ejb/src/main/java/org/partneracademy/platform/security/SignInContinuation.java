package org.partneracademy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a signed-out user asked for, kept in their session so sign-in can return them there. Only
 * paths of this application are ever kept or returned, so it cannot be used as an open redirect.
 */
public final class SignInContinuation {

    private static final String ATTRIBUTE = SignInContinuation.class.getName();

    private SignInContinuation() {
    }

    /**
     * Remembers the requested page. Only page navigations count: on the login page a browser also
     * fetches {@code /favicon.ico} without a session, and that must not replace the page the user
     * asked for (it did, and sent everyone to "Page not found" after signing in).
     */
    static void remember(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession(true).setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered path (relative to the application), once; empty if none. */
    public static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable((String) path).filter(p -> p.startsWith("/") && !p.startsWith("//"));
    }
}
