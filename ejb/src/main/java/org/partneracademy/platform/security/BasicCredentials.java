package org.partneracademy.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads RFC 7617 Basic credentials from a request; anything malformed counts as no credentials. */
final class BasicCredentials {

    private static final String PREFIX = "Basic ";

    private BasicCredentials() {
    }

    static boolean present(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static Optional<UsernamePasswordCredential> from(HttpServletRequest request) {
        if (!present(request)) {
            return Optional.empty();
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
