package org.partneracademy.web.certificate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives the address printed on certificates, {@code /verify/<code>}, to the verification page
 * {@code /verify.xhtml?code=<code>}. A forward, not a redirect: the address a QR code opened stays in the
 * browser. Both addresses are public in web.xml.
 */
@WebFilter(urlPatterns = "/verify/*")
public class VerifyPathFilter extends HttpFilter {

    static final String PREFIX = "/verify/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var code = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        request.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
