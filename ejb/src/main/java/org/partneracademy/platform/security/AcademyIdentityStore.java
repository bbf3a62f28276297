package org.partneracademy.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one identity store: active people and their roles, passwords verified with PBKDF2
 * ({@link PasswordHasher}). Deactivated people cannot sign in because only active ones are found. The
 * person and their roles are read on every request; the slow hash is skipped for a password verified
 * against the same stored hash within {@code pa.security.verified-password-ttl} ({@link VerifiedPasswords}).
 */
@ApplicationScoped
public class AcademyIdentityStore implements IdentityStore {

    @Resource(lookup = "java:jboss/datasources/PartnerAcademyDS")
    DataSource dataSource;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    @ConfigProperty(name = "pa.security.verified-password-ttl", defaultValue = "PT10M")
    Duration verifiedPasswordTtl;

    private VerifiedPasswords verified;

    @PostConstruct
    void start() {
        verified = new VerifiedPasswords(verifiedPasswordTtl, Clock.systemUTC());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        try (Connection connection = dataSource.getConnection()) {
            String storedHash = storedHash(connection, username);
            if (storedHash == null
                    || !verified.matches(username, login.getPassword().getValue(), storedHash, passwordHasher::verify)) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(username, roles(connection, username));
        } catch (SQLException e) {
            throw new IllegalStateException("The people could not be read to sign " + username + " in", e);
        }
    }

    private static String storedHash(Connection connection, String username) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT password_hash FROM person WHERE username = ? AND active = 1")) {
            statement.setString(1, username);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private static Set<String> roles(Connection connection, String username) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.username = ?")) {
            statement.setString(1, username);
            try (var result = statement.executeQuery()) {
                var roles = new HashSet<String>();
                while (result.next()) {
                    roles.add(result.getString(1));
                }
                return roles;
            }
        }
    }
}
