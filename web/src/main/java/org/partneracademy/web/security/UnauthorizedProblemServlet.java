package org.partneracademy.web.security;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partneracademy.platform.security.AcademyAuthenticationMechanism;

/**
 * The 401 error page: an RFC 9457 problem document, since only API requests are answered with 401
 * (pages redirect to the login page instead).
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(AcademyAuthenticationMechanism.UNAUTHORIZED_DETAIL);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unauthorized")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", detail == null ? "Sign in to use the API." : detail.toString())
                .build().toString());
    }
}
