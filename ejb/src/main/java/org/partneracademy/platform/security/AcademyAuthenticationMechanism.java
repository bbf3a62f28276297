package org.partneracademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One mechanism for both kinds of caller, because Jakarta Security 3 allows one per application:
 * <ul>
 * <li>browsers sign in on the login page ({@code SecurityContext.authenticate}); an unauthenticated
 * page request is redirected there, and the page it asked for is remembered for after sign-in;</li>
 * <li>API clients send HTTP Basic on each request; an unauthenticated API request gets a 401
 * problem document instead of a redirect to an HTML page.</li>
 * </ul>
 * The redirect is done here rather than with {@code @LoginToContinue}, whose interceptor redirects
 * before the mechanism has a chance to accept Basic credentials. It lives in the EJB module so that
 * every web module of the EAR sees it: Jakarta Security installs it for Camunda's web app too, whose
 * URLs are unprotected, so there it does nothing and Cockpit's own sign-in applies.
 */
@ApplicationScoped
@AutoApplySession
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute carrying the reason of a 401 to the web module's problem error page. */
    public static final String UNAUTHORIZED_DETAIL = AcademyAuthenticationMechanism.class.getName() + ".detail";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(formCredential));
        }
        if (BasicCredentials.present(request)) {
            var result = BasicCredentials.from(request)
                    .map(identityStoreHandler::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, context, "The user name or password is not valid.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, context, "Sign in with HTTP Basic authentication to use the API.");
        }
        return redirectToLogin(request, response);
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            SignInContinuation.remember(request);
        }
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    /**
     * 401 without a WWW-Authenticate challenge (a browser calling the API must not pop up a login
     * dialog). The container renders the 401 through the web module's 401 error page.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpMessageContext context,
            String detail) {
        request.setAttribute(UNAUTHORIZED_DETAIL, detail);
        return context.responseUnauthorized();
    }
}
